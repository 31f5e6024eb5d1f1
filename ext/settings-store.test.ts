import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../core/settings';

// The store defines its wxt/storage item once per module instance: load a fresh one per test.
async function freshStore() {
  vi.resetModules();
  return import('./settings-store');
}
const local = () => fakeBrowser.storage.local;

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, without writing anything', async () => {
    const store = await freshStore();
    expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
    expect(await local().get(null)).toEqual({});
  });

  it('does no storage work at import', async () => {
    const get = vi.spyOn(local(), 'get');
    await freshStore();
    expect(get).not.toHaveBeenCalled();
  });

  it('stores a change with its version and keeps the other fields', async () => {
    const store = await freshStore();
    await store.saveSettings({ side: 'left' });
    await store.saveSettings({ theme: 'dark' });
    const raw = await local().get(['settings', 'settings$']);
    expect(raw.settings).toMatchObject({ side: 'left', theme: 'dark', markTerms: true });
    expect(raw.settings$).toEqual({ v: store.SETTINGS_VERSION });
  });

  it('falls back per field on corrupt stored values, and the next write is clean', async () => {
    await local().set({ settings: { side: 'left', theme: 42, hoverDelayMs: 'soon', disabledSites: 'all' }, settings$: 'garbage' });
    const store = await freshStore();
    expect(await store.getSettings()).toMatchObject({ side: 'left', theme: 'system', hoverDelayMs: 300, disabledSites: [] });
    await store.saveSettings({ autoOpen: true });
    expect((await local().get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [], side: 'left', autoOpen: true });
  });

  it('survives a stored value that is not an object at all', async () => {
    await local().set({ settings: 'garbage' });
    const store = await freshStore();
    expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
  });

  it('applies quick successive changes in order without losing one', async () => {
    const store = await freshStore();
    await Promise.all([
      store.setSiteDisabled('a.com', true),
      store.setSiteDisabled('https://www.b.com/x', true),
      store.saveSettings({ hoverDelayMs: 800 }),
    ]);
    expect(await store.getSettings()).toMatchObject({ disabledSites: ['a.com', 'b.com'], hoverDelayMs: 800 });
    await store.setSiteDisabled('a.com', false);
    expect((await store.getSettings()).disabledSites).toEqual(['b.com']);
  });

  it('resets to the defaults', async () => {
    const store = await freshStore();
    await store.saveSettings({ side: 'left', disabledSites: ['a.com'] });
    expect(await store.resetSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
    expect(await store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
  });

  it('tells watchers about changes from any context, sanitised', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const unwatch = store.watchSettings((next) => seen.push(next));
    await local().set({ settings: { side: 'left', theme: 'neon' } }); // as another context would write it
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [], side: 'left' });
    unwatch();
    await local().set({ settings: { side: 'right' } });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(1);
  });
});
