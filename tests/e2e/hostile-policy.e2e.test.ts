// Hostile pages, part 1: content security policy, tampered globals and prototypes, custom-element
// squatters, clobbered document properties and hostile CSS. Each page checks itself
// (tests/fixtures/hostile/selftest.js); the extension must throw nothing and still work.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { EXTENSION_DIR, expectPageOk, panelShown, panelMetrics, type PanelMetrics, hostCount, openPanel, openWatched, ourHighlights, TRACE_WATCH } from './hostile-kit';

const HOSTILE = resolve(FIXTURES, 'hostile');
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'";

describe('hostile pages: policy, tampering, squatters, CSS (Chromium)', () => {
  let s: ChromiumSession;
  /** The panel's sizes on the first (well-behaved apart from its CSP) page, to compare with. */
  let designed: PanelMetrics;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({ '/hostile/': HOSTILE });
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
    await s.context.addInitScript({ content: TRACE_WATCH });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  it('sees errors thrown in the content script world (the watcher can fail)', async () => {
    const url = server.add('/probe/csp.html', { file: resolve(HOSTILE, 'csp-strict.html'), headers: { 'content-security-policy': STRICT_CSP } });
    const w = await openWatched(s, url);
    await expect.poll(() => hostCount(w.page), { timeout: 10_000 }).toBe(1);
    await w.inExtension('setTimeout(() => { throw new Error("probe from the isolated world"); }); Promise.reject(new Error("probe rejection")); console.error("probe console"); 1');
    await expect.poll(() => w.extensionErrors().length, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    expect(w.extensionErrors().join('\n')).toMatch(/probe from the isolated world[\s\S]*probe rejection|probe rejection[\s\S]*probe from the isolated world/);
    await w.page.close();
  });

  it('strict CSP and Trusted Types: the panel still mounts, opens and marks; no violation is ours', async () => {
    const url = server.add('/csp/strict.html', { file: resolve(HOSTILE, 'csp-strict.html'), headers: { 'content-security-policy': STRICT_CSP } });
    const w = await openWatched(s, url);
    await openPanel(s, w.page);
    await expect.poll(() => ourHighlights(w.page), { timeout: 10_000 }).toHaveProperty('wic-fact-panel-term');
    designed = await panelMetrics(w.page);
    expect(designed.width).toBe(380);
    expect(designed.zoom).toBe(1);
    await expectPageOk(w.page);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  });

  const wicPage = async (path: string, check?: (w: Awaited<ReturnType<typeof openWatched>>) => Promise<void>) => {
    const w = await openWatched(s, server.add(path, resolve(HOSTILE, path.split('/').pop()!)));
    await openPanel(s, w.page);
    await expect.poll(() => ourHighlights(w.page), { timeout: 10_000 }).toHaveProperty('wic-fact-panel-term');
    await check?.(w);
    await expectPageOk(w.page);
    await expect(hostCount(w.page)).resolves.toBe(1);
    expect(w.extensionErrors()).toEqual([]);
    await w.page.close();
  };

  it('tampered globals and prototypes never reach the content script; cleared highlights come back', async () => {
    await wicPage('/t/tamper-globals.html', async (w) => {
      await w.page.waitForTimeout(3200);
      await expect.poll(() => ourHighlights(w.page), { timeout: 5_000 }).toHaveProperty('wic-fact-panel-term');
    });
  });

  it('a page that defined <wic-fact-panel> with a closed shadow root: the extension uses a private twin', async () => {
    await wicPage('/t/squatter-shadow.html');
  });

  it('a page whose own <wic-fact-panel> hides itself when connected: ours is not hijacked', async () => {
    await wicPage('/t/squatter-light.html');
  });

  it('named elements that shadow document properties in the page world do not reach the content script', async () => {
    await wicPage('/t/clobber.html', async (w) => {
      expect(await w.page.evaluate(() => typeof document.createElement)).toBe('object');
      expect(await w.inExtension('[typeof document.createElement, String(document.body), String(document.documentElement)]'))
        .toEqual(['function', '[object HTMLBodyElement]', '[object HTMLHtmlElement]']);
    });
  });

  it('a page replaying WXT\'s start signal and location events cannot switch the content script off', async () => {
    await wicPage('/t/wxt-kill-switch.html', async (w) => {
      await w.page.waitForTimeout(3500);
      await s.clickToolbar(w.page);
      await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(false);
      await s.clickToolbar(w.page);
      await expect.poll(() => panelShown(w.page), { timeout: 5_000 }).toBe(true);
    });
  });

  it('hostile CSS: the panel renders at its designed size', async () => {
    await wicPage('/t/hostile-css.html', async (w) => {
      // The page transitions every property over 10 s, our push margin on <html> included: skip to the end.
      await w.page.evaluate(() => { for (const a of document.getAnimations()) if (a instanceof CSSTransition) a.finish(); });
      const m = await panelMetrics(w.page);
      expect({ ...m, frameLeft: 0, pageRight: 0 }).toEqual({ ...designed, frameLeft: 0, pageRight: 0 });
      // Pushed: the page's root box ends where the panel starts, in viewport px, despite zoom: 2.
      await expect.poll(async () => {
        await w.page.evaluate(() => { for (const a of document.getAnimations()) if (a instanceof CSSTransition) a.finish(); });
        const n = await panelMetrics(w.page);
        return [n.pageRight, n.frameLeft];
      }, { timeout: 5_000 }).toEqual([900, 900]);
      // The page's ::backdrop rule must not tint the page through our top-layer host.
      expect(await w.page.evaluate(() => {
        const host = document.querySelector('wic-fact-panel')!;
        const b = getComputedStyle(host, '::backdrop');
        return [b.display === 'none' || b.backgroundColor === 'rgba(0, 0, 0, 0)', b.backdropFilter === 'none' || b.display === 'none'];
      })).toEqual([true, true]);
    });
  });

  it('a quirks-mode page with a zoomed root (zoom: 0.8): designed size, and the push matches the panel', async () => {
    await wicPage('/t/quirks-zoom.html', async (w) => {
      const m = await panelMetrics(w.page);
      expect({ ...m, frameLeft: 0, pageRight: 0 }).toEqual({ ...designed, frameLeft: 0, pageRight: 0 });
      expect(Math.abs(m.pageRight - m.frameLeft)).toBeLessThan(2);
    });
  });
});
