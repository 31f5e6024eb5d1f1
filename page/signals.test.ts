// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageSignals } from './signals';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ARTICLE = `<!DOCTYPE html><html lang="en-GB"><head>
<title>Xi letter to World Internet Conference | Example News</title>
<meta name="description" content="The fourth World Internet Conference opened.">
<meta property="og:title" content="OG headline">
<meta property="og:description" content="OG description">
<meta property="article:published_time" content="2017-12-03T03:41:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
{"@type":["NewsArticle"],"headline":"LD headline","description":"LD description","keywords":["WIC","Wuzhen"],
"about":[{"@type":"Event","name":"World Internet Conference"},"Xi Jinping"],"datePublished":"2017-12-03T03:41:00Z"}]}</script>
<script type="application/ld+json">{ not json </script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/wic">World Internet Conference special</a></nav></header>
<aside><h1>Sidebar promo</h1><p>Most read: something else entirely</p></aside>
<main><article>
<h1>Main headline</h1>
<h2>First subhead</h2>
<p>WUZHEN (Example) - The fourth World Internet Conference opened on Sunday.</p>
<script>var tracking = "World Internet Conference";</script>
<style>.x { color: red }</style>
<div class="related-stories"><p>Related: World Internet Conference archive</p></div>
<div class="share-tools">Share this</div>
<div id="relatedNews"><p>More: World Internet Conference photo gallery</p></div>
<h2>Second subhead</h2>
<p>The conference runs until Tuesday in the water town. Organisers said about 1,500 guests from more than 80 countries and regions were taking part, with forums on the digital economy, cybersecurity and artificial intelligence. Executives from Apple and Google attended for the first time.</p>
<div hidden>hidden text</div>
<figure><figcaption>Wang Huning at the conference</figcaption></figure>
</article></main>
<footer><p>Copyright Example News</p></footer>
</body></html>`;

afterEach(() => vi.restoreAllMocks());

describe('readPageSignals', () => {
  it('reads URL, lang, title, meta, Open Graph, JSON-LD and headings', () => {
    const s = readPageSignals(page(ARTICLE), 'https://news.example.com/world/2017/12/03/xi-letter?ref=home#top');
    expect(s.url).toEqual({ host: 'news.example.com', path: '/world/2017/12/03/xi-letter?ref=home' });
    expect(s.lang).toBe('en-GB');
    expect(s.title).toBe('Xi letter to World Internet Conference | Example News');
    expect(s.description).toBe('The fourth World Internet Conference opened.');
    expect(s.ogTitle).toBe('OG headline');
    expect(s.ogDescription).toBe('OG description');
    expect(s.published).toBe('2017-12-03T03:41:00Z');
    expect(s.jsonLd).toEqual({
      headline: 'LD headline',
      description: 'LD description',
      keywords: 'WIC, Wuzhen',
      about: 'World Internet Conference, Xi Jinping',
      datePublished: '2017-12-03T03:41:00Z',
    });
    expect(s.h1).toEqual(['Main headline']);
    expect(s.h2).toEqual(['First subhead', 'Second subhead']);
  });

  it('samples the article text and skips scripts, styles, furniture and hidden parts', () => {
    const { text } = readPageSignals(page(ARTICLE), 'https://news.example.com/a');
    expect(text).toContain('The fourth World Internet Conference opened on Sunday.');
    expect(text).toContain('The conference runs until Tuesday');
    expect(text).toContain('Wang Huning at the conference');
    for (const absent of ['tracking', 'color: red', 'Related:', 'photo gallery', 'Share this', 'hidden text', 'Sidebar promo', 'Home', 'Copyright']) {
      expect(text).not.toContain(absent);
    }
  });

  it('reads text kept outside paragraphs (div and br layouts), still without scripts', () => {
    const s = readPageSignals(page('<body><div id="content">第四届世界互联网大会3日在浙江乌镇开幕。<br>本届大会为期3天。<script>var x = "junk";</script><b>来自80多个国家</b>的嘉宾出席。</div></body>'), 'https://x.org/');
    expect(s.text).toContain('第四届世界互联网大会3日在浙江乌镇开幕。');
    expect(s.text).toContain('来自80多个国家');
    expect(s.text).not.toContain('junk');
  });

  it('takes a short lone article over <main>, and never a cookie notice as the story', () => {
    const short = readPageSignals(page('<body><main><article><h1>Chrysanthemum harvest begins</h1><p>Farmers in Tongxiang began picking chrysanthemums this week, expecting a larger crop.</p></article><aside><h3>Topics</h3><p>Special: World Internet Conference</p></aside></main></body>'), 'https://x.org/');
    expect(short.text).toContain('Farmers in Tongxiang');
    expect(short.text).not.toContain('World Internet Conference');
    const gallery = readPageSignals(page(`<body><div id="consent-banner" class="cmp"><p>${'We use cookies to improve your experience. '.repeat(5)}</p></div><main><h1>In pictures</h1><figure><figcaption>Guests arrive for the opening of the summit.</figcaption></figure></main></body>`), 'https://x.org/');
    expect(gallery.text).toContain('Guests arrive');
    expect(gallery.text).not.toContain('cookies');
    const noLandmarks = readPageSignals(page(`<body><div class="cookie-notice"><p>${'We use cookies. '.repeat(20)}</p></div><div id="story"><p>${'The summit opened on Sunday. '.repeat(4)}</p></div></body>`), 'https://x.org/');
    expect(noLandmarks.text).toContain('The summit opened');
    expect(noLandmarks.text).not.toContain('cookies');
  });

  it('finds the main text block without <article>: articleBody, main, or the parent of most paragraphs', () => {
    const body = '<p>' + 'Story sentence about the summit. '.repeat(20) + '</p>';
    const byItemprop = readPageSignals(page(`<body><div>${'<p>teaser</p>'.repeat(3)}</div><div itemprop="articleBody">${body}</div></body>`), 'https://x.org/');
    expect(byItemprop.text.startsWith('Story sentence')).toBe(true);
    const byParagraphs = readPageSignals(page(`<body><div id="menu"><p>Menu one</p><p>Menu two</p></div><div id="detail">${body}${body}</div><div><p>Footer words</p></div></body>`), 'https://x.org/');
    expect(byParagraphs.text.startsWith('Story sentence')).toBe(true);
    expect(byParagraphs.text).not.toContain('Menu one');
    const teasers = readPageSignals(page(`<body><article><p>Short teaser</p></article><main><div>${body}</div></main></body>`), 'https://x.org/');
    expect(teasers.text.startsWith('Story sentence')).toBe(true);
  });

  it('bounds what it reads on huge pages', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} ${'word '.repeat(20)}</p>`).join('');
    const headings = Array.from({ length: 50 }, (_, i) => `<h2>Heading ${i}</h2><h1>Title ${i}</h1>`).join('');
    const s = readPageSignals(page(`<body><article>${headings}${many}</article></body>`), 'https://x.org/');
    expect(s.text.length).toBeLessThanOrEqual(16000);
    expect(s.h1.length).toBeLessThanOrEqual(5);
    expect(s.h2.length).toBeLessThanOrEqual(20);
    const oneNode = readPageSignals(page(`<body><article><p>${'x'.repeat(1_000_000)}</p></article></body>`), 'https://x.org/');
    expect(oneNode.text.length).toBe(16000);
    const hugeLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${'h'.repeat(200_000)}"}</script>`;
    expect(readPageSignals(page(`<head>${hugeLd}</head><body></body>`), 'https://x.org/').jsonLd.headline).toBe('');
  });

  it('counts the cap in text, not in the indentation of the page', () => {
    const pad = `\n${' '.repeat(60)}`;
    const indented = Array.from({ length: 200 }, (_, i) => `<tr>${pad}<td>${pad}<span>cell ${i}</span>${pad}</td>${pad}</tr>`).join(pad);
    const s = readPageSignals(page(`<body><main><table>${indented}</table><p>The World Internet Conference opened in Wuzhen.</p></main></body>`), 'https://x.org/');
    expect(s.text).toContain('World Internet Conference opened');
  });

  it('falls back to JSON-LD articleBody when the page shows little text', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"The World Internet Conference opened in Wuzhen on Sunday, officials said, with guests from many countries attending the forums on artificial intelligence."}</script>';
    const s = readPageSignals(page(`<head>${ld}</head><body><div id="app"></div></body>`), 'https://x.org/');
    expect(s.text).toContain('World Internet Conference opened');
  });

  it('reads publication dates from other meta names and from <time>', () => {
    expect(readPageSignals(page('<head><meta name="publishdate" content="2017-12-03"></head><body></body>'), 'https://x.org/').published).toBe('2017-12-03');
    expect(readPageSignals(page('<body><article><time datetime="2019-10-20T10:00">20 Oct</time><p>text</p></article></body>'), 'https://x.org/').published).toBe('2019-10-20T10:00');
    expect(readPageSignals(page('<head><meta property="og:locale" content="zh_CN"></head><body></body>'), 'https://x.org/').lang).toBe('zh_CN');
  });

  it('never forces layout or reads innerText', () => {
    const calls: string[] = [];
    vi.spyOn(window, 'getComputedStyle').mockImplementation(() => { calls.push('getComputedStyle'); return {} as CSSStyleDeclaration; });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => { calls.push('getBoundingClientRect'); return new DOMRect(); });
    for (const prop of ['innerText', 'offsetHeight', 'offsetWidth', 'offsetTop', 'clientHeight'] as const) {
      vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(() => { calls.push(prop); return ''; });
    }
    readPageSignals(page(ARTICLE), 'https://x.org/');
    expect(calls).toEqual([]);
  });

  it('is not redirected by document properties shadowed by the page (DOM clobbering)', () => {
    const doc = page(ARTICLE);
    // (documentElement too in browsers; happy-dom's own selector engine reads it from the instance.)
    for (const name of ['title', 'querySelector', 'querySelectorAll', 'createTreeWalker', 'body', 'head']) {
      Object.defineProperty(doc, name, { get() { throw new Error(`clobbered ${name}`); } });
    }
    const s = readPageSignals(doc, 'https://x.org/');
    expect(s.title).toContain('World Internet Conference');
    expect(s.jsonLd.headline).toBe('LD headline');
    expect(s.text).toContain('fourth World Internet Conference');
    expect(s.h1).toEqual(['Main headline']);
  });

  it('does not throw on odd documents', () => {
    const xml = new DOMParser().parseFromString('<rss><channel><title>World Internet Conference</title></channel></rss>', 'application/xml');
    const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', 'image/svg+xml');
    const bare = document.implementation.createDocument(null, null, null);
    const noBody = page('<html><head><title>Only a head</title></head></html>');
    noBody.body?.remove();
    const hostile = page('<body><article><p>text</p></article></body>');
    hostile.documentElement.getAttribute = () => { throw new Error('hostile'); };
    for (const doc of [xml, svg, bare, noBody, hostile]) {
      expect(() => readPageSignals(doc, 'https://x.org/')).not.toThrow();
    }
    expect(readPageSignals(noBody, 'https://x.org/').title).toBe('Only a head');
    expect(readPageSignals(page('<body></body>'), 'not a url').url).toEqual({ host: '', path: '' });
  });
});
