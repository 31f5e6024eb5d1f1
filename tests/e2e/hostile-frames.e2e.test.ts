// Hostile pages, part 3: frames and documents that are not HTML. The panel lives only in the top
// frame of an HTML page; frames (same-origin, cross-origin, sandboxed, about:blank, srcdoc,
// framesets) and XML, SVG, plain text, images and PDFs get nothing, and nothing throws.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { EXTENSION_DIR, expectPageOk, hostCount, openPanel, openWatched, selfTest, TRACE_WATCH, traces, type WatchedPage } from './hostile-kit';

const HOSTILE = resolve(FIXTURES, 'hostile');

describe('hostile pages: frames and other documents (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  /** The same server under another site's name: cross-origin (and cross-site) frames. */
  let other: string;
  beforeAll(async () => {
    server = await startServer({ '/hostile/': HOSTILE });
    other = server.origin.replace('127.0.0.1', 'localhost');
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
    await s.context.addInitScript({ content: TRACE_WATCH });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  /** Self-tests of every frame that has one (frames whose scripts are off have none to run). */
  const framesOk = async (page: Page) => {
    const failures: string[] = [];
    let ran = 0;
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const r = await frame.evaluate(() => {
        const f = (window as unknown as { __pageSelfTest?: () => Promise<{ failures: string[] }> }).__pageSelfTest;
        return f ? f() : null;
      }).catch(() => null);
      if (!r) continue;
      ran++;
      failures.push(...r.failures.map((x) => `${frame.url()}: ${x}`));
    }
    return { ran, failures };
  };

  const badge = async (page: Page) => s.badge(await s.tabId(page));
  const settle = (w: WatchedPage) => w.page.waitForTimeout(1500); // past document_idle in every frame

  it('a WIC page with same-origin, cross-origin, sandboxed, about:blank and srcdoc frames: one panel, in the top frame only', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/frames.html?frame=${encodeURIComponent(`${other}/hostile/frame-article.html`)}`);
    await openPanel(s, w.page);
    await settle(w);
    expect(w.page.frames().length).toBe(7);
    expect((await traces(w.page, w.cdp)).filter((t) => !t.startsWith('top:'))).toEqual([]);
    const frames = await framesOk(w.page);
    expect(frames.failures).toEqual([]);
    expect(frames.ran).toBeGreaterThanOrEqual(3);
    await expectPageOk(w.page);
    expect(await hostCount(w.page)).toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('a page that is not about the WIC, framing a WIC article from another site: nothing anywhere', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/frames-cross-origin.html?frame=${encodeURIComponent(`${other}/hostile/frame-article.html`)}`);
    await settle(w);
    expect(w.page.frames().map((f) => new URL(f.url()).host)).toEqual([new URL(server.origin).host, new URL(other).host]);
    expect(await traces(w.page, w.cdp)).toEqual([]);
    expect(await badge(w.page)).toBe('');
    expect((await framesOk(w.page))).toEqual({ ran: 1, failures: [] });
    await expectPageOk(w.page);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('a frameset about the WIC: the panel opens over the top document, the frames get nothing', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/frameset.html`);
    await openPanel(s, w.page);
    await settle(w);
    expect(w.page.frames().length).toBe(3);
    expect((await traces(w.page, w.cdp)).filter((t) => !t.startsWith('top:'))).toEqual([]);
    expect(await framesOk(w.page)).toEqual({ ran: 2, failures: [] });
    await expectPageOk(w.page);
    expect(await hostCount(w.page)).toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('a WIC article served as a sandboxed document (CSP sandbox, opaque origin): no errors, the panel still opens', async () => {
    const url = server.add('/sandboxed/article.html', { file: resolve(HOSTILE, 'frame-article.html'), headers: { 'content-security-policy': 'sandbox allow-scripts' } });
    const w = await openWatched(s, url);
    expect(await w.page.evaluate(() => origin)).toBe('null');
    await openPanel(s, w.page);
    await expectPageOk(w.page);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('an XHTML article is an HTML document: the panel works as on text/html', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/world-internet-conference.xhtml`);
    expect(await w.page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    await openPanel(s, w.page);
    await expectPageOk(w.page);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  for (const file of ['world-internet-conference.xml', 'world-internet-conference.svg']) {
    it(`${file.split('.').pop()!.toUpperCase()} about the WIC: nothing added, no errors`, async () => {
      const w = await openWatched(s, `${server.origin}/hostile/${file}`);
      await settle(w);
      expect(await traces(w.page, w.cdp)).toEqual([]);
      expect(await badge(w.page)).toBe('');
      await expectPageOk(w.page);
      expect(w.extensionErrors()).toEqual([]);
      await w.page.close();
    });
  }

  it('plain text about the WIC: nothing added to the text view, no errors', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/world-internet-conference.txt`);
    await settle(w);
    expect(await w.page.evaluate(() => document.contentType)).toBe('text/plain');
    expect(await traces(w.page, w.cdp)).toEqual([]);
    expect(await badge(w.page)).toBe('');
    // The viewer shows the file as served: one <pre> with its text, nothing else in <body>.
    expect(await w.page.evaluate(() => [document.body.children.length, document.body.firstElementChild?.localName, document.body.textContent?.startsWith('World Internet Conference opens in Wuzhen')]))
      .toEqual([1, 'pre', true]);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('an image whose name is about the WIC: nothing added, no errors', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/world-internet-conference-2017.png`);
    await settle(w);
    expect(await w.page.evaluate(() => [document.contentType, document.body.children.length, document.images[0]?.naturalWidth])).toEqual(['image/png', 1, 1]);
    expect(await traces(w.page, w.cdp)).toEqual([]);
    expect(await badge(w.page)).toBe('');
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('a PDF about the WIC: nothing added to the viewer page, no errors', async () => {
    const w = await openWatched(s, null);
    await w.page.goto(`${server.origin}/hostile/world-internet-conference-2017.pdf`).catch(() => undefined);
    await settle(w);
    const kind = await w.page.evaluate(() => document.contentType).catch(() => 'download');
    console.log('PDF shown as', kind);
    expect(['application/pdf', 'download']).toContain(kind);
    // Chromium's own PDF viewer (a built-in extension) styles its frame with adopted sheets: not ours.
    expect((await traces(w.page, w.cdp)).filter((t) => !/could not inspect/.test(t) && !t.startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/'))).toEqual([]);
    expect(await badge(w.page)).toBe('');
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  it('the probes above could fail: a WIC page shows its traces', async () => {
    const w = await openWatched(s, `${server.origin}/hostile/frame-article.html`);
    await expect.poll(() => hostCount(w.page), { timeout: 10_000 }).toBe(1);
    expect((await traces(w.page, w.cdp)).length).toBeGreaterThan(0);
    expect((await selfTest(w.page)).ok).toBe(true);
    await w.page.close();
  });
});
