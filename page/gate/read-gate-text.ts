// The little the gate reads on every page: the address, the title, the description and Open Graph
// title and the page's opening paragraphs, bounded. Native DOM calls only, a few
// dozen of them; no layout, no JSON parsing, and no walk over the whole document: every lookup stops
// at the first few matches (indexing a live collection, never asking its length) or searches <head>.
// Document getters and methods are taken from the prototype: a page's named elements
// (<img name="title">, <form name="querySelector">) shadow them on `document` itself.

const PARAGRAPHS = 16;
const CHARS = 3000;
const META = 'meta[name="description"],meta[property="og:title"],meta[property="og:description"],meta[name="twitter:title"]';

/** The property `name` as defined on the document's prototype chain (Document.prototype in browsers), not on the document. */
export function inherited(doc: Document, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(doc) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

type DocField = 'title' | 'head' | 'body' | 'contentType' | 'documentElement';
const ELEMENT_NAMES: Partial<Record<DocField, readonly string[]>> = { head: ['head'], body: ['body', 'frameset'], documentElement: ['html'] };

/** Whether `value` can be what the document's own getter returns: a named element standing in
 * (<img name="title">, two of them as a collection) is never a string, nor a head, body or html. */
function plausible(name: DocField, value: unknown): boolean {
  if (name === 'title' || name === 'contentType') return typeof value === 'string';
  if (value === null) return true;
  const el = value as { nodeType?: unknown; localName?: unknown };
  return typeof value === 'object' && el.nodeType === 1 && (ELEMENT_NAMES[name] ?? []).includes(el.localName as string);
}

/** `doc[name]` as the document defines it: read directly (cheap), and through the prototype chain
 * only when a named element stands in for it (walking the prototypes costs a quarter of a
 * millisecond on a fresh page). */
export function docGet<T>(doc: Document, name: DocField): T | undefined {
  try {
    const direct = (doc as unknown as Record<string, unknown>)[name];
    if (plausible(name, direct)) return direct as T;
    return inherited(doc, name)?.get?.call(doc) as T | undefined;
  } catch {
    return undefined; // a detached or odd document
  }
}

const text = (el: Element | null | undefined): string => (el && typeof el.textContent === 'string' ? el.textContent : '');

/** Text of the first `n` elements of a live collection, walking no further than the last one read. */
function firstTexts(list: HTMLCollectionOf<Element> | undefined, n: number, out: string[], budget = Infinity): void {
  for (let i = 0; list && i < n && budget > 0; i++) {
    const el = list[i];
    if (!el) break;
    const t = text(el).slice(0, budget);
    out.push(t);
    budget -= t.length;
  }
}

/** Host and decoded path of an address, without a URL object or a regular expression (each costs a
 * first-use compile on every page). */
function address(href: string): string[] {
  const scheme = href.indexOf('://');
  if (scheme < 1) return [];
  const host = scheme + 3;
  let end = href.length;
  const query = href.indexOf('?', host);
  if (query >= 0) end = query;
  const hash = href.indexOf('#', host);
  if (hash >= 0 && hash < end) end = hash;
  const slash = href.indexOf('/', host);
  const hostEnd = slash >= 0 && slash < end ? slash : end;
  let path = href.slice(hostEnd, end);
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  return [href.slice(host, hostEnd), path];
}

/** The gate's sample of the page, one string; '' on a document too odd to read. */
export function gateText(doc: Document, href: string): string {
  const out = address(String(href));
  try {
    out.push(String(docGet<string>(doc, 'title') ?? ''));
    const head = docGet<HTMLHeadElement | null>(doc, 'head');
    const metas = head?.querySelectorAll(META);
    for (let i = 0; metas && i < 6; i++) {
      const meta = metas[i];
      if (!meta) break;
      out.push(meta.getAttribute('content') ?? '');
    }
    const body = docGet<HTMLElement | null>(doc, 'body');
    // No headings: the title almost always holds the headline, and a page with fewer <h1> than
    // asked for makes the lookup walk the whole document (the opening paragraphs hold the lede).
    firstTexts(body?.getElementsByTagName('p'), PARAGRAPHS, out, CHARS);
  } catch { /* keep what was read */ }
  return out.join('\n');
}
