import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { isToBackground, type ToContent } from '../core/messages';
import { isSiteDisabled, siteOfUrl, type Settings } from '../core/settings';
import { badgeFor, EMPTY_TAB, siteToggleFor, type TabState } from '../core/tab-state';
import { createActionMenu, MENU_SETTINGS, MENU_SITE, showSiteItem } from '../ext/action-menu';
import { COMMAND_MESSAGES } from '../ext/commands';
import { getSettings, setSiteDisabled, watchSettings } from '../ext/settings-store';
import { TabRegistry } from '../ext/tab-registry';
import { contentFor, watchTabs } from '../ext/gate-driver';

const registry = new TabRegistry();

async function paintAction(tabId: number, state: TabState): Promise<void> {
  const look = badgeFor(state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage(look.titleKey) }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/**
 * Whether the tab still shows the document that `state` was painted for. Without the "tabs"
 * permission the background never sees tab URLs; but the browser drops a tab's own badge colour
 * when it loads a new document (not on in-page navigation), so a colour that no longer matches
 * the painted one means the page the state describes is gone.
 */
async function paintIsCurrent(tabId: number, state: TabState): Promise<boolean> {
  const rgba = await Promise.resolve(browser.action.getBadgeBackgroundColor({ tabId })).catch(() => null);
  if (!Array.isArray(rgba)) return false;
  const hex = `#${rgba.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
  return hex === badgeFor(state).color;
}

/** Paints first, then records: a concurrent forgetIfNavigated() then never mistakes the new page for a gone one. */
async function record(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = { ...(await registry.get(tabId)), ...patch };
  await paintAction(tabId, next);
  return registry.update(tabId, patch);
}

async function forgetIfNavigated(tabId: number): Promise<void> {
  const state = await registry.get(tabId);
  if (state.url === '' || (await paintIsCurrent(tabId, state))) return;
  const now = await registry.get(tabId);
  if (now.url !== state.url || now.kind !== state.kind || now.siteDisabled !== state.siteDisabled) return;
  await registry.remove(tabId);
  await refreshMenu();
}

async function sendToTab(tabId: number, message: ToContent): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return;
  } catch { /* no content code there: the gate found no WIC name, or nothing of ours can run there */ }
  // Only the panel can be summoned on such a page; marks need a page about the WIC.
  if (message.type !== 'toggle-panel' || !(await contentFor(tabId))) return;
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

let menuRound = 0;
/** Titles the site item for the tab in front; only the latest of overlapping refreshes applies. */
async function refreshMenu(): Promise<void> {
  const round = ++menuRound;
  const tabId = await activeTabId();
  const [state, settings] = await Promise.all([tabId === undefined ? EMPTY_TAB : registry.get(tabId), getSettings()]);
  if (round === menuRound) await showSiteItem(siteToggleFor(state, settings));
}

function disabledFor(settings: Settings, url: string): boolean {
  const site = siteOfUrl(url);
  return site !== null && isSiteDisabled(settings, site);
}

async function onSettingsChanged(settings: Settings): Promise<void> {
  for (const [tabId, state] of await registry.all()) {
    const siteDisabled = disabledFor(settings, state.url);
    if (siteDisabled === state.siteDisabled) continue;
    if (await paintIsCurrent(tabId, state)) await record(tabId, { siteDisabled });
    else await registry.remove(tabId);
  }
  await refreshMenu();
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createActionMenu().then(refreshMenu));
  browser.runtime.onStartup.addListener(() => void createActionMenu().then(refreshMenu));

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || !isToBackground(message)) return undefined;
    const pageUrl = sender.url ?? '';
    if (message.type === 'coverage') {
      return getSettings()
        .then((settings) => record(tabId, {
          kind: message.kind, edition: message.edition, url: message.url, siteDisabled: disabledFor(settings, message.url),
        }))
        .then(refreshMenu);
    }
    if (message.type === 'panel-state') {
      // The panel can be summoned on any page; from then on its site is known for the menu.
      return getSettings()
        .then((settings) => record(tabId, { open: message.open, url: pageUrl, siteDisabled: disabledFor(settings, pageUrl) }))
        .then(refreshMenu);
    }
    return undefined;
  });

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void sendToTab(tab.id, { type: 'toggle-panel', via: 'action' });
  });

  browser.commands.onCommand.addListener(async (command: string, tab?: Browser.tabs.Tab) => {
    const message = COMMAND_MESSAGES[command];
    const tabId = tab?.id ?? (await activeTabId());
    if (message && tabId !== undefined) await sendToTab(tabId, message);
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_SETTINGS) return void (await browser.runtime.openOptionsPage());
    if (info.menuItemId !== MENU_SITE || tab?.id === undefined) return;
    const toggle = siteToggleFor(await registry.get(tab.id), await getSettings());
    if (toggle) await setSiteDisabled(toggle.site, !toggle.disabled);
  });

  browser.tabs.onActivated.addListener(() => void refreshMenu());
  browser.windows.onFocusChanged.addListener(() => void refreshMenu());

  // Fires for new documents and in-page navigations alike (no URL without the "tabs" permission).
  // A new document's content script reports again if it finds coverage.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== undefined) void forgetIfNavigated(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => void registry.remove(tabId));
  watchTabs();

  watchSettings((settings) => void onSettingsChanged(settings));
});
