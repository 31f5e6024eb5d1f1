import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { mapDemo } from './harness/demo';

describe('foundation (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => { s = await launchChromium(); });
  afterAll(async () => { await s?.close(); });

  it('mounts one panel host on the demo page and toggles from the toolbar', async () => {
    const page = await s.newPage(await mapDemo(s));
    await page.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1);
    const tab = await s.tabId(page);
    await expect.poll(() => s.badge(tab)).toBe('WIC');
    await s.clickToolbar(page);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel'))).toBe(true);
    await s.clickToolbar(page);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel'))).toBe(false);
    await s.command('toggle-panel', page);
    await expect.poll(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel'))).toBe(true);
  });
});
