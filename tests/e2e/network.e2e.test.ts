// Zero network: every request the browser makes while the extension works (the demo article with
// the panel open and hover cards shown, hostile fixtures, the settings page) is recorded, from the
// context (pages and the service worker) and from each page's network log with its initiator. Fails on
// any request to a non-loopback address and on any request the extension makes for anything other
// than its own packaged files.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { DEMO_URL, mapDemo } from './harness/demo';
import { CHROME_BUILD, FIXTURES } from './harness/paths';
import { isLoopback, startServer, type FixtureServer } from './harness/server';
import { EXTENSION_DIR, firstMarkPoint, openPanel, panelShown } from './hostile-kit';

interface Seen { url: string; initiator: string; page: string }

describe('network: nothing leaves the machine, the extension fetches only its own files (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  const seen: Seen[] = [];
  const build = EXTENSION_DIR ?? CHROME_BUILD;

  beforeAll(async () => {
    server = await startServer({ '/hostile/': resolve(FIXTURES, 'hostile') });
    s = await launchChromium({ extensionDir: EXTENSION_DIR });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  /** A page whose every request (with the script that started it) is logged through CDP. */
  async function watchedPage(): Promise<Page> {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = (e.initiator.stack?.callFrames ?? []).map((f) => f.url);
      let parent = e.initiator.stack?.parent;
      while (parent) { frames.push(...parent.callFrames.map((f) => f.url)); parent = parent.parent; }
      seen.push({ url: e.request.url, initiator: [e.initiator.type, e.initiator.url ?? '', ...frames].join(' '), page: page.url() });
    });
    await cdp.send('Network.enable');
    return page;
  }

  const ours = (url: string) => url.startsWith(`chrome-extension://${s.extensionId}/`);
  const packaged = (url: string) => existsSync(resolve(build, decodeURIComponent(new URL(url).pathname).replace(/^\//, '')));

  /** Realistic addresses the harness answers from local files: they never reach the network. */
  const FAVICON = new URL('/favicon.ico', DEMO_URL).href;
  const mapped = new Set([DEMO_URL, FAVICON]);

  it('the demo article: panel open, every section expanded, hover cards, marks stepping', async () => {
    const page = await watchedPage();
    await s.mapUrl(FAVICON, resolve(FIXTURES, 'hostile/world-internet-conference-2017.png'));
    await page.goto(await mapDemo(s));
    await openPanel(s, page);
    // Expand every collapsed section and "more" list the panel offers (no links: they leave the page).
    for (let round = 0; round < 3; round++) {
      const clicked = await page.evaluate(() => {
        const shadow = document.querySelector('wic-fact-panel')!.shadowRoot!;
        let n = 0;
        for (const b of shadow.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"], button.wic-btn--more')) { b.click(); n++; }
        return n;
      });
      if (!clicked) break;
      await page.waitForTimeout(200);
    }
    await page.click('.cookie-banner button').catch(() => undefined);
    const point = await firstMarkPoint(page);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x - 40, point!.y, { steps: 3 });
    await page.mouse.move(point!.x, point!.y, { steps: 6 });
    await page.waitForTimeout(1200);
    for (const name of ['next-term', 'next-term', 'previous-term', 'toggle-marks', 'toggle-marks']) await s.command(name, page);
    await page.waitForTimeout(600);
    expect(await panelShown(page)).toBe(true);
    await page.close();
  });

  it('hostile fixtures: strict CSP, frames from another site, infinite scroll', async () => {
    const other = server.origin.replace('127.0.0.1', 'localhost');
    const csp = server.add('/net/csp.html', { file: resolve(FIXTURES, 'hostile/csp-strict.html'), headers: { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'" } });
    for (const url of [csp, `${server.origin}/hostile/frames.html?frame=${encodeURIComponent(`${other}/hostile/frame-article.html`)}`, `${server.origin}/hostile/infinite-scroll.html`]) {
      const page = await watchedPage();
      await page.goto(url);
      await openPanel(s, page);
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(500);
      await page.close();
    }
  });

  it('the settings page, used', async () => {
    const page = await watchedPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.waitForLoadState('load');
    const inputs = await page.locator('input[type="checkbox"], input[type="radio"]').all();
    for (const input of inputs.slice(0, 6)) await input.click().catch(() => undefined);
    await page.waitForTimeout(500);
    expect(inputs.length).toBeGreaterThan(0);
    await page.close();
  });

  it('all of it: no request beyond loopback; extension requests only for its own packaged files', () => {
    const all = [...s.requests.map((r) => r.url), ...seen.map((r) => r.url).filter((u) => !mapped.has(u))];
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((u) => !isLoopback(u))).toEqual([]);
    // Requests for extension URLs: ours, and files that are in the package.
    const extensionUrls = all.filter((u) => u.startsWith('chrome-extension://'));
    expect(extensionUrls.filter((u) => !ours(u))).toEqual([]);
    expect(extensionUrls.filter((u) => !packaged(u))).toEqual([]);
    expect(extensionUrls.some((u) => u.endsWith('/wic-app.js'))).toBe(true);
    // Requests started by our code (its scripts in the initiator stack), or by the service worker.
    const byUs = [
      ...seen.filter((r) => r.initiator.includes(`chrome-extension://${s.extensionId}/`)).map((r) => r.url),
      ...s.requests.filter((r) => r.from === 'extension').map((r) => r.url),
    ];
    expect(byUs.length).toBeGreaterThan(0);
    expect(byUs.filter((u) => !ours(u) || !packaged(u))).toEqual([]);
  });
});
