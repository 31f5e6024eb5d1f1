import { describe, expect, it } from 'vitest';
import { formatTable, median, row } from './report';

describe('report', () => {
  it('takes medians of finite values only', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, NaN, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('judges a budget only when there is a number', () => {
    expect(row('s', 'a', 0.4, 'ms', { budget: 0.5 }).status).toBe('met');
    expect(row('s', 'b', 0.6, 'ms', { budget: 0.5 }).status).toBe('MISSED');
    expect(row('s', 'c', NaN, 'ms', { budget: 0.5 })).toMatchObject({ value: null, status: 'info' });
    expect(row('s', 'd', null, 'ms', { budget: 4, status: 'not built yet' }).status).toBe('not built yet');
  });

  it('prints one line per row with value, budget and verdict', () => {
    const table = formatTable([row('real pages', 'median', 0.25, 'ms', { budget: 0.5, note: 'trace' }), row('WIC', 'marks', null, 'ms', { status: 'not built yet' })]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^real pages \| median \| 0\.250 ms\s+\| ≤ 0\.500 ms \| met\s+\| trace$/);
    expect(lines[3]).toMatch(/^WIC\s+\| marks\s+\| not built yet \|\s+\| not built yet$/);
  });
});
