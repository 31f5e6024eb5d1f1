import { describe, expect, it } from 'vitest';
import { ReindexScheduler, type ReindexReason } from './reindex';

/** A fake clock with timers. */
function clock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    timers: {
      now: () => now,
      set: (fn: () => void, ms: number) => { const id = nextId++; timers.set(id, { at: now + ms, fn }); return id; },
      clear: (id: number) => void timers.delete(id),
    },
    advance(to: number) {
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const e of timers) if (e[1].at <= to && (!due || e[1].at < due[1].at)) due = e;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = to;
    },
    get pending() { return timers.size; },
  };
}

function setup() {
  const c = clock();
  const runs: { t: number; reason: ReindexReason }[] = [];
  const s = new ReindexScheduler((reason) => runs.push({ t: c.timers.now(), reason }), c.timers);
  return { c, runs, s };
}

describe('ReindexScheduler', () => {
  it('debounces mutations: one run 300 ms after the last batch', () => {
    const { c, runs, s } = setup();
    s.mutations(3);
    c.advance(100);
    s.mutations(2);
    c.advance(250);
    s.mutations(1);
    c.advance(2000);
    expect(runs).toEqual([{ t: 550, reason: 'mutations' }]);
  });

  it('does not starve: a steady trickle still re-reads within maxWait', () => {
    const { c, runs, s } = setup();
    for (let t = 0; t <= 5000; t += 200) { c.advance(t); s.mutations(1); }
    c.advance(8000);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs[0]!.t).toBeLessThanOrEqual(2000);
    expect(runs.every((r) => r.reason === 'mutations')).toBe(true);
  });

  it('a flood (1,000 records a second for 5 s) waits for calm, then rescans once', () => {
    const { c, runs, s } = setup();
    for (let t = 0; t < 5000; t += 10) { c.advance(t); s.mutations(10); }
    expect(s.flooding).toBe(true);
    expect(runs).toEqual([]);
    c.advance(20_000);
    expect(runs).toEqual([{ t: 4990 + 1000, reason: 'flood' }]);
    expect(s.flooding).toBe(false);
  });

  it('even an endless flood gets a rescan now and then', () => {
    const { c, runs, s } = setup();
    for (let t = 0; t < 25_000; t += 10) { c.advance(t); s.mutations(5); }
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(3);
  });

  it('in-page navigation re-reads twice (content often renders late) and cancels pending debounces', () => {
    const { c, runs, s } = setup();
    s.mutations(1);
    s.navigation();
    expect(s.pending).toBe(true);
    c.advance(5000);
    expect(runs).toEqual([{ t: 300, reason: 'navigation' }, { t: 1200, reason: 'navigation' }]);
    expect(s.pending).toBe(false);
  });

  it('cancel drops everything waiting', () => {
    const { c, runs, s } = setup();
    s.mutations(1);
    s.navigation();
    s.cancel();
    c.advance(10_000);
    expect(runs).toEqual([]);
    expect(c.pending).toBe(0);
  });
});
