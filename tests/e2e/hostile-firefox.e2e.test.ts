// Hostile pages in Firefox ESR, where content scripts differ most from Chromium: styles may not be
// adopted from a content script (a <style> in our shadow root instead), and page CSP and page CSS
// reach content-script DOM differently. The panel, opened from its edge tab, must keep its size.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { FIXTURES } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

const HOSTILE = resolve(FIXTURES, 'hostile');
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'";

async function until(fn: () => Promise<boolean>, timeout = 15_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await fn().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}

/** Opens the panel from its edge tab (the toolbar is out of reach here) and measures it. */
async function openFromTab(page: Page): Promise<{ width: number; position: string; font: string }> {
  expect(await until(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-tab')))).toBe(true);
  await page.evaluate(() => (document.querySelector('wic-fact-panel')!.shadowRoot!.querySelector('.wic-tab') as HTMLElement).click());
  expect(await until(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-frame')))).toBe(true);
  return page.evaluate(() => {
    const root = document.querySelector('wic-fact-panel')!.shadowRoot!;
    const frame = root.querySelector('.wic-frame')!;
    return { width: Math.round(frame.getBoundingClientRect().width), position: getComputedStyle(frame).position, font: getComputedStyle(root.querySelector('h2')!).fontSize };
  });
}

/** The page's self-test failures, but for Firefox fetching the page's favicon itself (not ours; Chromium does not report it). */
const selfTest = async (page: Page) => {
  const r = await page.evaluate(() => (window as unknown as { __pageSelfTest(): Promise<{ failures: string[] }> }).__pageSelfTest());
  return { failures: r.failures.filter((f) => !/^CSP violation: img-src \S+\/favicon\.ico /.test(f)) };
};

describe('hostile pages in Firefox ESR', () => {
  let ff: FirefoxSession;
  let server: FixtureServer;
  let designed: { width: number; position: string; font: string };
  beforeAll(async () => {
    server = await startServer({ '/hostile/': HOSTILE });
    ff = await launchFirefox();
  });
  afterAll(async () => { await ff?.close(); await server?.close(); });

  it('a well-behaved WIC page: the panel opens from its tab, styled', async () => {
    const page = await ff.newPage(`${server.origin}/hostile/frame-article.html`);
    designed = await openFromTab(page);
    expect(designed).toMatchObject({ width: 380, position: 'fixed' });
    expect((await selfTest(page)).failures).toEqual([]);
    await page.close();
  });

  it('strict CSP: the panel is styled as designed and no violation is ours', async () => {
    const page = await ff.newPage(server.add('/ff/csp.html', { file: resolve(HOSTILE, 'csp-strict.html'), headers: { 'content-security-policy': STRICT_CSP } }));
    expect(await openFromTab(page)).toEqual(designed);
    expect((await selfTest(page)).failures).toEqual([]);
    await page.close();
  });

  it('hostile CSS: the panel keeps its designed size', async () => {
    const page = await ff.newPage(`${server.origin}/hostile/hostile-css.html`);
    expect(await openFromTab(page)).toEqual(designed);
    expect((await selfTest(page)).failures).toEqual([]);
    await page.close();
  });

  it('sabotaged builtins and a squatter on <wic-fact-panel> do not reach the content script', async () => {
    for (const name of ['tamper-globals.html', 'squatter-light.html']) {
      const page = await ff.newPage(`${server.origin}/hostile/${name}`);
      // The squatter page keeps <wic-fact-panel> for itself: ours is then a private twin.
      const ours = await until(() => page.evaluate(() => [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('wic-fact-panel') && !!el.shadowRoot?.querySelector('.wic-tab'))));
      expect(ours, name).toBe(true);
      if (name === 'tamper-globals.html') await new Promise((r) => setTimeout(r, 3_200)); // two of its highlight clean-ups
      expect((await selfTest(page)).failures, name).toEqual([]);
      await page.close();
    }
  });
});
