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
function inherited(doc: Document, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(doc) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** `doc[name]` read through the prototype chain. */
export function docGet<T>(doc: Document, name: 'title' | 'head' | 'body' | 'contentType' | 'documentElement'): T | undefined {
  try {
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

/** Host and decoded path of an address, without a URL object. */
function address(href: string): string[] {
  const m = /^[a-z][\w+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(href);
  if (!m) return [];
  let path = m[2] ?? '';
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  return [m[1] ?? '', path];
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
