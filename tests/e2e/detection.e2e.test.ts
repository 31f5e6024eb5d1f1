// Detection in the built extension: a page about the WIC gets exactly one host (with its edition), a
// page that mentions it gets nothing but a quiet badge, other pages get nothing at all; and in-page
// (SPA) navigation moves between them, starting from a page whose gate found no name.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/paths';

const DETECT = join(FIXTURES, 'detect');
const ABOUT = { url: 'https://www.xinhuanet.com/politics/2017-12/03/c_1122049869.htm', file: 'zh-hans-xinhua-2017-opening.html' };
const MENTIONS = { url: 'https://www.cnbc.com/2018/11/11/alibaba-singles-day-2018-record-sales.html', file: 'mention-en-alibaba-singles-day-2018.html' };
const NONE = { url: 'https://www.chinadaily.com.cn/a/202107/13/WS60ed3a1fa310efa1bd661c2e.html', file: 'neg-en-china-internet-conference-beijing.html' };
const SPA = 'https://spa.example-news.com/';

/** Everything the page's own DOM says about itself: any element, attribute or style we added shows here. */
const snapshot = (page: Page) => page.evaluate(() => [
  document.documentElement.outerHTML.length,
  document.querySelectorAll('*').length,
  [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
  document.documentElement.style.cssText, document.body.style.cssText,
  CSS.highlights?.size ?? 0,
].join('|'));
const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('wic-fact-panel').length);
/** The edition on the shadow root's root element, as the contract has it (the panel may be closed). */
const edition = (page: Page) => page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot?.firstElementChild?.getAttribute('data-edition') ?? null);

/** A one-page app: its router swaps the article in place and pushes the new address. */
function spaShell(): string {
  const article = (file: string) => {
    const html = readFileSync(join(DETECT, file), 'utf8');
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
    return { title, body: body.replace(/<script[\s\S]*?<\/script>/gi, '') };
  };
  const routes = { '/weather': { title: 'Rain tomorrow', body: '<main><h1>Rain tomorrow</h1><p>Showers from the west.</p></main>' }, '/wic': article(ABOUT.file), '/beijing': article(NONE.file) };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rain tomorrow</title></head><body><div id="app">${routes['/weather'].body}</div>
<script>const routes = ${JSON.stringify(routes)};
window.go = (path) => { history.pushState({}, '', path); const r = routes[path]; document.title = r.title; document.getElementById('app').innerHTML = r.body; };</script></body></html>`;
}

describe('detection (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
    for (const p of [ABOUT, MENTIONS, NONE]) await s.mapUrl(p.url, join(DETECT, p.file));
    const shell = join(mkdtempSync(join(tmpdir(), 'wic-spa-')), 'spa-shell.html');
    writeFileSync(shell, spaShell());
    await s.mapUrl(`${SPA}**`, shell);
  });
  afterAll(async () => { await s?.close(); });

  it('about: exactly one host with an open shadow root and the edition; badge "WIC"', async () => {
    const page = await s.newPage(ABOUT.url);
    await page.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1);
    expect(await page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot?.mode)).toBe('open');
    await expect.poll(() => edition(page)).toBe('2017');
    await expect.poll(async () => s.badge(await s.tabId(page))).toBe('WIC');
    await page.close();
  });

  it('mentions: nothing added to the page, a quiet "·" badge', async () => {
    const page = await s.newPage(MENTIONS.url);
    const before = await snapshot(page);
    await expect.poll(async () => s.badge(await s.tabId(page))).toBe('·');
    expect(await hosts(page)).toBe(0);
    expect(await snapshot(page)).toBe(before);
    await page.close();
  });

  it('none (a hard negative: the China Internet Conference): nothing at all, no badge', async () => {
    const page = await s.newPage(NONE.url);
    const before = await snapshot(page);
    await page.waitForTimeout(1500);
    expect(await hosts(page)).toBe(0);
    expect(await snapshot(page)).toBe(before);
    expect(await s.badge(await s.tabId(page))).toBe('');
    await page.close();
  });

  it('follows in-page navigation: none → about mounts the host, about → none removes it and the badge', async () => {
    const page = await s.newPage(`${SPA}weather`);
    const tab = await s.tabId(page);
    await page.waitForTimeout(800);
    expect(await hosts(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { go(p: string): void }).go('/wic'));
    await page.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1, undefined, { timeout: 10_000 });
    await expect.poll(() => edition(page)).toBe('2017');
    await expect.poll(() => s.badge(tab)).toBe('WIC');
    await page.evaluate(() => (window as unknown as { go(p: string): void }).go('/beijing'));
    await expect.poll(() => hosts(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => s.badge(tab)).toBe('');
    await page.close();
  });
});
