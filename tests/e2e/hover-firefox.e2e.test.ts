// Marks and the hover card in Firefox ESR (the Firefox build as a temporary add-on): highlights
// registered from the content script, the ::highlight stylesheet present, nothing added to the
// article, and a card after resting the pointer on a term.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startServer, type FixtureServer } from './harness/server';
import { DEMO_PAGE } from './harness/paths';

async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await fn();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

// Marks are StaticRanges: this page-side helper turns one into a live Range to read its words and rects.
declare const __live: (r: AbstractRange) => Range;
const INSTALL_LIVE = `window.__live = (r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };`;

const cardSubject = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('[data-wic-hover]')?.shadowRoot?.querySelector('.wic-hover') as HTMLElement | null | undefined;
    return el?.dataset.subject ?? null;
  });

describe('marks and hover card (Firefox ESR)', () => {
  let ff: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({});
    ff = await launchFirefox();
  });
  afterAll(async () => { await ff?.close(); await server?.close(); });

  it('marks the demo article with highlights and shows a card on hover', async () => {
    const page = await ff.newPage(server.add('/content/articles/2017/12/internet-in-china-more-open/', DEMO_PAGE));
    await page.evaluate(INSTALL_LIVE);
    const html = await page.evaluate(() => document.getElementById('article')!.innerHTML);
    const size = await waitFor(() => page.evaluate(() => CSS.highlights.get('wic-fact-panel-term')?.size ?? 0), (n) => n > 0);
    expect(size).toBeGreaterThanOrEqual(35);
    const figures = await page.evaluate(() => [...(CSS.highlights.get('wic-fact-panel-figure') ?? [])].map((r) => __live(r).toString()).sort());
    expect(figures).toEqual(['$17bn', '1.8 million', 'a quarter']);
    // The highlight styles are in the page document (adopted, or a <style> where Firefox refuses adoption).
    const styled = await page.evaluate(() => [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style')].map((s) => s.sheet!)]
      .some((sh) => [...sh.cssRules].some((r) => r.cssText.includes('wic-fact-panel-term'))));
    expect(styled).toBe(true);
    expect(await page.evaluate(() => document.getElementById('article')!.innerHTML)).toBe(html);
    expect(await page.evaluate(() => document.querySelectorAll('wic-mark').length)).toBe(0);

    await page.evaluate(() => (document.querySelector('.cookie-banner button') as HTMLButtonElement).click());
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('wic-fact-panel-term') ?? [])].map((r) => __live(r)).find((r) => r.toString() === 'Xi Jinping')!;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 150, box.y - 60);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    expect(await waitFor(() => cardSubject(page), (s) => s !== null, 5000)).toBe('person-xi-jinping');
    const active = await page.evaluate(() => [...(CSS.highlights.get('wic-fact-panel-active') ?? [])].map((r) => __live(r).toString()));
    expect(active).toEqual(['Xi Jinping']);
    await ff.screenshot(page, 'hover-card-firefox');
    await page.keyboard.press('Escape');
    expect(await waitFor(() => cardSubject(page), (s) => s === null, 3000)).toBeNull();
    await page.close();
  });
});
