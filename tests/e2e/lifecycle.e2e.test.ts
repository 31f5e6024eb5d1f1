// The extension reloaded or switched off while a WIC page is open: the old content script must take
// its panel, marks, styles and layout changes away without an error, and a reload of the page
// brings everything back.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { EXTENSION_DIR, expectPageOk, firstMarkPoint, hostCount, openPanel, openWatched, ourHighlights, type WatchedPage } from './hostile-kit';

const HOSTILE = resolve(FIXTURES, 'hostile');

/** Everything of ours a page could still show: elements, highlights, adopted sheets, the push margin. */
const leftovers = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  for (const el of document.querySelectorAll('*')) if (el.localName.startsWith('wic-')) out.push(`element ${el.localName}`);
  CSS.highlights.forEach((_, name) => { if (name.startsWith('wic-')) out.push(`highlight ${name}`); });
  if (document.adoptedStyleSheets.length) out.push(`${document.adoptedStyleSheets.length} adopted sheet(s)`);
  const margin = getComputedStyle(document.documentElement).marginRight;
  if (margin !== '0px') out.push(`html margin-right ${margin}`);
  return out;
});

describe('extension reloaded or disabled while a page is open (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({ '/hostile/': HOSTILE });
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  /** A WIC page with the panel open (pushing the page) and marks painted. */
  async function busyPage(): Promise<WatchedPage> {
    const w = await openWatched(s, `${server.origin}/hostile/frame-article.html`);
    await openPanel(s, w.page);
    await expect.poll(() => ourHighlights(w.page), { timeout: 10_000 }).toHaveProperty('wic-fact-panel-term');
    expect(await leftovers(w.page)).toContain('html margin-right 380px');
    return w;
  }

  /** Moves over a mark and around while the old content script finds out it is orphaned. */
  async function pokeAt(w: WatchedPage, point: { x: number; y: number } | null): Promise<void> {
    if (point) await w.page.mouse.move(point.x, point.y, { steps: 3 });
    await w.page.waitForTimeout(600);
    await w.page.mouse.move(10, 10, { steps: 3 });
    await w.page.keyboard.press('Escape');
    await w.page.setViewportSize({ width: 1100, height: 800 });
    await w.page.setViewportSize({ width: 1280, height: 800 });
  }

  async function expectWorksAgain(w: WatchedPage): Promise<void> {
    // Starting again, the background runs the gate on the pages already open: the content code
    // comes back to this one without a reload.
    await expect.poll(() => hostCount(w.page), { timeout: 10_000 }).toBe(1);
    await w.page.reload();
    await openPanel(s, w.page);
    expect(await hostCount(w.page)).toBe(1);
    await expectPageOk(w.page);
  }

  /** chrome://extensions, whose page may use chrome.management on any extension. */
  async function extensionsPage(): Promise<Page> {
    const admin = await s.context.newPage();
    await admin.goto('chrome://extensions/');
    return admin;
  }
  const setEnabled = async (admin: Page, on: boolean) => {
    const next = on ? s.context.waitForEvent('serviceworker', { timeout: 20_000 }) : null;
    await admin.evaluate(([id, enabled]) => chrome.management.setEnabled(id, enabled), [s.extensionId, on] as const);
    await next;
  };
  const enabled = (admin: Page) => admin.evaluate((id) => chrome.management.get(id).then((e: { enabled: boolean }) => e.enabled), s.extensionId);

  it('chrome.runtime.reload(): the old panel and marks are cleaned up, no errors; a page reload works again', async () => {
    const w = await busyPage();
    const point = await firstMarkPoint(w.page);
    const worker = await s.worker();
    await worker.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 50); }).catch(() => undefined);
    await pokeAt(w, point);
    await expect.poll(() => leftovers(w.page), { timeout: 10_000 }).toEqual([]);
    expect(w.extensionErrors()).toEqual([]);
    await expectPageOk(w.page);
    // Chromium leaves an unpacked extension loaded from the command line disabled after a reload
    // ("unsupported developer extension"); switch it back on as a fresh install would start.
    const admin = await extensionsPage();
    await expect.poll(async () => !(await enabled(admin)) || s.context.serviceWorkers().length > 0, { timeout: 10_000 }).toBe(true);
    if (!(await enabled(admin))) await setEnabled(admin, true);
    await admin.close();
    await expectWorksAgain(w);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('disabled and enabled again from chrome://extensions: cleaned up while off, no errors; a page reload works again', async () => {
    const w = await busyPage();
    const point = await firstMarkPoint(w.page);
    const admin = await extensionsPage();
    await setEnabled(admin, false);
    await pokeAt(w, point);
    await expect.poll(() => leftovers(w.page), { timeout: 10_000 }).toEqual([]);
    expect(w.extensionErrors()).toEqual([]);
    // Off: a reload shows nothing at all.
    await w.page.reload();
    await w.page.waitForTimeout(1000);
    expect(await leftovers(w.page)).toEqual([]);
    await setEnabled(admin, true);
    await admin.close();
    await expectWorksAgain(w);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });
});
