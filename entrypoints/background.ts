import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { isToBackground, type ToContent } from '../core/messages';
import { isSiteDisabled, siteOfUrl, type Settings } from '../core/settings';
import { badgeFor, EMPTY_TAB, siteToggleFor, type TabState } from '../core/tab-state';
import { createActionMenu, MENU_SETTINGS, MENU_SITE, showSiteItem } from '../ext/action-menu';
import { COMMAND_MESSAGES } from '../ext/commands';
import { getSettings, setSiteDisabled, watchSettings } from '../ext/settings-store';
import { TabRegistry } from '../ext/tab-registry';

const registry = new TabRegistry();

async function paintAction(tabId: number, state: TabState): Promise<void> {
  const look = badgeFor(state);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage(look.titleKey) }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

async function sendToTab(tabId: number, message: ToContent): Promise<void> {
  // Pages where no content script runs (browser pages, stores, PDFs) have no receiver.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
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
    if (siteDisabled !== state.siteDisabled) await paintAction(tabId, await registry.update(tabId, { siteDisabled }));
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
        .then((settings) => registry.update(tabId, {
          kind: message.kind, edition: message.edition, url: message.url, siteDisabled: disabledFor(settings, message.url),
        }))
        .then((s) => paintAction(tabId, s))
        .then(refreshMenu);
    }
    if (message.type === 'panel-state') {
      // The panel can be summoned on any page; from then on its site is known for the menu.
      return registry.update(tabId, { open: message.open, url: pageUrl }).then(refreshMenu);
    }
    if (message.type === 'site-disabled') {
      const site = siteOfUrl(pageUrl);
      return site ? setSiteDisabled(site, message.disabled).then(() => undefined) : undefined;
    }
    if (message.type === 'open-settings') return browser.runtime.openOptionsPage();
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

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document starts with no coverage; its content script reports again if it finds some.
    // In-page (SPA) navigations are reported by the content script itself, with the new URL.
    if (change.status !== 'loading' || change.url === undefined) return;
    void registry.get(tabId).then((state) => {
      if (state.url === change.url || (state.kind === 'none' && !state.open && state.url === '')) return;
      return registry.update(tabId, { ...EMPTY_TAB }).then((s) => paintAction(tabId, s)).then(refreshMenu);
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => void registry.remove(tabId));

  watchSettings((settings) => void onSettingsChanged(settings));
});
