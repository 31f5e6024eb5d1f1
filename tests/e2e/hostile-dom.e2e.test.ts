// Hostile pages, part 2: DOM under stress. A mutation storm, infinite scroll, a 10 MB article, a
// 10,000-deep tree, and pages that delete elements they do not know. Each page checks itself; the
// extension must throw nothing, keep its marks true to the text, and keep the panel available.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { bigArticle } from '../fixtures/hostile/generate';
import { EXTENSION_DIR, expectPageOk, hostCount, openPanel, openWatched, ourHighlights, panelShown, TRACE_WATCH, traces, type WatchedPage } from './hostile-kit';

const HOSTILE = resolve(FIXTURES, 'hostile');

describe('hostile pages: DOM under stress (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  let tmp: string;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'wic-hostile-'));
    writeFileSync(join(tmp, 'big-text.html'), bigArticle());
    server = await startServer({ '/hostile/': HOSTILE, '/generated/': tmp });
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
    await s.context.addInitScript({ content: TRACE_WATCH });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const open = (name: string): Promise<WatchedPage> => openWatched(s, `${server.origin}/hostile/${name}`);
  const finish = async (w: WatchedPage) => {
    const self = await expectPageOk(w.page);
    expect(await hostCount(w.page)).toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
    return self;
  };

  /** Every range we paint still covers connected, non-empty text (stale marks are pruned). */
  const marksAreLive = (w: WatchedPage) => w.page.evaluate(() => {
    const bad: string[] = [];
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('wic-')) return;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        n++;
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) { bad.push(`${name}: detached`); continue; }
        // Marks are StaticRanges: read their words through a live Range.
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (!/\p{L}|\p{N}/u.test(live.toString())) bad.push(`${name}: "${live.toString()}"`);
      }
    });
    return { n, bad };
  });

  it('a mutation storm (1,000 a second for 5 s) inside the article: the page keeps pace, marks stay true', async () => {
    const w = await open('mutation-storm.html');
    await openPanel(s, w.page);
    await expect.poll(() => ourHighlights(w.page), { timeout: 10_000 }).toHaveProperty('wic-fact-panel-term');
    await w.page.evaluate(() => (window as unknown as { __startStorm(): boolean }).__startStorm());
    await w.page.evaluate(() => (window as unknown as { __stormFinished: Promise<number> }).__stormFinished);
    const self = await expectPageOk(w.page);
    console.log('mutation storm', self.notes);
    // 5,000 mutations paced over 5 s: a main thread we blocked would finish late, with a long gap.
    expect(self.notes.stormMs as number).toBeLessThan(6_500);
    expect(self.notes.maxGapMs as number).toBeLessThan(1_500);
    // After the flood calms down the article is read again; every mark still covers live text.
    await expect.poll(() => w.inExtension<string>('globalThis.__wicFactPanelMarks.stats().reason'), { timeout: 15_000 }).not.toBe('start');
    const live = await marksAreLive(w);
    expect(live.bad).toEqual([]);
    expect(live.n).toBeGreaterThan(0);
    await finish(w);
  });

  it('infinite scroll: 30 batches load as the reader scrolls, and new text gets its marks', async () => {
    const w = await open('infinite-scroll.html');
    await openPanel(s, w.page);
    const before = (await ourHighlights(w.page))['wic-fact-panel-term'] ?? 0;
    for (let i = 0; i < 80 && (await w.page.evaluate(() => (window as unknown as { __loaded(): number }).__loaded())) < 30; i++) {
      await w.page.mouse.wheel(0, 5000);
      await w.page.waitForTimeout(60);
    }
    await expect.poll(async () => (await ourHighlights(w.page))['wic-fact-panel-term'] ?? 0, { timeout: 10_000 }).toBeGreaterThan(before + 30);
    expect((await marksAreLive(w)).bad).toEqual([]);
    await finish(w);
  });

  it('a 10 MB article: the panel opens and marks it, nothing throws', { timeout: 240_000 }, async () => {
    const w = await openWatched(s, `${server.origin}/generated/big-text.html`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await expect.poll(() => hostCount(w.page), { timeout: 120_000 }).toBe(1);
    await s.clickToolbar(w.page);
    await expect.poll(() => panelShown(w.page), { timeout: 60_000 }).toBe(true);
    await expect.poll(async () => (await ourHighlights(w.page))['wic-fact-panel-term'] ?? 0, { timeout: 60_000 }).toBeGreaterThan(1000);
    const gap = await w.page.evaluate(() => (window as unknown as { __watched: Promise<number> }).__watched);
    console.log('10 MB page: longest main-thread block after load (ms)', Math.round(gap), await w.inExtension('JSON.stringify(globalThis.__wicFactPanelMarks.stats())'));
    await finish(w);
  });

  it('a 10,000-deep tree inside the article: no stack overflow, the deepest text is marked', async () => {
    const w = await open('deep-dom.html');
    await openPanel(s, w.page);
    await expect.poll(() => w.page.evaluate(() => {
      const h = CSS.highlights.get('wic-fact-panel-term');
      if (!h) return false;
      for (const r of h as unknown as Iterable<AbstractRange>) if (r.startContainer.parentElement?.textContent?.startsWith('At the bottom of it all')) return true;
      return false;
    }), { timeout: 10_000 }).toBe(true);
    await finish(w);
  });

  it('a busy page that is not about the WIC (URL churn, DOM churn, sabotaged builtins): no trace, no badge', async () => {
    const w = await open('quiet-storm.html');
    await expectPageOk(w.page);
    expect(await traces(w.page, w.cdp)).toEqual([]);
    expect(await s.badge(await s.tabId(w.page))).toBe('');
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('a page that deletes unknown elements from <body> never has to delete one of ours', async () => {
    const w = await open('body-deleter.html');
    await openPanel(s, w.page);
    await finish(w);
  });

  it('a page that clears unknown children of <html> once: the toolbar brings the panel back', async () => {
    const w = await open('html-deleter.html');
    await expect.poll(() => hostCount(w.page), { timeout: 10_000 }).toBe(1);
    const removed = await w.page.evaluate(() => (window as unknown as { __hydrate(): string[] }).__hydrate());
    expect(removed).toEqual(['wic-fact-panel']);
    await s.clickToolbar(w.page);
    await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(true);
    await finish(w);
  });

});
