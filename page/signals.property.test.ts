// @vitest-environment happy-dom
// Page-signal reading on random and hostile documents: never throws, every field stays within its
// cap, and the tree walk takes a bounded number of steps however large or deep the page is.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageSignals } from './signals';

const TAGS = ['p', 'div', 'span', 'article', 'main', 'section', 'h1', 'h2', 'li', 'ul', 'nav', 'aside', 'footer', 'script', 'style', 'br', 'time', 'b', 'template', 'svg', 'wic-fact-panel', 'x-widget'];
const ATTRS: [string, string][] = [['class', 'related-stories'], ['class', 'share'], ['id', 'comments'], ['hidden', ''], ['aria-hidden', 'true'], ['itemprop', 'articleBody'], ['role', 'main'], ['datetime', '2017-12-03'], ['lang', 'ar'], ['dir', 'rtl']];
const TEXT = ['World Internet Conference', '世界互联网大会', 'مؤتمر الإنترنت العالمي', '\u202e', '\u200d', '\ud800', '😀', ' ', '\n', '<b>not markup</b>', '&amp;', 'Wuzhen 2017'];

interface Spec { tag: string; attrs: [string, string][]; text: string; kids: Spec[] }
function specAt(depth: number): fc.Arbitrary<Spec> {
  return fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }),
    text: fc.array(fc.oneof(fc.constantFrom(...TEXT), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 4 }).map((a) => a.join('')),
    kids: depth > 0 ? fc.array(specAt(depth - 1), { maxLength: 3 }) : fc.constant([]),
  });
}
const spec = specAt(4);

function build(doc: Document, parent: Element, s: Spec): void {
  const el = doc.createElement(s.tag);
  for (const [k, v] of s.attrs) el.setAttribute(k, v);
  if (s.text) el.append(doc.createTextNode(s.text));
  for (const k of s.kids) build(doc, el, k);
  parent.append(el);
}

function page(kids: Spec[], head = ''): Document {
  const doc = document.implementation.createHTMLDocument(head);
  for (const k of kids) build(doc, doc.body, k);
  return doc;
}

function expectCapped(s: ReturnType<typeof readPageSignals>): void {
  for (const [field, max] of [['title', 400], ['description', 1000], ['ogTitle', 400], ['ogDescription', 1000], ['lang', 20], ['published', 60], ['text', 16000]] as const) {
    expect(typeof s[field], field).toBe('string');
    expect(s[field].length, field).toBeLessThanOrEqual(max);
  }
  expect(s.h1.length).toBeLessThanOrEqual(5);
  expect(s.h2.length).toBeLessThanOrEqual(20);
  for (const h of [...s.h1, ...s.h2]) expect(h.length).toBeLessThanOrEqual(400);
}

/** Counts every step a TreeWalker takes while `fn` runs. */
function walkerSteps(fn: () => void): number {
  let steps = 0;
  const proto = document.createTreeWalker(document.body).constructor.prototype as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['nextNode', 'nextSibling', 'parentNode', 'firstChild', 'previousNode']) {
    const original = proto[name]!;
    vi.spyOn(proto, name as never).mockImplementation(function (this: unknown, ...a: unknown[]) { steps++; return original.apply(this, a); } as never);
  }
  fn();
  vi.restoreAllMocks();
  return steps;
}

afterEach(() => vi.restoreAllMocks());

describe('readPageSignals on random and hostile documents', () => {
  it('never throws and keeps every field within its cap', { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.array(spec, { maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 60 }), (kids, title) => {
      expectCapped(readPageSignals(page(kids, title), 'https://news.example.com/2017/12/04/story'));
    }), { numRuns: 150 });
  });

  it('never treats text as markup', () => {
    const doc = page([{ tag: 'article', attrs: [], text: '', kids: [{ tag: 'p', attrs: [], text: `World Internet Conference <img src=x onerror=alert(1)> ${'Wuzhen '.repeat(60)}`, kids: [] }] }]);
    const s = readPageSignals(doc, 'https://x.org/');
    expect(s.text).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).toBeNull();
  });

  it('walks a bounded number of nodes however large or deep the page', { timeout: 120_000 }, () => {
    const wide = (n: number) => {
      const doc = document.implementation.createHTMLDocument('World Internet Conference');
      const article = doc.createElement('article');
      for (let i = 0; i < n; i++) {
        const div = doc.createElement('div');
        div.append(doc.createElement('span'), doc.createTextNode(`Paragraph ${i} about the World Internet Conference in Wuzhen. `));
        article.append(div);
      }
      doc.body.append(article);
      return doc;
    };
    const small = walkerSteps(() => expectCapped(readPageSignals(wide(1_000), 'https://x.org/')));
    const large = walkerSteps(() => expectCapped(readPageSignals(wide(10_000), 'https://x.org/')));
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(Math.max(small * 1.1, 10_000));

    const deep = document.implementation.createHTMLDocument('World Internet Conference');
    let node: Element = deep.body;
    for (let i = 0; i < 10_000; i++) { const d = deep.createElement('div'); node.append(d); node = d; }
    node.append(deep.createTextNode('At the bottom: the World Internet Conference in Wuzhen.'));
    const deepSteps = walkerSteps(() => expectCapped(readPageSignals(deep, 'https://x.org/')));
    expect(deepSteps).toBeLessThanOrEqual(10_000);
  });

  it('copes with a one-megabyte text node', () => {
    const doc = page([{ tag: 'article', attrs: [], text: '', kids: [{ tag: 'p', attrs: [], text: 'World Internet Conference \u202e\u200d 世界互联网大会 '.repeat(25_000), kids: [] }] }]);
    const s = readPageSignals(doc, 'https://x.org/');
    expectCapped(s);
    expect(s.text.length).toBe(16000);
  });
});
