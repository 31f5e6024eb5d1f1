// The panel on the demo article, in the built extension: tab → open, Esc → closed with focus
// back, push where the window has room and overlay where it has not, "Don't show on this site"
// with undo, and axe-core on the open panel in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { mapDemo } from './harness/demo';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const shown = (page: Page) => page.evaluate(() => {
  const panel = document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel');
  return panel instanceof HTMLElement && panel.checkVisibility();
});
const rootMargin = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
const panelWidth = (page: Page) => page.evaluate(() =>
  document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel')?.getBoundingClientRect().width ?? 0);

async function openFromTab(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-tab'));
  await page.locator('wic-fact-panel .wic-tab').click();
  await expect.poll(() => shown(page)).toBe(true);
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const host = document.querySelector('wic-fact-panel');
    const result = await run.run({ include: [[host?.localName ?? 'wic-fact-panel']] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

describe('the panel on the demo article (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => { s = await launchChromium(); });
  afterAll(async () => { await s?.close(); });

  it('opens from its edge tab, pushes the page aside, and Esc closes it, restoring the page and focus', async () => {
    const page = await s.newPage(await mapDemo(s));
    const before = await page.evaluate(() => document.documentElement.getAttribute('style'));
    expect(await rootMargin(page)).toBe('0px');
    await openFromTab(page);
    expect(await rootMargin(page)).toBe('380px');
    expect(Math.round(await panelWidth(page))).toBeGreaterThanOrEqual(380); // 380 px plus its 1 px edge
    expect(Math.round(await panelWidth(page))).toBeLessThanOrEqual(382);
    await s.screenshot(page, 'panel-open-light');
    await page.keyboard.press('Escape');
    await expect.poll(() => shown(page)).toBe(false);
    expect(await rootMargin(page)).toBe('0px');
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? '')).toContain('wic-tab');
    await s.screenshot(page, 'panel-closed-tab');
    await page.close();
  });

  it('overlays, narrower, where the window leaves under 480 px for the page', async () => {
    const page = await s.newPage();
    await page.setViewportSize({ width: 700, height: 800 });
    await page.goto(await mapDemo(s));
    await openFromTab(page);
    expect(await rootMargin(page)).toBe('0px');
    const width = await panelWidth(page);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(380);
    await s.screenshot(page, 'panel-narrow');
    await page.close();
  });

  it('"Don\'t show on this site" hides it with an undo that brings the tab back', async () => {
    const page = await s.newPage(await mapDemo(s));
    await openFromTab(page);
    await page.locator('wic-fact-panel .wic-panel').getByRole('button', { name: /Don.t show on this site/ }).click();
    await expect.poll(() => shown(page)).toBe(false);
    const undo = page.locator('wic-fact-panel .wic-notice__undo');
    await expect.poll(() => undo.isVisible()).toBe(true);
    await undo.click();
    await expect.poll(() => page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-tab'))).toBe(true);
    const stored = await (await s.worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings?.disabledSites ?? []);
    expect(stored).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations when open (${scheme})`, async () => {
      const page = await s.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(await mapDemo(s));
      await openFromTab(page);
      expect(await page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel')?.getAttribute('data-theme'))).toBe(scheme);
      expect(await axe(page)).toEqual([]);
      if (scheme === 'dark') await s.screenshot(page, 'panel-open-dark');
      await page.close();
    });
  }
});
