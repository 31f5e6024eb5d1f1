import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followSiteSetting } from './site-gate';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('followSiteSetting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers once with the current setting', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'] } });
    const seen: boolean[] = [];
    followSiteSetting('www.example.com', (off) => seen.push(off));
    await vi.waitFor(() => expect(seen).toEqual([true]));
  });

  it('answers "on" when nothing or garbage is stored', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const seen: boolean[] = [];
    followSiteSetting('example.com', (off) => seen.push(off));
    await vi.waitFor(() => expect(seen).toEqual([false]));
  });

  it('calls again only when the answer flips, and stops when asked', async () => {
    const seen: boolean[] = [];
    const stop = followSiteSetting('news.example.com', (off) => seen.push(off));
    await vi.waitFor(() => expect(seen).toEqual([false]));
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'] } });
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'], theme: 'dark' } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await flush();
    expect(seen).toEqual([false, true]);
    await fakeBrowser.storage.local.set({ settings: { disabledSites: [] } });
    await flush();
    expect(seen).toEqual([false, true, false]);
    stop();
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'] } });
    await flush();
    expect(seen).toEqual([false, true, false]);
  });

  it('lets a change heard before the first read win over that read', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: [] } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    let release!: () => void;
    get.mockImplementationOnce(() => new Promise((ok) => { release = () => ok({ settings: { disabledSites: [] } }); }));
    const seen: boolean[] = [];
    followSiteSetting('example.com', (off) => seen.push(off));
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'] } });
    await flush();
    release();
    await flush();
    expect(seen).toEqual([true]);
  });
});
