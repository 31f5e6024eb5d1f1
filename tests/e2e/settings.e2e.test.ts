// The settings page against the built extension in Chromium: accessible in light and dark, usable by
// keyboard, applied live to open tabs, robust to corrupt storage, and kept across a browser restart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { mapDemo } from './harness/demo';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DEMO_SITE = 'eandt.theiet.org';

const eventually = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, message });

/** What the extension draws on a page: the open panel, the edge tab (with its side), or nothing. */
const drawn = (page: Page) => page.evaluate(() => {
  const root = document.querySelector('wic-fact-panel')?.shadowRoot;
  if (root?.querySelector('.wic-panel')) return 'panel';
  const tab = root?.querySelector('.wic-tab');
  return tab ? `tab-${tab.getAttribute('data-side')}` : 'nothing';
});

async function stored(s: ChromiumSession): Promise<Record<string, unknown>> {
  return (await s.worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
}

async function openSettings(s: ChromiumSession): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 960, height: 1640 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('settings page (Chromium)', () => {
  let s: ChromiumSession;
  let demo: Page;
  let settings: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    s = await launchChromium();
    demo = await s.newPage(await mapDemo(s));
    await demo.waitForFunction(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-tab'), null, { timeout: 15_000 });
    settings = await openSettings(s);
    settings.on('pageerror', (e) => errors.push(e.message));
    settings.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  });
  afterAll(async () => { await s?.close(); });

  it('shows every setting with its stored value, strings from the locale files', async () => {
    expect(await settings.title()).toBe('WIC Fact Panel settings');
    expect(await settings.getByRole('switch', { name: 'Open the panel automatically' }).isChecked()).toBe(false);
    expect(await settings.getByRole('switch', { name: 'Mark key terms and figures' }).isChecked()).toBe(true);
    expect(await settings.getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    expect(await settings.getByRole('radio', { name: /^Automatic/ }).isChecked()).toBe(true);
    expect(await settings.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    expect(await settings.getByRole('slider', { name: 'Hover delay' }).inputValue()).toBe('300');
    expect(await settings.getByRole('textbox', { name: 'Add a site' }).count()).toBe(1);
    const keys = await settings.locator('kbd').allTextContents();
    expect(keys).toEqual(['Alt+Shift+K', 'Alt+Shift+M', 'Alt+Shift+Period', 'Alt+Shift+Comma']);
    expect(await settings.locator('body').innerText()).not.toMatch(/__MSG_|settings_[a-z]/);
  });

  it('has no axe violations in light or dark, follows the system scheme and the theme override', async () => {
    await settings.emulateMedia({ colorScheme: 'light' });
    await eventually(() => settings.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await axeViolations(settings)).toEqual([]);
    await s.screenshot(settings, 'settings-light');

    await settings.emulateMedia({ colorScheme: 'dark' });
    await eventually(() => settings.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(settings)).toEqual([]);
    await s.screenshot(settings, 'settings-dark');

    await settings.getByRole('radio', { name: 'Light' }).check();
    await eventually(() => settings.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await eventually(async () => (await stored(s)).theme).toBe('light');
    await settings.getByRole('radio', { name: 'Follow the system' }).check();
    await eventually(() => settings.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await settings.emulateMedia({ colorScheme: 'light' });
  });

  it('works from the keyboard alone', async () => {
    await settings.reload();
    await settings.getByRole('heading', { level: 1 }).waitFor();
    await settings.keyboard.press('Tab');
    expect(await settings.evaluate(() => document.activeElement?.id)).toBe('auto-open');
    await settings.keyboard.press('Space');
    await eventually(async () => (await stored(s)).autoOpen).toBe(true);
    await settings.keyboard.press('Space');
    await eventually(async () => (await stored(s)).autoOpen).toBe(false);

    await settings.keyboard.press('Tab');
    expect(await settings.evaluate(() => document.activeElement?.id)).toBe('side-right');
    await settings.keyboard.press('ArrowRight');
    await eventually(async () => (await stored(s)).side).toBe('left');
    await eventually(() => drawn(demo)).toBe('tab-left');
    await settings.keyboard.press('ArrowLeft');
    await eventually(async () => (await stored(s)).side).toBe('right');

    await settings.getByRole('slider', { name: 'Hover delay' }).focus();
    await settings.keyboard.press('ArrowRight');
    await eventually(async () => (await stored(s)).hoverDelayMs).toBe(350);
    expect(await settings.locator('output').textContent()).toBe('350 ms');
  });

  it('turns the extension off for a site and on again, live in the open tab', async () => {
    const tabId = await s.tabId(demo);
    const input = settings.getByRole('textbox', { name: 'Add a site' });

    await input.fill('not a site!');
    await input.press('Enter');
    await expect.poll(() => settings.getByRole('alert').textContent()).toBe('Enter a site such as example.com, or a page address.');
    expect(await input.getAttribute('aria-invalid')).toBe('true');

    await input.fill(`https://www.${DEMO_SITE}/content/articles/`);
    await input.press('Enter');
    await eventually(async () => (await stored(s)).disabledSites).toEqual([DEMO_SITE]);
    await eventually(() => settings.getByRole('list', { name: 'Sites where it is off' }).getByRole('listitem').allTextContents())
      .toEqual([`${DEMO_SITE}Remove`]);
    await eventually(() => drawn(demo)).toBe('nothing');
    await eventually(() => s.badge(tabId)).toBe('·');

    await settings.getByRole('button', { name: `Remove ${DEMO_SITE}` }).click();
    await eventually(async () => (await stored(s)).disabledSites).toEqual([]);
    await eventually(() => drawn(demo)).toBe('tab-right');
    await eventually(() => s.badge(tabId)).toBe('WIC');
    expect(await settings.evaluate(() => document.activeElement?.id)).toBe('site-add');
  });

  it('shows a site switched off from the toolbar menu at once, and removes it again', async () => {
    const tabId = await s.tabId(demo);
    await (await s.worker()).evaluate((id) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'site-toggle', editable: false }, { id }), tabId);
    await eventually(() => settings.getByRole('button', { name: `Remove ${DEMO_SITE}` }).count()).toBe(1);
    await eventually(() => drawn(demo)).toBe('nothing');
    await settings.getByRole('button', { name: `Remove ${DEMO_SITE}` }).click();
    await eventually(() => drawn(demo)).toBe('tab-right');
  });

  it('resets to defaults, and undoes the reset', async () => {
    await settings.getByRole('radio', { name: 'Left' }).check();
    await settings.getByRole('radio', { name: 'Overlay the page' }).check();
    await eventually(async () => (await stored(s)).layout).toBe('overlay');

    await settings.getByRole('button', { name: 'Reset to defaults' }).click();
    await eventually(async () => stored(s)).toEqual({
      autoOpen: false, markTerms: true, hoverDelayMs: 300, side: 'right', layout: 'auto', theme: 'system', disabledSites: [],
    });
    expect(await settings.getByRole('status').innerText()).toContain('Settings reset to defaults.');
    expect(await settings.getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);

    await settings.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => (await stored(s)).layout).toBe('overlay');
    expect((await stored(s)).side).toBe('left');
    expect((await stored(s)).hoverDelayMs).toBe(350);
    await eventually(() => drawn(demo)).toBe('tab-left');
  });

  it('falls back field by field on a corrupted stored value, keeping the other settings', async () => {
    const w = await s.worker();
    await w.evaluate(() => chrome.storage.local.set({
      settings: { side: 'left', markTerms: false, theme: 42, hoverDelayMs: 'soon', layout: ['push'], disabledSites: 'everywhere', extra: { a: 1 } },
      settings$: 'not metadata',
    }));
    await settings.reload();
    await settings.getByRole('heading', { level: 1 }).waitFor();
    expect(await settings.getByRole('radio', { name: 'Left' }).isChecked()).toBe(true);
    expect(await settings.getByRole('switch', { name: 'Mark key terms and figures' }).isChecked()).toBe(false);
    expect(await settings.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);
    expect(await settings.getByRole('radio', { name: /^Automatic/ }).isChecked()).toBe(true);
    expect(await settings.getByRole('slider', { name: 'Hover delay' }).inputValue()).toBe('300');

    await demo.reload();
    await eventually(() => drawn(demo)).toBe('tab-left');

    // The next change writes a clean value.
    await settings.getByRole('radio', { name: 'Dark' }).check();
    await eventually(async () => stored(s)).toEqual({
      autoOpen: false, markTerms: false, hoverDelayMs: 300, side: 'left', layout: 'auto', theme: 'dark', disabledSites: [],
    });

    // Not even an object: everything falls back, nothing breaks.
    await w.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    await settings.reload();
    await settings.getByRole('heading', { level: 1 }).waitFor();
    expect(await settings.getByRole('radio', { name: 'Right' }).isChecked()).toBe(true);
    await demo.reload();
    await eventually(() => drawn(demo)).toBe('tab-right');
    expect(errors).toEqual([]);
  });
});

describe('settings across a browser restart (Chromium, persistent profile)', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'wic-profile-'));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('keeps what the reader chose', async () => {
    const first = await launchChromium({ profileDir });
    try {
      const page = await openSettings(first);
      await page.getByRole('radio', { name: 'Left' }).check();
      await page.getByRole('switch', { name: 'Mark key terms and figures' }).uncheck();
      const input = page.getByRole('textbox', { name: 'Add a site' });
      await input.fill('example.org');
      await input.press('Enter');
      await eventually(async () => (await stored(first)).disabledSites).toEqual(['example.org']);
    } finally {
      await first.close();
    }

    const second = await launchChromium({ profileDir });
    try {
      expect(await stored(second)).toEqual({
        autoOpen: false, markTerms: false, hoverDelayMs: 300, side: 'left', layout: 'auto', theme: 'system', disabledSites: ['example.org'],
      });
      const page = await openSettings(second);
      expect(await page.getByRole('radio', { name: 'Left' }).isChecked()).toBe(true);
      expect(await page.getByRole('switch', { name: 'Mark key terms and figures' }).isChecked()).toBe(false);
      expect(await page.getByRole('button', { name: 'Remove example.org' }).count()).toBe(1);
      const demo = await second.newPage(await mapDemo(second));
      await eventually(() => drawn(demo)).toBe('tab-left');
    } finally {
      await second.close();
    }
  });
});
