// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compileGate, gateMatcher } from '../../core/detect/prefilter';
import { wicNames } from '../../data/names';
import { gatePasses, isHtmlPage, sampleHere } from './gate-main';
import { gateSample } from './read-gate-text';

const NAMES = gateMatcher(compileGate(wicNames));
const URL = 'https://news.example.com/2017/12/04/story';

function page(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('gateSample', () => {
  it('reads the address, title and the page\'s opening paragraphs (not headings: the title holds the headline)', () => {
    const lede = 'Chinese President Xi Jinping opened the conference on Sunday. '.repeat(5);
    const sample = gateSample(page(`<head><title>T1</title><meta name="description" content="D1"><meta property="og:title" content="O1"></head>
      <body><nav><p>menu</p></nav><h1>H1</h1><article><p>${lede}</p><p>P2</p></article></body>`), URL);
    expect(sample).toEqual([URL, 'T1', 'menu', lede, 'P2']);
  });

  it('adds the description and Open Graph title where the paragraphs hold little text (an article not in <p>, or not rendered yet)', () => {
    const sample = gateSample(page(`<head><title>T1</title><meta name="description" content="D1"><meta property="og:title" content="O1">
      <meta name="keywords" content="K1"></head><body><nav><p>menu</p></nav><h1>H1</h1><article><div>The article, in divs.</div><p>P2</p></article></body>`), URL);
    expect(sample).toEqual([URL, 'T1', 'menu', 'P2', 'D1', 'O1']);
  });

  it('is bounded: at most 16 paragraphs and 3,000 characters of them (a news page\'s lede is within its first 14 paragraphs and 900 characters: pages/real)', () => {
    const long = Array.from({ length: 100 }, (_, i) => `<p>${String(i).padStart(3, '0')}${'y'.repeat(197)}</p>`).join('');
    const text = gateSample(page(`<body><article>${long}</article></body>`), URL).join('\n');
    expect(text.length).toBeLessThan(3200);
    expect(text).toContain('014');
    expect(text).not.toContain('015');
    const short = Array.from({ length: 100 }, (_, i) => `<p>p${String(i).padStart(3, '0')}</p>`).join('');
    const few = gateSample(page(`<body>${short}</body>`), URL).join('\n');
    expect(few).toContain('p015');
    expect(few).not.toContain('p016');
  });

  it('reads through Document.prototype, so named elements cannot stand in for the title or the query methods', () => {
    const text = gateSample(page(`<head><title>World Internet Conference opens</title></head>
      <body><img name="title"><form name="querySelector"></form><form name="getElementsByTagName"></form><article><p>P1</p></article></body>`), URL).join('\n');
    expect(text).toContain('World Internet Conference opens');
    expect(text).toContain('P1');
  });
});

describe('gatePasses', () => {
  it('passes a page whose title, description or opening paragraphs name the WIC, in any language', () => {
    expect(gatePasses(page('<head><title>Xi opens World Internet Conference</title></head><body></body>'), URL, NAMES)).toBe(true);
    expect(gatePasses(page('<body><h1>开幕</h1><p>第四届世界互联网大会开幕</p></body>'), URL, NAMES)).toBe(true);
    expect(gatePasses(page('<body><main><p>Tim Cook spoke at the Wuzhen Summit on Sunday.</p></main></body>'), URL, NAMES)).toBe(true);
    expect(gatePasses(page('<body><p>Ｗｏｒｌｄ Ｉｎｔｅｒｎｅｔ Ｃｏｎｆｅｒｅｎｃｅ</p></body>'), URL, NAMES)).toBe(true);
  });

  it('stops pages that name no WIC, including Chinese pages full of full-width punctuation and near misses', () => {
    expect(gatePasses(page('<head><title>Rain tomorrow</title></head><body><p>Showers from the west.</p></body>'), URL, NAMES)).toBe(false);
    expect(gatePasses(page('<body><h1>中国互联网大会在北京开幕（图）</h1><p>记者：张三，２０２４年。</p></body>'), URL, NAMES)).toBe(false);
    expect(gatePasses(page('<body><p>The Internet Governance Forum and the World AI Conference (WAIC).</p></body>'), URL, NAMES)).toBe(false);
  });
});

describe('isHtmlPage', () => {
  it('accepts HTML documents and refuses others', () => {
    expect(isHtmlPage(document)).toBe(true);
    const xml = new DOMParser().parseFromString('<r/>', 'application/xml');
    expect(isHtmlPage(xml)).toBe(false);
  });
});

describe('sampleHere', () => {
  it('hands back the page\'s sample, touching no extension API, leaving nothing behind', () => {
    const g = globalThis as Record<string, unknown>;
    let touched = 0;
    const saved = (['chrome', 'browser'] as const).map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
    for (const [k] of saved) Object.defineProperty(g, k, { configurable: true, get: () => { touched++; return undefined; } });
    const globals = Object.keys(g).length;
    try {
      page('<head><title>Rain tomorrow</title></head><body><p>Showers.</p></body>');
      const before = document.documentElement.outerHTML;
      expect(sampleHere()).toEqual([document.URL, 'Rain tomorrow', 'Showers.']);
      expect(document.documentElement.outerHTML).toBe(before);
      expect(touched).toBe(0);
      expect(Object.keys(g).length).toBe(globals);
    } finally {
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(g, k, d);
        else delete g[k];
      }
    }
  });

  it('hands back what it could read, quietly, when a page script has broken what it uses (it runs in the page\'s world)', () => {
    page('<head><title>World Internet Conference</title></head><body><p>World Internet Conference</p></body>');
    let owner: object | null = document;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'title')) owner = Object.getPrototypeOf(owner) as object | null;
    const title = Object.getOwnPropertyDescriptor(owner!, 'title')!;
    const byTag = Object.getOwnPropertyDescriptor(Element.prototype, 'getElementsByTagName')!;
    try {
      Object.defineProperty(owner!, 'title', { configurable: true, get: () => { throw new Error('page script'); } });
      expect(sampleHere()).toEqual([document.URL, '', 'World Internet Conference']); // the title is skipped
      expect(gatePasses(document, URL, NAMES)).toBe(true); // the opening paragraph names the WIC
      Object.defineProperty(Element.prototype, 'getElementsByTagName', { configurable: true, writable: true, value: () => { throw new Error('page script'); } });
      expect(sampleHere()).toEqual([document.URL, '']);
      expect(gatePasses(document, URL, NAMES)).toBe(false);
    } finally {
      Object.defineProperty(owner!, 'title', title);
      Object.defineProperty(Element.prototype, 'getElementsByTagName', byTag);
    }
  });

  it('hands back nothing for a document that is not an HTML page', () => {
    const xml = new DOMParser().parseFromString('<r><p>World Internet Conference</p></r>', 'application/xml');
    const real = Object.getOwnPropertyDescriptor(globalThis, 'document')!;
    try {
      Object.defineProperty(globalThis, 'document', { configurable: true, value: xml });
      expect(sampleHere()).toBeNull();
    } finally {
      Object.defineProperty(globalThis, 'document', real);
    }
  });
});
