// Per-tab state for the background. The MV3 service worker can be stopped at any time, so the
// map is mirrored to storage.session and reloaded lazily when the worker wakes up.
import { browser } from 'wxt/browser';
import { EMPTY_TAB, parseStoredTabs, type TabState } from '../core/tab-state';

const KEY = 'tabs';

export class TabRegistry {
  private tabs: Map<number, TabState> | null = null;
  private loading: Promise<Map<number, TabState>> | null = null;

  private async load(): Promise<Map<number, TabState>> {
    if (this.tabs) return this.tabs;
    this.loading ??= browser.storage.session
      .get(KEY)
      .then((got) => parseStoredTabs(got[KEY]))
      .catch(() => new Map<number, TabState>());
    this.tabs = await this.loading;
    return this.tabs;
  }

  private async save(): Promise<void> {
    const tabs = await this.load();
    await browser.storage.session.set({ [KEY]: Object.fromEntries(tabs) }).catch(() => undefined);
  }

  async get(tabId: number): Promise<TabState> {
    return (await this.load()).get(tabId) ?? { ...EMPTY_TAB };
  }

  async update(tabId: number, patch: Partial<TabState>): Promise<TabState> {
    const tabs = await this.load();
    const next = { ...(tabs.get(tabId) ?? EMPTY_TAB), ...patch };
    tabs.set(tabId, next);
    await this.save();
    return next;
  }

  /** A snapshot of every tab's state. */
  async all(): Promise<Map<number, TabState>> {
    return new Map(await this.load());
  }

  async remove(tabId: number): Promise<void> {
    const tabs = await this.load();
    if (tabs.delete(tabId)) await this.save();
  }
}
