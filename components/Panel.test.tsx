// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../core/kb/types.ts';
import { kb as realKb } from '../data/index.ts';
import { Panel } from './Panel.tsx';
import type { PanelPage, PanelProps } from './Panel.tsx';
import { fixtureKb } from './testing/fixture-kb.ts';
import { click, enT, mount, textOf, unmountAll, zhT } from './testing/render.tsx';
import { keyEchoT } from './testing/translator.ts';

const about2017: PanelPage = { kind: 'about', edition: 2017, isEtArticle: true, reasons: [] };

function panelProps(overrides: Partial<PanelProps> = {}): PanelProps {
  return {
    kb: fixtureKb,
    page: about2017,
    t: enT,
    uiLang: 'en',
    theme: 'light',
    marksOn: true,
    termCounts: {},
    onClose: vi.fn(),
    onDisableSite: vi.fn(),
    onToggleMarks: vi.fn(),
    onJumpToTerm: vi.fn(),
    ...overrides,
  };
}

function mountPanel(overrides: Partial<PanelProps> = {}) {
  const props = panelProps(overrides);
  const root = mount(<Panel {...props} />);
  const panel = root.querySelector<HTMLElement>('aside.wic-panel')!;
  return { props, root, panel };
}

const toggle = (panel: Element, id: string) => panel.querySelector<HTMLButtonElement>(`#wic-sec-${id}`);
const sectionBody = (panel: Element, id: string) => panel.querySelector<HTMLElement>(`#wic-sec-${id}-body`)!;
async function openSection(panel: Element, id: string) {
  const button = toggle(panel, id);
  if (button?.getAttribute('aria-expanded') === 'false') await click(button);
  return sectionBody(panel, id);
}
/** Opens every section, list, citation run and disclosure (one batch of clicks per round). */
async function openAll(panel: Element) {
  const closed = '.wic-section__toggle[aria-expanded="false"], .wic-btn--more, .wic-cite--more, .wic-why__toggle[aria-expanded="false"]';
  for (let round = 0; round < 4; round++) {
    const buttons = [...panel.querySelectorAll<HTMLElement>(closed)];
    if (buttons.length === 0) return;
    await act(() => buttons.forEach((b) => b.click()));
  }
}

afterEach(unmountAll);

describe('Panel root', () => {
  it('is a named complementary landmark carrying the edition, theme and side', () => {
    const { panel } = mountPanel({ theme: 'dark', side: 'left' });
    expect(panel.getAttribute('role')).toBe('complementary');
    const title = panel.querySelector(`#${panel.getAttribute('aria-labelledby')}`);
    expect(title?.tagName).toBe('H2');
    expect(textOf(title)).toBe('WIC context');
    expect(panel.dataset.edition).toBe('2017');
    expect(panel.dataset.theme).toBe('dark');
    expect(panel.dataset.side).toBe('left');
  });

  it('carries an empty data-edition when the edition is unknown', () => {
    const { panel } = mountPanel({ page: { kind: 'mentions', edition: null, isEtArticle: false, reasons: [] } });
    expect(panel.hasAttribute('data-edition')).toBe(true);
    expect(panel.getAttribute('data-edition')).toBe('');
  });

  it('shows the edition with its Chinese name in the header', () => {
    const { panel } = mountPanel();
    const line = panel.querySelector('.wic-head__edition');
    expect(textOf(line)).toContain('2017');
    expect(textOf(line)).toContain('4th World Internet Conference');
    expect(line?.querySelector('[lang="zh-Hans"]')?.textContent).toBe('第四届世界互联网大会');
  });
});

describe('Why am I seeing this?', () => {
  it('lists the detection reasons through t(key, values) behind a disclosure', async () => {
    const t = vi.fn((key: string, subs?: string[]) => (key.startsWith('detect_') ? `${key}:${(subs ?? []).join(',')}` : enT(key, subs)));
    const { panel } = mountPanel({
      t,
      page: { ...about2017, reasons: [{ key: 'detect_reason_title', values: ['World Internet Conference'] }, { key: 'detect_reason_date', values: ['2017-12-04'] }] },
    });
    const button = panel.querySelector<HTMLButtonElement>('.wic-why__toggle')!;
    const list = panel.querySelector<HTMLElement>('#wic-why-list')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect([...list.querySelectorAll('li')].map(textOf)).toEqual([
      'detect_reason_title:World Internet Conference',
      'detect_reason_date:2017-12-04',
    ]);
    expect(t).toHaveBeenCalledWith('detect_reason_title', ['World Internet Conference']);
  });

  it('is absent when there are no reasons', () => {
    const { panel } = mountPanel();
    expect(panel.querySelector('.wic-why')).toBeNull();
  });
});

describe('non-about pages', () => {
  it.each([
    ['mentions', 'This page mentions the WIC but is not coverage of it'],
    ['none', 'This page is not coverage of the WIC'],
  ] as const)('on a %s page says the page is not WIC coverage and opens the general briefing', (kind, line) => {
    const { panel } = mountPanel({ page: { kind, edition: null, isEtArticle: false, reasons: [] } });
    expect(textOf(panel.querySelector('.wic-offtopic'))).toContain(line);
    expect(toggle(panel, 'brief')?.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(sectionBody(panel, 'brief'))).toContain('also known as the Wuzhen Summit');
    expect(panel.querySelector('[data-section="edition"]')).toBeNull();
    expect(panel.querySelector('[data-section="article"]')).toBeNull();
  });

  it('shows no such line on an about page', () => {
    const { panel } = mountPanel();
    expect(panel.querySelector('.wic-offtopic')).toBeNull();
  });
});

describe('sections', () => {
  it('opens the edition and article sections by default and keeps the rest collapsed', () => {
    const { panel } = mountPanel();
    const state = Object.fromEntries(
      [...panel.querySelectorAll<HTMLButtonElement>('.wic-section__toggle')].map((b) => [b.id.replace('wic-sec-', ''), b.getAttribute('aria-expanded')]),
    );
    expect(state).toEqual({
      brief: 'false', edition: 'true', article: 'true', people: 'false', bodies: 'false', places: 'false',
      terms: 'false', figures: 'false', timeline: 'false', sources: 'false',
    });
    for (const b of panel.querySelectorAll('.wic-section__toggle')) {
      expect(b.parentElement?.tagName).toBe('H3');
      expect(panel.querySelector(`#${b.getAttribute('aria-controls')}`)).not.toBeNull();
    }
  });

  it('toggles a section open and closed', async () => {
    const { panel } = mountPanel();
    const body = sectionBody(panel, 'people');
    expect(body.hidden).toBe(true);
    await click(toggle(panel, 'people'));
    expect(body.hidden).toBe(false);
    expect(toggle(panel, 'people')?.getAttribute('aria-expanded')).toBe('true');
    await click(toggle(panel, 'people'));
    expect(body.hidden).toBe(true);
  });

  it('renders the WIC in brief', async () => {
    const { panel } = mountPanel();
    const body = await openSection(panel, 'brief');
    expect(body.querySelectorAll('[data-fact-id]')).toHaveLength(fixtureKb.brief.length);
  });

  it('renders this edition: dates, place, theme in English and Chinese, Xi, attendees and moments', () => {
    const { panel } = mountPanel();
    const body = sectionBody(panel, 'edition');
    const text = textOf(body);
    expect(text).toMatch(/3\s*–\s*5 Dec 2017/);
    expect(text).toContain('Wuzhen, Zhejiang');
    expect(text).toContain('Developing Digital Economy for Openness and Shared Benefits');
    expect(body.querySelector('.wic-theme-zh')?.textContent).toBe('发展数字经济促进开放共享——携手共建网络空间命运共同体');
    expect(text).toContain('How Xi took part');
    expect(body.querySelector('[data-fact-id="ed-2017-05"]')).not.toBeNull();
    expect(text).toContain('About 1,500 guests');
  });

  it('renders the article check: verdicts with corrections first, quotes with speaker and translation note, figures', async () => {
    const { panel } = mountPanel();
    const body = sectionBody(panel, 'article');
    const claims = [...body.querySelectorAll<HTMLElement>('.wic-claim')];
    expect(claims.map((c) => c.dataset.verdict)).toEqual(['corrected', 'context']);
    const corrected = claims[0]!;
    expect(textOf(corrected.querySelector('.wic-verdict'))).toBe('Corrected');
    expect(textOf(corrected)).toContain("Correction: The report is 'Freedom on the Net'");
    expect(textOf(claims[1]!.querySelector('.wic-verdict'))).toBe('Needs context');
    await click(body.querySelector('.wic-btn--more'));
    const confirmed = body.querySelector('.wic-claim[data-verdict="confirmed"]');
    expect(textOf(confirmed?.querySelector('.wic-verdict'))).toBe('Confirmed');
    const quote = body.querySelector('.wic-quote')!;
    expect(textOf(quote.querySelector('blockquote'))).toContain('entering a fast lane');
    expect(textOf(quote.querySelector('.wic-quote__speaker'))).toBe('Xi Jinping 习近平');
    expect(textOf(quote)).toContain('Letter read out by an official at the opening');
    expect(textOf(quote)).toContain('3 Dec 2017');
    expect(textOf(quote.querySelector('.wic-quote__translation'))).toContain("Translation: Reuters. Xinhua's official English reads");
    expect([...body.querySelectorAll('[data-figure-id]')].map((f) => f.getAttribute('data-figure-id'))).toEqual(['fig-china-developers', 'fig-china-dev-earnings']);
    expect(textOf(body.querySelector('[data-figure-id="fig-china-dev-earnings"] data'))).toBe('CN¥112 billion');
  });

  it('labels the article section differently when the page is about 2017 but is not the article', () => {
    const { panel } = mountPanel({ page: { ...about2017, isEtArticle: false } });
    expect(textOf(toggle(panel, 'article'))).toBe("E&T's 2017 report, checked");
    expect(textOf(sectionBody(panel, 'article'))).toContain('This page is about the 2017 conference');
  });

  it('has no article section for other editions', () => {
    const { panel } = mountPanel({ page: { kind: 'about', edition: 2014, isEtArticle: false, reasons: [] } });
    expect(panel.querySelector('[data-section="article"]')).toBeNull();
    expect(textOf(sectionBody(panel, 'edition'))).toContain('互联互通·共享共治');
  });

  it('renders people, organisations, places, terms and the remaining figures as cards', async () => {
    const { panel } = mountPanel();
    expect(textOf(toggle(panel, 'people'))).toBe('People 3');
    const people = await openSection(panel, 'people');
    expect(people.querySelectorAll('[data-entity-id]')).toHaveLength(3);
    expect(textOf(people.querySelector('[data-entity-id="person-xu-lin"] .wic-card__title'))).toBe('Xu Lin 徐麟');
    expect((await openSection(panel, 'bodies')).querySelector('[data-entity-id="body-cac"]')).not.toBeNull();
    expect((await openSection(panel, 'places')).querySelector('[data-entity-id="place-wuzhen"]')).not.toBeNull();
    const terms = await openSection(panel, 'terms');
    expect(textOf(terms.querySelector('[data-term-id="term-cyber-sovereignty"] .wic-card__title'))).toBe('Cyber sovereignty 网络主权');
    const figures = await openSection(panel, 'figures');
    expect([...figures.querySelectorAll('[data-figure-id]')].map((f) => f.getAttribute('data-figure-id'))).toEqual(['fig-fotn-china-2017']);
  });

  it('ranks cards found on the page first and offers a jump to them', async () => {
    const { panel, props } = mountPanel({ termCounts: { 'term-vpn': 3 } });
    const terms = await openSection(panel, 'terms');
    const cards = [...terms.querySelectorAll<HTMLElement>('[data-term-id]')];
    expect(cards[0]?.dataset.termId).toBe('term-vpn');
    const jump = cards[0]!.querySelector('.wic-jump');
    expect(textOf(jump)).toBe('Show in page (3)');
    expect(cards[1]!.querySelector('.wic-jump')).toBeNull();
    await click(jump);
    expect(props.onJumpToTerm).toHaveBeenCalledWith('term-vpn');
  });

  it('folds long card lists behind "Show all"', async () => {
    const many: KnowledgeBase = {
      ...fixtureKb,
      terms: Array.from({ length: 7 }, (_, i) => ({ ...fixtureKb.terms[0]!, id: `term-${i}`, name: `Term ${i}` })),
    };
    const { panel } = mountPanel({ kb: many });
    const terms = await openSection(panel, 'terms');
    expect(terms.querySelectorAll('[data-term-id]')).toHaveLength(4);
    await click(terms.querySelector('.wic-btn--more'));
    expect(terms.querySelectorAll('[data-term-id]')).toHaveLength(7);
  });

  it('shows the timeline of all editions in order and marks the page’s own', async () => {
    const { panel } = mountPanel();
    const body = await openSection(panel, 'timeline');
    const items = [...body.querySelectorAll<HTMLElement>('.wic-timeline__item')];
    expect(items.map((i) => i.dataset.year)).toEqual(['2014', '2017', '2018']);
    expect(items.filter((i) => i.getAttribute('aria-current') === 'true').map((i) => i.dataset.year)).toEqual(['2017']);
    expect(textOf(items[0])).toContain('第一届世界互联网大会');
  });
});

describe('sources and citations', () => {
  it('numbers every cited source once and links each to its page in a new tab', async () => {
    const { panel } = mountPanel();
    const body = await openSection(panel, 'sources');
    const entries = [...body.querySelectorAll<HTMLLIElement>('li.wic-source')];
    expect(entries.map((e) => e.id)).toEqual(entries.map((_, i) => `wic-src-${i + 1}`));
    expect(new Set(entries.map((e) => e.dataset.sourceId)).size).toBe(entries.length);
    for (const entry of entries) {
      const link = entry.querySelector('a')!;
      const source = fixtureKb.sources.find((s) => s.id === entry.dataset.sourceId)!;
      expect(link.getAttribute('href')).toBe(source.url);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('gives every fact on the panel a marker that leads to its source entry', async () => {
    const { panel } = mountPanel();
    await openAll(panel);
    const facts = [...panel.querySelectorAll('[data-fact-id]')];
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) expect(fact.querySelector('.wic-cite[data-source-id]'), fact.getAttribute('data-fact-id')!).not.toBeNull();
    const markers = [...panel.querySelectorAll<HTMLElement>('.wic-cite[data-source-id]')];
    for (const marker of markers) {
      expect(marker.tagName).toBe('BUTTON');
      const target = panel.querySelector(marker.dataset.target!);
      expect(target?.getAttribute('data-source-id')).toBe(marker.dataset.sourceId);
      expect(marker.getAttribute('aria-label')).toMatch(/^Source \d+: .+/);
    }
  });

  it('following a marker opens the source list and focuses the entry without touching the page or its URL', async () => {
    const { panel } = mountPanel();
    const before = location.href;
    const marker = panel.querySelector<HTMLElement>('[data-fact-id="ed-2017-05"] .wic-cite')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(() => void marker.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    expect(location.href).toBe(before);
    expect(toggle(panel, 'sources')?.getAttribute('aria-expanded')).toBe('true');
    const entry = panel.querySelector(marker.dataset.target!);
    expect(document.activeElement).toBe(entry);
    expect(entry?.getAttribute('data-arrived')).toBe('true');
    await click(entry?.querySelector('.wic-btn--link'));
    expect(document.activeElement).toBe(marker);
  });

  it('folds long runs of markers behind "+n"', async () => {
    const kb: KnowledgeBase = {
      ...fixtureKb,
      brief: [{ id: 'many', text: 'Widely reported.', confidence: 'confirmed', sources: fixtureKb.sources.slice(0, 7).map((s) => s.id) }],
    };
    const { panel } = mountPanel({ kb, page: { kind: 'none', edition: null, isEtArticle: false, reasons: [] } });
    const fact = panel.querySelector('[data-fact-id="many"]')!;
    expect(fact.querySelectorAll('.wic-cite[data-source-id]')).toHaveLength(3);
    const more = fact.querySelector<HTMLButtonElement>('.wic-cite--more')!;
    expect(textOf(more)).toBe('+4');
    expect(more.getAttribute('aria-label')).toBe('Show 4 more sources');
    await click(more);
    expect(fact.querySelectorAll('.wic-cite[data-source-id]')).toHaveLength(7);
  });
});

describe('how support is shown', () => {
  it('never shows a conflicting fact flat: "Sources disagree" with both sides, each cited', async () => {
    const { panel } = mountPanel({ page: { kind: 'about', edition: 2018, isEtArticle: false, reasons: [] } });
    await openAll(panel);
    const fact = panel.querySelector('[data-fact-id="ed-2018-03"]')!;
    expect(fact.getAttribute('data-confidence')).toBe('conflicting');
    expect(textOf(fact.querySelector('.wic-flag'))).toBe('Sources disagree');
    const sides = [...fact.querySelectorAll('.wic-side')];
    expect(sides.map((s) => textOf(s.querySelector('span')))).toEqual([
      'High-profile US tech representatives were absent amid the trade war.',
      'A German internet-governance blog implies the Google and Apple CEOs attended.',
    ]);
    const sourceOf = (side: Element) => [...side.querySelectorAll<HTMLElement>('.wic-cite[data-source-id]')].map((a) => a.dataset.sourceId);
    expect(sourceOf(sides[0]!)).toEqual(['src-scmp-2018-absent']);
    expect(sourceOf(sides[1]!)).toEqual(['src-igr-2019']);
    expect(textOf(fact)).not.toContain('Sources disagree on whether');
  });

  it('attributes single-source facts ("According to …"), falling back to the source’s publisher', async () => {
    const kb: KnowledgeBase = {
      ...fixtureKb,
      brief: [
        ...fixtureKb.brief,
        { id: 'no-attr', text: 'Only one outlet says so.', confidence: 'single-source', sources: ['src-cnbc-vpn-2017'] },
      ],
    };
    const { panel } = mountPanel({ kb, page: { kind: 'none', edition: null, isEtArticle: false, reasons: [] } });
    expect(textOf(panel.querySelector('[data-fact-id="gen-ctl-01"] .wic-attrib'))).toBe('According to Reporters Without Borders:');
    expect(textOf(panel.querySelector('[data-fact-id="no-attr"] .wic-attrib'))).toBe('According to CNBC:');
    expect(panel.querySelector('[data-fact-id="gen-001"] .wic-attrib')).toBeNull();
  });
});

describe('safety', () => {
  it('renders markup inside knowledge-base strings as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=2</script>';
    const kb: KnowledgeBase = {
      ...fixtureKb,
      brief: [{ id: 'xss', text: evil, confidence: 'single-source', attribution: evil, sources: ['src-wikipedia-wic'] }],
      sources: fixtureKb.sources.map((s) => (s.id === 'src-wikipedia-wic' ? { ...s, title: evil, publisher: evil } : s)),
      entities: fixtureKb.entities.map((e) => ({ ...e, summary: evil, name: evil })),
    };
    const { panel } = mountPanel({ kb, page: { kind: 'none', edition: null, isEtArticle: false, reasons: [{ key: 'x', values: [evil] }] } });
    await openAll(panel);
    expect(panel.querySelector('img, b, script')).toBeNull();
    expect(textOf(panel.querySelector('[data-fact-id="xss"]'))).toContain(evil);
    expect(textOf(panel.querySelector('.wic-sources'))).toContain(evil);
    expect(panel.querySelectorAll('.wic-card__title').length).toBeGreaterThan(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens every external link in a new tab without an opener or referrer', async () => {
    const { panel } = mountPanel();
    await openAll(panel);
    expect(panel.querySelectorAll('a[href^="#"]')).toHaveLength(0); // fragments cannot reach into a shadow root
    const external = [...panel.querySelectorAll('a')];
    expect(external.length).toBeGreaterThan(5);
    for (const a of external) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('UI strings', () => {
  /** Every string that comes from data (or is formatted from it) may appear; nothing else in English. */
  function dataStrings(value: unknown, into: string[] = []): string[] {
    if (typeof value === 'string') into.push(value);
    else if (Array.isArray(value)) for (const v of value) dataStrings(v, into);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) dataStrings(v, into);
    return into;
  }

  it('takes every UI string from t(): with a key-echoing t, no English UI text is left', async () => {
    const { panel } = mountPanel({
      t: keyEchoT,
      uiLang: 'zh',
      termCounts: { 'term-vpn': 2 },
      figureReadings: { 'fig-fotn-china-2017': { text: '13', differs: true } },
      page: { ...about2017, reasons: [{ key: 'detect_reason_title', values: [] }] },
    });
    await openAll(panel);
    let rest = panel.textContent ?? '';
    rest = rest.replace(/⟦[^⟧]*⟧/g, ' ');
    for (const s of dataStrings(fixtureKb).sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
    rest = rest.replace(/CN¥|US\$|\d+/g, ' ');
    expect(rest.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    for (const el of panel.querySelectorAll('[aria-label]')) expect(el.getAttribute('aria-label')).toMatch(/^⟦panel_/);
  });

  it('speaks Chinese when the UI language is zh', () => {
    const { panel } = mountPanel({ t: zhT, uiLang: 'zh' });
    expect(panel.getAttribute('lang')).toBe('zh-Hans');
    expect(textOf(panel.querySelector('h2'))).toBe('WIC 背景');
    expect(textOf(toggle(panel, 'edition'))).toBe('本届大会');
    expect(textOf(sectionBody(panel, 'edition'))).toContain('2017年12月3日至5日');
  });
});

describe('controls', () => {
  it('has every control reachable by keyboard: real buttons and links, none taken out of the tab order', async () => {
    const { panel } = mountPanel();
    await openAll(panel);
    const controls = [...panel.querySelectorAll<HTMLElement>('button, a[href]')];
    expect(controls.length).toBeGreaterThan(20);
    for (const c of controls) {
      expect(c.getAttribute('tabindex')).toBeNull();
      if (c.tagName === 'BUTTON') expect(c.getAttribute('type')).toBe('button');
      expect(textOf(c) || c.getAttribute('aria-label')).toBeTruthy();
    }
  });

  it('fires onClose, onToggleMarks and onDisableSite', async () => {
    const { panel, props } = mountPanel({ marksOn: true });
    await click(panel.querySelector(`button[aria-label="Close the WIC context panel"]`));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    const marks = panel.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(marks.getAttribute('aria-checked')).toBe('true');
    expect(textOf(marks)).toBe('Mark terms');
    await click(marks);
    expect(props.onToggleMarks).toHaveBeenCalledWith(false);
    await click([...panel.querySelectorAll('button')].find((b) => textOf(b) === "Don't show on this site"));
    expect(props.onDisableSite).toHaveBeenCalledTimes(1);
  });

  it('reports the marks switch off and asks to turn it on', async () => {
    const { panel, props } = mountPanel({ marksOn: false });
    const marks = panel.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(marks.getAttribute('aria-checked')).toBe('false');
    await click(marks);
    expect(props.onToggleMarks).toHaveBeenCalledWith(true);
  });

  it('moves focus to its heading when asked to on mount, and only then', async () => {
    let panel: HTMLElement | undefined;
    await act(() => void ({ panel } = mountPanel({ focusOnMount: true })));
    expect(document.activeElement).toBe(panel?.querySelector('h2'));
    unmountAll();
    await act(() => void mountPanel());
    expect(document.activeElement).toBe(document.body);
  });
});

describe('with the bundled knowledge base', () => {
  it.each([
    ['the E&T article', { kind: 'about', edition: 2017, isEtArticle: true, reasons: [] }],
    ['a page that only mentions the WIC', { kind: 'mentions', edition: null, isEtArticle: false, reasons: [] }],
  ] as [string, PanelPage][])('renders %s with every fact cited and no conflict shown flat', { timeout: 60_000 }, async (_, page) => {
    const { panel } = mountPanel({ kb: realKb, page });
    await openAll(panel);
    const facts = [...panel.querySelectorAll<HTMLElement>('[data-fact-id]')];
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) {
      expect(fact.querySelector('.wic-cite[data-source-id]'), fact.dataset.factId).not.toBeNull();
      if (fact.dataset.confidence === 'conflicting') expect(fact.querySelectorAll('.wic-side').length, fact.dataset.factId).toBeGreaterThanOrEqual(2);
    }
    const entries = new Map([...panel.querySelectorAll<HTMLElement>('li.wic-source')].map((li) => [`#${li.id}`, li.dataset.sourceId]));
    for (const marker of panel.querySelectorAll<HTMLElement>('.wic-cite[data-source-id]')) {
      expect(entries.get(marker.dataset.target!)).toBe(marker.dataset.sourceId);
    }
  });
});
