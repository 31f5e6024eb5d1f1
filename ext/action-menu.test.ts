import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readMessages } from '../components/testing/locale.ts';
import { translatorFrom } from '../components/testing/translator.ts';
import { createActionMenu, MENU_SETTINGS, MENU_SITE, showSiteItem } from './action-menu';

const en = translatorFrom(readMessages('en'));

describe('toolbar button menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => en(key, subs)) as never);
  });

  it('creates the site item (hidden until a site is known) and "Settings", on the toolbar button only', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(1);
    await createActionMenu();
    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create.mock.calls.map(([props]) => props)).toEqual([
      { id: MENU_SITE, title: "Don't show on this site", contexts: ['action'], visible: false },
      { id: MENU_SETTINGS, title: 'Settings', contexts: ['action'] },
    ]);
  });

  it('names the tab\'s site and offers the opposite of its current state', async () => {
    const update = vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined);
    await showSiteItem({ site: 'eandt.theiet.org', disabled: false });
    await showSiteItem({ site: 'eandt.theiet.org', disabled: true });
    await showSiteItem(null);
    expect(update.mock.calls).toEqual([
      [MENU_SITE, { title: "Don't show on eandt.theiet.org", visible: true }],
      [MENU_SITE, { title: 'Show on eandt.theiet.org again', visible: true }],
      [MENU_SITE, { visible: false }],
    ]);
  });

  it('does not fail before the item exists', async () => {
    vi.spyOn(fakeBrowser.contextMenus, 'update').mockRejectedValue(new Error('Cannot find menu item with id site-toggle'));
    await expect(showSiteItem(null)).resolves.toBeUndefined();
  });
});
