// Reads what a page says about itself, cheapest first and bounded, for detection on every page.
// Never innerText, never layout (no computed style, no geometry): only attributes, textContent of
// small elements and a TreeWalker over the main text block, stopped at a character cap.
import type { PageSignals } from '../core/detect/types';
import { inherited } from './gate/read-gate-text';

const TEXT_CAP = 16000;
const NODE_CAP = 3000;
const SKIP = new Set('script style noscript template nav footer aside form button select textarea svg iframe object canvas video audio dialog'.split(' '));
const TEXT_BLOCKS = new Set('p li h1 h2 h3 h4 h5 h6 blockquote figcaption pre dd dt'.split(' '));
// A class or id segment (split at space, - or _) that names page furniture rather than the story.
// (Tested on lower-cased text: case-insensitive patterns cost far more to compile, on every page.)
const BOILERPLATE = /(?:^|[\s_-])(?:related\w*|recommend\w*|share|sharing|social|comments?|newsletter|breadcrumbs?|advert|advertisement|ads?|promo|subscribe|cookies?|consent|gdpr|modal|popup)(?:$|[\s_-])/;
const FURNITURE = 'nav,aside,footer,form,dialog,[role=dialog],[aria-modal=true],[class*=cookie],[id*=cookie],[class*=consent]';
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol']);
const PUBLISHED = new Set(['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date']);
const ARTICLE_TYPE = /Article|Posting|Report|News/;
const LANDMARKS = 'script[type="application/ld+json"],[itemprop="articleBody"],article,main,[role="main"]';

type El = Element & { localName: string };

/**
 * Calls a Document method or getter from the prototype chain, so that named elements that
 * clobber `document.querySelector` or `document.title` (<img name="title">) cannot redirect us.
 */
function docCall<T>(doc: Document, name: string, ...args: unknown[]): T | undefined {
  const d = inherited(doc, name);
  if (!d) return undefined;
  if (typeof d.get === 'function') return d.get.call(doc) as T;
  return typeof d.value === 'function' ? (d.value as (...a: unknown[]) => T).apply(doc, args) : undefined;
}

const clean = (s: unknown, max = 400): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, max) : '');

function attempt(fn: () => void): void {
  try { fn(); } catch { /* an odd document: keep what was read so far */ }
}

function firstN(list: ArrayLike<Element> | null | undefined, n: number): El[] {
  const out: El[] = [];
  for (let i = 0; list && i < n; i++) {
    const el = list[i];
    if (!el) break;
    out.push(el as El);
  }
  return out;
}

const byTag = (root: Element | Document | null | undefined, tag: string): ArrayLike<Element> | undefined =>
  root && typeof root.getElementsByTagName === 'function' ? root.getElementsByTagName(tag) : undefined;

const textLength = (el: Element, n: number): number =>
  firstN(byTag(el, 'p'), n).reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0);

function ldText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.slice(0, 20).map(ldText).join(', ');
  if (v && typeof v === 'object') return ldText((v as Record<string, unknown>).name);
  return '';
}

/** Fills s.jsonLd from the page's article object; returns its articleBody, if any. */
function readJsonLd(scripts: Element[], s: PageSignals): string {
  const objects: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 4 || objects.length > 40) return;
    if (Array.isArray(v)) { for (const x of v.slice(0, 40)) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    objects.push(o);
    visit(o['@graph'], depth + 1);
    visit(o.mainEntity, depth + 1);
  };
  for (const el of scripts.slice(0, 6)) {
    const json = el.textContent ?? '';
    if (json.length > 100000) continue;
    attempt(() => visit(JSON.parse(json), 0));
  }
  const typeOf = (o: Record<string, unknown>): string => ldText(o['@type']);
  const best = objects.find((o) => ARTICLE_TYPE.test(typeOf(o))) ?? objects.find((o) => typeof o.headline === 'string');
  if (!best) return '';
  s.jsonLd = {
    headline: clean(best.headline ?? best.name),
    description: clean(best.description, 1000),
    keywords: clean(ldText(best.keywords), 1000),
    about: clean(ldText(best.about), 1000),
    datePublished: clean(best.datePublished ?? best.dateCreated, 60),
  };
  return typeof best.articleBody === 'string' ? best.articleBody : '';
}

function readMeta(doc: Document, head: Element | null, s: PageSignals): void {
  for (const el of firstN(byTag(head ?? doc, 'meta'), 300)) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (!content) continue;
    if (key === 'description' || key === 'twitter:description') s.description ||= clean(content, 1000);
    else if (key === 'og:title' || key === 'twitter:title') s.ogTitle ||= clean(content);
    else if (key === 'og:description') s.ogDescription ||= clean(content, 1000);
    else if (key === 'og:locale' || key === 'content-language') s.lang ||= clean(content, 20);
    else if (PUBLISHED.has(key)) s.published ||= clean(content, 60);
  }
}

/**
 * The element holding the article: articleBody, the fullest <article> (or the only one), <main>,
 * or else the parent of most paragraph text outside page furniture (cookie notices, menus).
 */
function mainBlock(landmarks: Element[], body: Element | null): Element | null {
  const itemBody = landmarks.find((el) => el.getAttribute('itemprop') === 'articleBody');
  if (itemBody && textLength(itemBody, 20) >= 300) return itemBody;
  const articles = landmarks.filter((l) => l.localName === 'article');
  let best: Element | null = null;
  // A page's only <article> is its story even when short; among several, the fullest one.
  let bestLength = articles.length === 1 ? 99 : 299;
  for (const el of articles.slice(0, 8)) {
    const length = textLength(el, 20);
    if (length > bestLength) { best = el; bestLength = length; }
  }
  best ??= landmarks.find((el) => el.localName === 'main' || el.getAttribute('role') === 'main') ?? null;
  if (best) return best;
  const byParent = new Map<Element, number>();
  for (const p of firstN(byTag(body, 'p'), 300)) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  const ranked = [...byParent].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return ranked.find(([el]) => !el.closest(FURNITURE))?.[0] ?? body;
}

/**
 * Scripts, styles and furniture tags are skipped outright; containers (the only elements that
 * hold whole sections) are also skipped when hidden or named for furniture. Paragraphs and inline
 * elements are not checked further: it would cost a DOM call or two each for nothing.
 */
function skippable(el: El, tag: string): boolean {
  if (SKIP.has(tag)) return true;
  if (!CONTAINERS.has(tag)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return BOILERPLATE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase());
}

/**
 * Walks the block's elements and loose text. A text block (paragraph, list item, quote, caption,
 * heading) is read whole with one textContent call and its subtree skipped, so the JavaScript work
 * is per block rather than per node; text sitting directly in containers (<div>text<br>text</div>,
 * common on older Chinese sites) is read node by node; scripts, styles and page furniture are skipped.
 */
function sampleText(doc: Document, root: Element): string {
  const walker = docCall<TreeWalker>(doc, 'createTreeWalker', root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  if (!walker) return '';
  let out = '';
  let node = walker.nextNode();
  // The raw text keeps the page's indentation until the end; cap it with room for that.
  for (let visited = 0; node && out.length < TEXT_CAP * 2 && visited < NODE_CAP; visited++) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      out += data.trim() ? data.slice(0, TEXT_CAP) : ' ';
      node = walker.nextNode();
      continue;
    }
    const el = node as El;
    const tag = typeof el.localName === 'string' ? el.localName : 'script';
    const skip = skippable(el, tag);
    const whole = !skip && TEXT_BLOCKS.has(tag);
    if (whole) out += `\n${(el.textContent ?? '').slice(0, TEXT_CAP)}\n`;
    if (skip || whole) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
    } else {
      node = walker.nextNode();
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAP);
}

export function readPageSignals(doc: Document, url: string): PageSignals {
  const s: PageSignals = {
    url: { host: '', path: '' },
    lang: '',
    title: '',
    description: '',
    ogTitle: '',
    ogDescription: '',
    jsonLd: { headline: '', description: '', keywords: '', about: '', datePublished: '' },
    published: '',
    h1: [],
    h2: [],
    text: '',
  };
  attempt(() => {
    const u = new URL(url);
    s.url = { host: u.hostname, path: (u.pathname + u.search).slice(0, 400) };
  });
  const roots = { html: null as Element | null, head: null as Element | null, body: null as Element | null };
  attempt(() => {
    roots.html = docCall<Element | null>(doc, 'documentElement') ?? null;
    roots.head = docCall<Element | null>(doc, 'head') ?? null;
    roots.body = docCall<Element | null>(doc, 'body') ?? null;
  });
  const { html, head, body } = roots;
  attempt(() => { s.lang = clean(html?.getAttribute('lang'), 20); });
  attempt(() => { s.title = clean(docCall<string>(doc, 'title')); });
  attempt(() => readMeta(doc, head, s));
  // One pass over the document finds JSON-LD and the candidate article containers together.
  let landmarks: Element[] = [];
  attempt(() => { landmarks = firstN(docCall<NodeListOf<Element>>(doc, 'querySelectorAll', LANDMARKS), 100); });
  let articleBody = '';
  attempt(() => { articleBody = readJsonLd(landmarks.filter((el) => el.localName === 'script'), s); });
  attempt(() => {
    s.h1 = firstN(byTag(body, 'h1'), 8)
      .filter((h) => !h.closest('nav,aside,footer'))
      .slice(0, 5)
      .map((h) => clean(h.textContent))
      .filter(Boolean);
  });
  attempt(() => {
    const block = mainBlock(landmarks, body);
    if (!block) return;
    s.h2 = firstN(byTag(block, 'h2'), 20).map((h) => clean(h.textContent)).filter(Boolean);
    s.text = sampleText(doc, block);
    if (!s.published) s.published = clean(byTag(block, 'time')?.[0]?.getAttribute('datetime'), 60);
  });
  // Pages that render their story late (or behind a paywall) often still carry it in JSON-LD.
  if (s.text.length < 500 && articleBody.length > s.text.length) s.text = clean(articleBody, TEXT_CAP);
  return s;
}
