// Toolbar button, badges, context menu and keyboard commands across tabs, windows and a service
// worker restart, against the built extension in Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { DEMO_URL, mapDemo } from './harness/demo';

const NONE_URL = 'https://www.example-weather.com/forecast/rain-tomorrow';
const OTHER_NONE_URL = 'https://www.example-weather.com/forecast/sun-at-the-weekend';
const NONE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rain tomorrow across the region</title></head>
<body><header>Example Weather</header><main><article><h1>Rain tomorrow across the region</h1>
<p>Showers are expected from the west in the morning, clearing by the evening.</p></article></main></body></html>`;

/** Polls for up to 10 s: a worker woken from stop takes a few seconds on a busy 2-core machine. */
const eventually = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, message });

/** What the extension draws on the page: the open panel, the edge tab, or nothing. */
const drawn = (page: Page) => page.evaluate(() => {
  const root = document.querySelector('wic-fact-panel')?.shadowRoot;
  if (root?.querySelector('.wic-panel')) return 'panel';
  if (root?.querySelector('.wic-tab')) return 'tab';
  return 'nothing';
});
const panelOpen = (page: Page) =>
  page.evaluate(() => !!document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('.wic-panel'));

describe('toolbar, badges, menu and commands (Chromium)', () => {
  let s: ChromiumSession;
  let demoA: Page;
  let none: Page;
  let demoW2: Page;
  let ids: { demoA: number; none: number; demoW2: number };
  let win2Id: number;

  beforeAll(async () => {
    s = await launchChromium();
    await mapDemo(s);
    const dir = mkdtempSync(join(tmpdir(), 'wic-toolbar-'));
    writeFileSync(join(dir, 'none.html'), NONE_HTML);
    await s.mapUrl(NONE_URL, join(dir, 'none.html'));
    await s.mapUrl(OTHER_NONE_URL, join(dir, 'none.html'));

    // Distinct fragments: the harness finds a tab's target by its URL.
    demoA = await s.newPage(`${DEMO_URL}#tab-a`);
    none = await s.newPage(NONE_URL);
    const opened = s.context.waitForEvent('page');
    const w = await s.worker();
    const win2 = await w.evaluate((url) => chrome.windows.create({ url, focused: true }), `${DEMO_URL}#window-2`);
    demoW2 = await opened;
    await demoW2.waitForLoadState();
    await demoA.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1);
    await demoW2.waitForFunction(() => document.querySelectorAll('wic-fact-panel').length === 1);
    // Without the "tabs" permission tabs have no URL; a tab is known by its window and by being in front.
    win2Id = win2.id as number;
    const activeInWindow1 = async (page: Page): Promise<number> => {
      await page.bringToFront();
      return w.evaluate(async (other) => {
        const tabs = await chrome.tabs.query({ active: true });
        return tabs.find((t: { windowId: number }) => t.windowId !== other).id as number;
      }, win2Id);
    };
    ids = { demoA: await activeInWindow1(demoA), none: await activeInWindow1(none), demoW2: win2.tabs[0].id as number };
  });
  afterAll(async () => { await s?.close(); });

  async function windowOf(tabId: number): Promise<number> {
    return (await s.worker()).evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  }

  /** As the browser delivers a command: chrome.commands.onCommand with the tab it was pressed in. */
  async function command(name: string, tabId: number): Promise<void> {
    await (await s.worker()).evaluate(([n, id]) => chrome.commands.onCommand.dispatch(n, { id }), [name, tabId] as const);
  }

  async function expectBadges(expected: { demoA: string; none: string; demoW2: string }): Promise<void> {
    for (const key of ['demoA', 'none', 'demoW2'] as const) {
      await eventually(() => s.badge(ids[key]), `badge of ${key}`).toBe(expected[key]);
    }
  }

  it('opens two tabs in one window and one in another', async () => {
    expect(await windowOf(ids.demoA)).toBe(await windowOf(ids.none));
    expect(await windowOf(ids.demoW2)).toBe(win2Id);
    expect(await windowOf(ids.demoA)).not.toBe(win2Id);
    expect(new Set(Object.values(ids)).size).toBe(3);
  });

  it('sets badge and title per tab: WIC on pages about the WIC, nothing elsewhere', async () => {
    await expectBadges({ demoA: 'WIC', none: '', demoW2: 'WIC' });
    expect(await s.title(ids.demoA)).toBe('WIC Fact Panel: this page is about the World Internet Conference');
    expect(await s.title(ids.demoW2)).toBe('WIC Fact Panel: this page is about the World Internet Conference');
    expect(await s.title(ids.none)).toBe('WIC Fact Panel');
    expect(await none.evaluate(() => document.querySelectorAll('wic-fact-panel').length)).toBe(0);
  });

  it('real toolbar clicks toggle the panel in the clicked tab only, in either window', async () => {
    await s.clickToolbar(demoA);
    await eventually(() => panelOpen(demoA)).toBe(true);
    expect(await panelOpen(demoW2)).toBe(false);

    await s.clickToolbar(demoW2);
    await eventually(() => panelOpen(demoW2)).toBe(true);
    expect(await panelOpen(demoA)).toBe(true);

    // A page that is not about the WIC gets the general briefing on request: its gate kept no
    // listener, so the background wakes it with the activeTab grant of the click.
    const other = await s.newPage(OTHER_NONE_URL);
    await s.clickToolbar(other);
    await eventually(() => panelOpen(other)).toBe(true);
    await s.clickToolbar(other);
    await eventually(() => panelOpen(other)).toBe(false);
    // Closed on a page not about the WIC, the panel leaves nothing behind.
    expect(await other.evaluate(() => document.querySelectorAll('wic-fact-panel').length)).toBe(0);
    await other.close();

    await s.clickToolbar(demoA);
    await eventually(() => panelOpen(demoA)).toBe(false);
    expect(await panelOpen(demoW2)).toBe(true);
    await expectBadges({ demoA: 'WIC', none: '', demoW2: 'WIC' });
  });

  it('binds a default key to every command, and each command sends its message to the active tab', async () => {
    const w = await s.worker();
    const commands = await w.evaluate(() => chrome.commands.getAll());
    const keys = Object.fromEntries(commands.map((c: { name: string; shortcut: string }) => [c.name, c.shortcut]));
    expect(keys).toMatchObject({
      'toggle-panel': 'Alt+Shift+K',
      'toggle-marks': 'Alt+Shift+M',
      'next-term': 'Alt+Shift+Period',
      'previous-term': 'Alt+Shift+Comma',
    });

    // Record what the background sends; `browser` and `chrome` may be distinct objects, so wrap both.
    await w.evaluate(() => {
      const g = globalThis as unknown as { sent: unknown[]; browser?: typeof chrome };
      g.sent = [];
      for (const tabs of new Set([chrome.tabs, g.browser?.tabs].filter(Boolean))) {
        const real = tabs.sendMessage.bind(tabs);
        tabs.sendMessage = (tabId: number, message: unknown) => { g.sent.push({ tabId, message }); return real(tabId, message); };
      }
    });
    for (const name of ['toggle-marks', 'next-term', 'previous-term']) await command(name, ids.demoA);
    await eventually(() => w.evaluate(() => (globalThis as unknown as { sent: unknown[] }).sent.length)).toBe(3);
    expect(await w.evaluate(() => (globalThis as unknown as { sent: unknown[] }).sent)).toEqual([
      { tabId: ids.demoA, message: { type: 'toggle-marks' } },
      { tabId: ids.demoA, message: { type: 'step-term', direction: 1 } },
      { tabId: ids.demoA, message: { type: 'step-term', direction: -1 } },
    ]);

    await command('toggle-panel', ids.demoA);
    await eventually(() => panelOpen(demoA)).toBe(true);
    await command('toggle-panel', ids.demoA);
    await eventually(() => panelOpen(demoA)).toBe(false);
  });

  // The action's context menu is native UI that neither CDP nor headless Chromium can open, so the
  // click is chrome.contextMenus.onClicked dispatched in the worker, with the tab as Chromium passes it.
  async function clickMenu(menuItemId: string, tabId: number): Promise<void> {
    await (await s.worker()).evaluate(
      ([item, id]) => chrome.contextMenus.onClicked.dispatch({ menuItemId: item, editable: false }, { id }),
      [menuItemId, tabId] as const,
    );
  }

  const storedSites = async () =>
    (await s.worker()).evaluate(async () => ((await chrome.storage.local.get('settings')).settings?.disabledSites ?? []) as string[]);

  it('"Don\'t show on this site" from the toolbar menu hides it in every tab of that site, live, and "Show" undoes it', async () => {
    await clickMenu('site-toggle', ids.demoA);
    await eventually(storedSites).toEqual(['eandt.theiet.org']);
    await eventually(() => drawn(demoA)).toBe('nothing');
    await eventually(() => drawn(demoW2)).toBe('nothing');
    await expectBadges({ demoA: '·', none: '', demoW2: '·' });
    expect(await s.title(ids.demoA)).toBe('WIC Fact Panel: this page mentions the World Internet Conference');

    await clickMenu('site-toggle', ids.demoW2);
    await eventually(storedSites).toEqual([]);
    await eventually(() => drawn(demoA)).toBe('tab');
    await eventually(() => drawn(demoW2)).toBe('tab');
    await expectBadges({ demoA: 'WIC', none: '', demoW2: 'WIC' });
  });

  it('keeps tab state through a service worker stop: badges, toggle and the menu still know each tab', async () => {
    const before = await s.worker();
    await before.evaluate(() => { (globalThis as unknown as { beforeStop: boolean }).beforeStop = true; });
    // Stop it the way Chromium does when idle; DevTools reports the worker's status.
    const cdp = await s.context.newCDPSession(demoA);
    const stopped = new Promise<void>((ok) => cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${s.extensionId}/`) && v.runningStatus === 'stopped')) ok();
    }));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();

    // A real toolbar click wakes a fresh worker, which toggles the right tab.
    expect(await drawn(demoW2)).toBe('tab');
    await s.clickToolbar(demoW2);
    await eventually(() => drawn(demoW2)).toBe('panel');
    const fresh = await (await s.worker()).evaluate(() => !(globalThis as unknown as { beforeStop?: boolean }).beforeStop);
    expect(fresh).toBe(true);
    await expectBadges({ demoA: 'WIC', none: '', demoW2: 'WIC' });

    // Only the stored tab state can tell the new worker which site tab A shows.
    await clickMenu('site-toggle', ids.demoA);
    await eventually(storedSites).toEqual(['eandt.theiet.org']);
    await expectBadges({ demoA: '·', none: '', demoW2: '·' });
    await clickMenu('site-toggle', ids.demoA);
    await eventually(storedSites).toEqual([]);
    await expectBadges({ demoA: 'WIC', none: '', demoW2: 'WIC' });
  });

  it('forgets a tab\'s state when it loads another page, and when it closes', async () => {
    const tabs = async () => (await s.worker()).evaluate(async () => Object.keys((await chrome.storage.session.get('tabs')).tabs ?? {}));
    await eventually(tabs).toContain(String(ids.demoW2));
    await demoW2.goto(NONE_URL);
    await eventually(tabs).not.toContain(String(ids.demoW2));
    expect(await s.badge(ids.demoW2)).toBe('');
    // A site switched off now must not paint a badge onto the page that replaced the demo.
    await clickMenu('site-toggle', ids.demoA);
    await eventually(() => s.badge(ids.demoA)).toBe('·');
    expect(await s.badge(ids.demoW2)).toBe('');
    await clickMenu('site-toggle', ids.demoA);
    await eventually(() => s.badge(ids.demoA)).toBe('WIC');

    await eventually(tabs).toContain(String(ids.demoA));
    await demoA.close();
    await eventually(tabs).not.toContain(String(ids.demoA));
  });

  it('"Settings" in the toolbar menu opens the settings page', async () => {
    const opened = s.context.waitForEvent('page');
    await clickMenu('open-settings', ids.none);
    const settings = await opened;
    await settings.waitForLoadState();
    expect(settings.url()).toBe(`chrome-extension://${s.extensionId}/options.html`);
    await eventually(() => settings.locator('h1').textContent()).toBe('WIC Fact Panel settings');
  });
});
