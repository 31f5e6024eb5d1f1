import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_MS, watchTabs } from './gate-driver';

// The background's side of detection, with the browser faked: what it injects, and when.
const TAB = 7;
const WIC = ['https://news.example.com/2017/12/04/story', 'The fourth World Internet Conference opens in Wuzhen'];
const RAIN = ['https://news.example.com/weather', 'Rain tomorrow'];

type Call = { files?: string[]; world?: string };

function fakeScripting(answers: (() => Promise<unknown>)[]): Call[] {
  const calls: Call[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(((injection: Call) => {
    calls.push({ files: injection.files, world: injection.world });
    if (injection.files?.[0] === '/wic-content.js') return Promise.resolve([{ frameId: 0, result: undefined }]);
    const next = answers.shift();
    return next ? next() : Promise.reject(new Error('no more answers'));
  }) as never);
  return calls;
}

const contentInjections = (calls: Call[]): number => calls.filter((c) => c.files?.[0] === '/wic-content.js').length;

describe('gate driver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    watchTabs();
  });
  afterEach(() => vi.useRealTimers());

  const loaded = async (): Promise<void> => {
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, { id: TAB } as never);
    await vi.advanceTimersByTimeAsync(0);
  };

  it('injects the content code where the page\'s sample names the WIC, and nothing where it does not', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    const calls = fakeScripting([() => Promise.resolve([{ frameId: 0, result: WIC }]), () => Promise.resolve([{ frameId: 0, result: RAIN }])]);
    await loaded();
    expect(calls[0]).toEqual({ files: ['/gate.js'], world: 'MAIN' });
    expect(contentInjections(calls)).toBe(1);
    await loaded();
    await vi.advanceTimersByTimeAsync(5000);
    expect(contentInjections(calls)).toBe(1);
  });

  it('looks once more when the page refused the gate just after loading, and no more than once', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    const refuse = () => Promise.reject(new Error('Frame with ID 0 was removed.'));
    const calls = fakeScripting([refuse, () => Promise.resolve([{ frameId: 0, result: WIC }])]);
    await loaded();
    expect(contentInjections(calls)).toBe(0);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(contentInjections(calls)).toBe(1);

    const again = fakeScripting([refuse, refuse, () => Promise.resolve([{ frameId: 0, result: WIC }])]);
    await loaded();
    await vi.advanceTimersByTimeAsync(RETRY_MS * 10);
    expect(again.length).toBe(2); // the gate, refused twice: a browser page stays alone
    expect(contentInjections(again)).toBe(0);
  });

  it('a new load cancels the second look', async () => {
    const calls = fakeScripting([() => Promise.reject(new Error('Cannot access contents of the page.'))]);
    await loaded();
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, { id: TAB } as never);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(calls.length).toBe(1);
  });

  it('injects even when the ping to the page never answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => undefined));
    const calls = fakeScripting([() => Promise.resolve([{ frameId: 0, result: WIC }])]);
    await loaded();
    expect(contentInjections(calls)).toBe(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(contentInjections(calls)).toBe(1);
  });
});
