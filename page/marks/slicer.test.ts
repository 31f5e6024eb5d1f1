import { describe, expect, it } from 'vitest';
import { runSliced } from './slicer';

describe('runSliced', () => {
  it('splits a job into slices no longer than the budget and yields between them', async () => {
    let now = 0;
    let yields = 0;
    let units = 100;
    const stats = await runSliced((deadline) => {
      while (units > 0) {
        units--;
        now += 1; // each unit of work costs 1 ms
        if (now >= deadline) return units === 0;
      }
      return true;
    }, { now: () => now, yieldToPage: async () => { yields++; now += 5; }, cancelled: () => false, sliceMs: 8 });
    expect(stats).not.toBeNull();
    expect(stats!.busyMs).toBe(100);
    expect(stats!.slices).toBe(13);
    expect(yields).toBe(12);
    expect(stats!.maxSliceMs).toBe(8);
    expect(stats!.wallMs).toBe(100 + 12 * 5);
  });

  it('stops when cancelled between slices', async () => {
    let now = 0;
    let cancel = false;
    let slices = 0;
    const stats = await runSliced(() => { slices++; now += 8; return false; }, {
      now: () => now,
      yieldToPage: async () => { if (slices === 3) cancel = true; },
      cancelled: () => cancel,
    });
    expect(stats).toBeNull();
    expect(slices).toBe(3);
  });
});
