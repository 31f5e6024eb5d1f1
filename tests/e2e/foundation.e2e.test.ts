import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { mapDemo } from './harness/demo';
import { startServer, type FixtureServer } from './harness/server';
import { FIXTURES } from './harness/paths';
import { resolve } from 'node:path';

const panelShown = () => {
  const panel = document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel');
  return panel instanceof HTMLElement && panel.checkVisibility();
};

describe('foundation (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  beforeAll(async () => {
    s = await launchChromium();
    server = await startServer({});
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  it('mounts one panel host on the demo page and toggles it from the toolbar and the command', async () => {
    const page = await s.newPage(await mapDemo(s));
    await page.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1);
    expect(await page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot?.mode)).toBe('open');
    const tab = await s.tabId(page);
    await expect.poll(() => s.badge(tab)).toBe('WIC');
    expect(await page.evaluate(panelShown)).toBe(false);

    await s.clickToolbar(page);
    await expect.poll(() => page.evaluate(panelShown)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('[data-edition]')?.getAttribute('data-edition'))).toBe('2017');
    await s.screenshot(page, 'foundation-panel-open');
    await s.clickToolbar(page);
    await expect.poll(() => page.evaluate(panelShown)).toBe(false);

    await s.command('toggle-panel', page);
    await expect.poll(() => page.evaluate(panelShown)).toBe(true);
    await s.command('toggle-panel', page);
    await expect.poll(() => page.evaluate(panelShown)).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('wic-fact-panel').length)).toBe(1);
    await page.close();
  });

  it('clears the badge when the tab moves on to a page that is not about the WIC', async () => {
    const page = await s.newPage(await mapDemo(s));
    const tab = await s.tabId(page);
    await expect.poll(() => s.badge(tab)).toBe('WIC');
    const other = server.add('/plain.html', resolve(FIXTURES, 'site/plain-article.html'));
    await page.goto(other);
    await expect.poll(() => s.badge(tab)).toBe('');
    expect(await page.evaluate(() => document.querySelector('wic-fact-panel'))).toBeNull();
    await page.goBack();
    await expect.poll(() => s.badge(tab)).toBe('WIC');
    await page.close();
  });

  it('makes no request beyond loopback and its own packaged files', async () => {
    s.requests.length = 0;
    const page = await s.newPage(await mapDemo(s));
    await page.waitForFunction(() => document.querySelector('wic-fact-panel') !== null);
    await s.clickToolbar(page);
    await expect.poll(() => page.evaluate(panelShown)).toBe(true);
    await page.mouse.move(300, 500);
    await page.waitForTimeout(800);
    const outside = s.requests.filter((r) => r.blocked);
    const foreign = s.requests.filter((r) => r.from === 'extension' && !r.url.startsWith(`chrome-extension://${s.extensionId}/`));
    expect(outside).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
