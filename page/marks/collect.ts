// Collects the article's text nodes, block by block (a paragraph, a heading, a list item), skipping
// what is not running text: navigation, furniture, form fields, editable areas, code, our own UI.
// The walk is resumable so a long page can be read in time slices.
import { attr, closest, createTreeWalker, hasAttr, tagOf } from './dom';

/** The text of one block: its text nodes in order and where each starts in `text`. */
export interface Block {
  el: Element;
  nodes: Text[];
  starts: number[];
  text: string;
}

const SKIP = new Set(
  ('nav footer aside header input textarea select option button form label script style noscript template svg math ' +
    'code pre kbd samp var iframe object embed canvas video audio picture img dialog menu wic-fact-panel').split(' '),
);

/** Elements that flow inside a line; anything else starts a new block. Custom elements count as inline. */
const INLINE = new Set(
  ('a abbr b bdi bdo big cite data del dfn em font i ins mark nobr q rb rp rt rtc ruby s small span strong sub sup ' +
    'time tt u wbr wic-mark').split(' '),
);

/** A class or id segment naming page furniture inside an article ("related-links", "share_bar"). */
const FURNITURE = /(?:^|[\s_-])(?:related|recommended|share|sharing|social|comments?|newsletter|breadcrumbs?|advert|advertisement|ads?|promo|subscribe|paywall)(?:$|[\s_-])/i;
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol']);

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const NON_SPACE = /\S/;

export function skipElement(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP.has(tag)) return tag !== 'header' || closest(el, 'article') === null;
  if (hasAttr(el, 'hidden') || hasAttr(el, 'inert')) return true;
  const editable = attr(el, 'contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (attr(el, 'role') === 'textbox') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && style.display === 'none') return true;
  if (CONTAINERS.has(tag)) {
    const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    if (names.length > 1 && FURNITURE.test(names)) return true;
  }
  return false;
}

export function isInline(tag: string): boolean {
  return INLINE.has(tag) || tag.includes('-');
}

/** How much of a page is read at most (about 300,000 words); the rest of a huge page goes unmarked. */
export const DEFAULT_MAX_CHARS = 2_000_000;

export interface CollectOptions {
  /** Stop after this many characters of text (the rest of a huge page goes unmarked). */
  maxChars?: number;
}

export class BlockCollector {
  private readonly walker: TreeWalker;
  private readonly blockOf = new Map<Element, Element>();
  private current: Element | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private total = 0;
  private readonly maxChars: number;
  private finished = false;
  private started = false;
  private pending: Block | null = null;

  constructor(doc: Document, private readonly root: Element, opts: CollectOptions = {}) {
    this.walker = createTreeWalker(doc, root, SHOW_ELEMENT | SHOW_TEXT);
    this.maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  }

  get done(): boolean {
    return this.finished && this.pending === null;
  }

  /** Characters collected so far. */
  get chars(): number {
    return this.total;
  }

  /** The next block with some visible text, or null when the walk is over. */
  next(): Block | null {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      return p;
    }
    while (!this.finished) {
      const node = this.advance();
      if (node === null) {
        this.finished = true;
        return this.flush();
      }
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent) continue;
      const block = this.findBlock(parent);
      let out: Block | null = null;
      if (block !== this.current) {
        out = this.flush();
        this.current = block;
      }
      const data = text.data;
      this.nodes.push(text);
      this.starts.push(this.length);
      this.parts.push(data);
      this.length += data.length;
      this.total += data.length;
      if (this.total >= this.maxChars) {
        this.finished = true;
        if (!out) return this.flush();
        this.pending = this.flush();
      }
      if (out) return out;
    }
    return null;
  }

  private advance(): Node | null {
    const w = this.walker;
    let node: Node | null;
    if (!this.started) {
      this.started = true;
      if (skipElement(this.root)) return null;
    }
    node = w.nextNode();
    while (node) {
      if (node.nodeType === 3) return node;
      if (node.nodeType === 1 && skipElement(node as Element)) {
        node = w.nextSibling();
        while (!node && w.parentNode()) node = w.nextSibling();
        continue;
      }
      node = w.nextNode();
    }
    return null;
  }

  private findBlock(el: Element): Element {
    const path: Element[] = [];
    let found: Element = this.root;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const memo = this.blockOf.get(e);
      if (memo) { found = memo; break; }
      if (e === this.root || !isInline(tagOf(e))) { found = e; break; }
      path.push(e);
    }
    for (const e of path) this.blockOf.set(e, found);
    this.blockOf.set(el, found);
    return found;
  }

  private flush(): Block | null {
    const el = this.current;
    const nodes = this.nodes;
    const starts = this.starts;
    const text = this.parts.join('');
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    if (!el || nodes.length === 0 || !NON_SPACE.test(text)) return null;
    return { el, nodes, starts, text };
  }
}

/** Every block under `root` at once (tests, small pages). */
export function collectBlocks(doc: Document, root: Element, opts?: CollectOptions): Block[] {
  const c = new BlockCollector(doc, root, opts);
  const out: Block[] = [];
  while (!c.done) {
    const b = c.next();
    if (b) out.push(b);
  }
  return out;
}
