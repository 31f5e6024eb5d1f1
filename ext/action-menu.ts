// The toolbar button's context menu: "Don't show on <site>" / "Show on <site>" and "Settings".
// Menus are global, not per tab, so the site item is re-titled whenever the active tab changes.
import { browser } from 'wxt/browser';
import type { SiteToggle } from '../core/tab-state';

export const MENU_SITE = 'site-toggle';
export const MENU_SETTINGS = 'open-settings';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
const t = (key: MessageKey, subs?: string[]): string => browser.i18n.getMessage(key, subs);

/** (Re)creates the items; they outlive the service worker, so this runs on install and browser start. */
export async function createActionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SITE, title: t('menu_site_disable_generic'), contexts: ['action'], visible: false });
  browser.contextMenus.create({ id: MENU_SETTINGS, title: t('menu_settings'), contexts: ['action'] });
}

export function siteItemTitle(toggle: SiteToggle): string {
  return toggle.disabled ? t('menu_site_enable', [toggle.site]) : t('menu_site_disable', [toggle.site]);
}

export async function showSiteItem(toggle: SiteToggle | null): Promise<void> {
  const props = toggle ? { title: siteItemTitle(toggle), visible: true } : { visible: false };
  // Before onInstalled has created the item (first seconds after install) there is nothing to update.
  await Promise.resolve(browser.contextMenus.update(MENU_SITE, props)).catch(() => undefined);
}
