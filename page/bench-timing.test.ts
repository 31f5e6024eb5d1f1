import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchEnd, benchStart } from './bench-timing';

const measures = (name: string) => performance.getEntriesByName(name, 'measure');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  performance.clearMeasures();
});

describe('bench timing', () => {
  it('records nothing outside the bench build', () => {
    expect(import.meta.env.MODE).not.toBe('bench');
    const spy = vi.spyOn(performance, 'measure');
    const t = benchStart();
    benchEnd('wic:marks', t);
    expect(t).toBe(0);
    expect(spy).not.toHaveBeenCalled();
    expect(measures('wic:marks')).toHaveLength(0);
  });

  it('in the bench build, records one measure per span, from its start to the end call', () => {
    vi.stubEnv('MODE', 'bench');
    const before = performance.now();
    const t = benchStart();
    expect(t).toBeGreaterThanOrEqual(before);
    const spin = t + 2;
    while (performance.now() < spin) { /* 2 ms of work */ }
    benchEnd('wic:panel-render', t);
    const t2 = benchStart();
    benchEnd('wic:panel-render', t2);
    const got = measures('wic:panel-render');
    expect(got).toHaveLength(2);
    expect(got[0]!.startTime).toBe(t);
    expect(got[0]!.duration).toBeGreaterThanOrEqual(2);
    expect(got[1]!.startTime).toBe(t2);
    expect(measures('wic:marks')).toHaveLength(0);
  });

  it('never throws into the work it times', () => {
    vi.stubEnv('MODE', 'bench');
    vi.spyOn(performance, 'measure').mockImplementation(() => { throw new TypeError('sabotaged'); });
    expect(() => benchEnd('wic:marks', benchStart())).not.toThrow();
  });
});
