import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { mapDemo } from './harness/demo';
import { startDisplay, type Display } from './harness/xvfb';

const panelOpen = () => {
  const panel = document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel');
  return panel instanceof HTMLElement && panel.checkVisibility();
};

describe('keyboard command, pressed for real (headful Chromium on Xvfb)', () => {
  let x: Display;
  let s: ChromiumSession;
  beforeAll(async () => {
    x = await startDisplay();
    s = await launchChromium({ headless: false, display: x.display });
  });
  afterAll(async () => { await s?.close(); x?.stop(); });

  it('Alt+Shift+K opens and closes the panel and moves focus into it', async () => {
    const page = await s.newPage(await mapDemo(s));
    await page.waitForFunction(() => document.querySelector('wic-fact-panel') !== null);
    await page.click('h1');
    x.press('alt+shift+k');
    await expect.poll(() => page.evaluate(panelOpen)).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('wic-fact-panel');
    x.press('alt+shift+k');
    await expect.poll(() => page.evaluate(panelOpen)).toBe(false);
  });
});
