// The little the gate reads on every page: the address, the title and the page's opening
// paragraphs, bounded; the description and Open Graph title only where the paragraphs hold little
// text. Native DOM calls only, a few dozen of them; no layout, no JSON parsing, and no walk over the
// whole document: every lookup stops at the first few matches (a live collection's items, never its
// length) or searches <head>. Each kind of call costs every page on its first use there (a new
// query, a new kind of wrapper: about 0.1 ms each in side-by-side traces, BENCHMARKS.md), so the
// read is a handful of kinds, and nothing that needs the window or its location.
// Document getters are read directly, and through the prototype only when a page's named element
// (<img name="title">, <form name="URL">) shadows one on `document` itself.

const PARAGRAPHS = 16;
const CHARS = 3000;
/** Paragraph text below this (a page whose article is not in <p>, or not rendered yet) adds the descriptions. */
const FEW_CHARS = 280;
const META = 'meta[name="description"],meta[property="og:title"],meta[property="og:description"],meta[name="twitter:title"]';

/** The property `name` as defined on the document's prototype chain (Document.prototype in browsers), not on the document. */
export function inherited(doc: Document, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(doc) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** A string field of the document as its getter gives it: read directly (cheap), and through the
 * prototype chain only when a named element (<img name="title">, two of them as a collection)
 * stands in for it; '' when unreadable. */
export function docText(doc: Document, name: 'title' | 'URL' | 'contentType'): string {
  try {
    const direct: unknown = doc[name];
    if (typeof direct === 'string') return direct;
    const got: unknown = inherited(doc, name)?.get?.call(doc);
    return typeof got === 'string' ? got : '';
  } catch {
    return ''; // a detached or odd document
  }
}

/** The document's <body> (or <frameset>) or <head>, the same way; null when it has none. */
export function docPart(doc: Document, name: 'body' | 'head'): HTMLElement | null {
  try {
    const direct = doc[name] as { localName?: unknown } | null;
    if (direct === null || direct.localName === name || direct.localName === 'frameset') return direct as HTMLElement | null;
    const got = inherited(doc, name)?.get?.call(doc) as { localName?: unknown } | null | undefined;
    return got && typeof got.localName === 'string' ? got as HTMLElement : null;
  } catch {
    return null;
  }
}

/**
 * The gate's sample of the page: [address, title, paragraphs..., descriptions...], as the page has
 * them (core/detect/gate-sample.ts reads it); what could be read when the document is too odd.
 * Each kind of DOM call costs every page a little on its first use there, so this makes few.
 */
export function gateSample(doc: Document, href: string, body = docPart(doc, 'body')): string[] {
  const out = [href, docText(doc, 'title')];
  try {
    // No headings: the title almost always holds the headline, and a page with fewer <h1> than
    // asked for makes the lookup walk the whole document (the opening paragraphs hold the lede).
    const paragraphs = body?.getElementsByTagName('p');
    let read = 0;
    for (let i = 0; paragraphs && i < PARAGRAPHS && read < CHARS; i++) {
      const p = paragraphs.item(i);
      if (!p) break;
      let t = p.textContent ?? '';
      if (t.length > CHARS - read) t = t.slice(0, CHARS - read);
      out.push(t);
      read += t.length;
    }
    if (read >= FEW_CHARS) return out;
    const metas = docPart(doc, 'head')?.querySelectorAll(META);
    for (let i = 0; metas && i < 6; i++) {
      const meta = metas.item(i);
      if (!meta) break;
      out.push(meta.getAttribute('content') ?? '');
    }
  } catch { /* keep what was read */ }
  return out;
}
