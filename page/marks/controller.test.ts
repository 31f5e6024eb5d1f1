// @vitest-environment happy-dom
// The controller end to end on the <wic-mark> path (happy-dom has no Highlight API): reading,
// counts, stepping, jumping, the card, following mutations, switching off and cleaning up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { kb } from '../../data/index';
import { keyEchoT } from '../../components/testing/translator';
import { startMarks, type MarksController } from './controller';

const ARTICLE = `<article id="a">
  <h1>Internet in China is becoming more open, says President Xi</h1>
  <p>The World Internet Conference promotes <em>cyber</em> sovereignty, says the Cyberspace Administration of China.</p>
  <nav>Google in navigation is not marked</nav>
  <p>Developers earned nearly $17bn on the <a href="/store">App Store</a>, said Tim Cook of Apple.</p>
  <p>Some 20 delegates came.</p>
</article>`;

const ORIGINAL = ARTICLE.replace(/^<article id="a">|<\/article>$/g, '');

let ctx: ContentScriptContext;
let marks: MarksController;
let cardRoot: ShadowRoot;

const card = () => cardRoot.querySelector('[data-wic-hover]')?.shadowRoot?.querySelector('.wic-hover') ?? null;
const wrapped = () => [...document.querySelectorAll('wic-mark')].map((el) => el.textContent);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  document.body.innerHTML = `${ARTICLE}<p>outside the article: Google</p>`;
  const host = document.createElement('wic-fact-panel');
  document.documentElement.append(host);
  cardRoot = host.attachShadow({ mode: 'open' });
  ctx = new ContentScriptContext('marks-test');
  marks = startMarks({
    ctx, kb, t: keyEchoT, theme: () => 'light', cardRoot: () => cardRoot, doc: document,
    settings: { markTerms: true, hoverDelayMs: 300 },
  });
  await marks.settled();
});

afterEach(() => {
  marks.destroy();
  ctx.abort();
  document.querySelector('wic-fact-panel')?.remove();
});

describe('startMarks on the fallback path', () => {
  it('marks names and sourced figures in the article only, and counts them', () => {
    expect(wrapped()).toEqual([
      'President Xi', 'cyber', ' sovereignty', 'Cyberspace Administration of China', '$17bn', 'App Store', 'Tim Cook', 'Apple',
    ]);
    const counts = marks.counts();
    expect(counts['term-cyber-sovereignty']).toBe(1);
    expect(counts['body-cac']).toBe(1);
    expect(counts['fig-china-dev-earnings']).toBe(1);
    expect(counts['body-google']).toBeUndefined();
    expect(marks.figureReadings()['fig-china-dev-earnings']).toEqual({ text: '$17bn', differs: false });
    expect(marks.stats()?.painter).toBe('wrap');
    expect(marks.stats()?.marks).toBe(7);
  });

  it('steps through marks in document order and shows each one’s card, numbered', () => {
    marks.step(1);
    expect(card()?.getAttribute('data-subject')).toBe('person-xi-jinping');
    expect(card()?.textContent).toContain('⟦hover_position|1|7⟧');
    marks.step(1);
    expect(card()?.getAttribute('data-subject')).toBe('term-cyber-sovereignty');
    marks.step(-1);
    expect(card()?.getAttribute('data-subject')).toBe('person-xi-jinping');
    marks.step(-1);
    expect(card()?.getAttribute('data-subject')).toBe('body-apple');
    expect(card()?.textContent).toContain('⟦hover_position|7|7⟧');
    expect(document.querySelector('wic-mark[data-active]')?.textContent).toBe('Apple');
  });

  it('jumps to occurrences of an id from the panel, and says when there are none', () => {
    expect(marks.jumpTo('fig-china-dev-earnings')).toBe(true);
    expect(card()?.getAttribute('data-subject')).toBe('fig-china-dev-earnings');
    expect(card()?.textContent).toContain('⟦hover_figure_rounded|$17bn⟧');
    expect(marks.jumpTo('body-google')).toBe(false);
  });

  it('closes the card with Esc', () => {
    marks.step(1);
    expect(card()).not.toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card()).toBeNull();
    expect(document.querySelector('wic-mark[data-active]')).toBeNull();
  });

  it('follows text added to the article', async () => {
    const changed: Record<string, number>[] = [];
    marks.onCountsChange((c) => changed.push(c));
    const p = document.createElement('p');
    p.textContent = 'Later, cyber sovereignty came up again.';
    document.getElementById('a')!.append(p);
    await sleep(200);
    expect(marks.counts()['term-cyber-sovereignty']).toBe(1); // debounced
    await vi.waitFor(() => expect(marks.counts()['term-cyber-sovereignty']).toBe(2), { timeout: 3000, interval: 50 });
    expect(changed.at(-1)?.['term-cyber-sovereignty']).toBe(2);
  });

  it('switching off takes every mark out and leaves the article as it was', () => {
    marks.setEnabled(false);
    expect(wrapped()).toEqual([]);
    expect(document.getElementById('a')!.innerHTML).toBe(ORIGINAL);
    expect(marks.counts()).toEqual({});
    marks.step(1);
    expect(card()).toBeNull();
  });

  it('in the bench build, records a wic:marks measure for each stretch of work and none elsewhere', async () => {
    const measures = () => performance.getEntriesByName('wic:marks', 'measure');
    performance.clearMeasures();
    marks.setEnabled(false);
    marks.setEnabled(true);
    await marks.settled();
    expect(measures()).toHaveLength(0);

    vi.stubEnv('MODE', 'bench');
    try {
      marks.setEnabled(false);
      marks.setEnabled(true);
      await marks.settled();
      const stats = marks.stats()!;
      // Painter set-up, read set-up, one per slice, paint (the matcher was compiled by the first read).
      expect(measures()).toHaveLength(stats.slices + 3);
      const sum = measures().reduce((a, m) => a + m.duration, 0);
      expect(sum).toBeGreaterThanOrEqual(stats.totalMs - 0.5);
      expect(wrapped()).toHaveLength(8);
    } finally {
      vi.unstubAllEnvs();
      performance.clearMeasures();
    }
  });

  it('destroy removes marks, the stylesheet and the card', () => {
    marks.step(1);
    marks.destroy();
    expect(wrapped()).toEqual([]);
    expect(document.getElementById('a')!.innerHTML).toBe(ORIGINAL);
    expect(cardRoot.querySelector('[data-wic-hover]')).toBeNull();
    expect([...document.querySelectorAll('style')].some((s) => s.textContent?.includes('wic-mark'))).toBe(false);
  });
});
