import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { isToBackground, type ToContent } from '../core/messages';
import { badgeFor, EMPTY_TAB, type TabState } from '../core/tab-state';
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

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || !isToBackground(message)) return undefined;
    if (message.type === 'coverage') {
      return registry.update(tabId, { kind: message.kind, edition: message.edition, url: message.url }).then((s) => paintAction(tabId, s));
    }
    if (message.type === 'panel-state') return registry.update(tabId, { open: message.open }).then(() => undefined);
    if (message.type === 'site-disabled') {
      return registry.update(tabId, { siteDisabled: message.disabled }).then((s) => paintAction(tabId, s));
    }
    if (message.type === 'open-settings') return browser.runtime.openOptionsPage();
    return undefined;
  });

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void sendToTab(tab.id, { type: 'toggle-panel', via: 'action' });
  });

  browser.commands.onCommand.addListener(async (command: string, tab?: Browser.tabs.Tab) => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId === undefined) return;
    if (command === 'toggle-panel') await sendToTab(tabId, { type: 'toggle-panel', via: 'command' });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document starts with no coverage; its content script reports again if it finds some.
    // In-page (SPA) navigations are reported by the content script itself, with the new URL.
    if (change.status !== 'loading' || change.url === undefined) return;
    void registry.get(tabId).then((state) => {
      if (state.url === change.url || (state.kind === 'none' && !state.open)) return;
      return registry.update(tabId, { ...EMPTY_TAB }).then((s) => paintAction(tabId, s));
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => void registry.remove(tabId));
});
