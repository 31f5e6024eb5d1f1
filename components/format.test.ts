import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatQuantity } from './format.ts';

describe('formatDate', () => {
  it('keeps the precision of partial ISO dates', () => {
    expect(formatDate('2017-12-03', 'en')).toBe('3 Dec 2017');
    expect(formatDate('2016-06', 'en')).toBe('Jun 2016');
    expect(formatDate('2017', 'en')).toBe('2017');
    expect(formatDate('2017-12-03', 'zh')).toBe('2017年12月3日');
    expect(formatDate('2016-06', 'zh')).toBe('2016年6月');
  });
  it('passes through what it cannot read', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('writes ranges as readers expect in each language', () => {
    expect(formatDateRange('2017-12-03', '2017-12-05', 'en')).toMatch(/^3\s*–\s*5 Dec 2017$/);
    expect(formatDateRange('2017-12-03', '2017-12-05', 'zh')).toBe('2017年12月3日至5日');
    expect(formatDateRange('2015-12-30', '2016-01-02', 'zh')).toBe('2015年12月30日至2016年1月2日');
    expect(formatDateRange('2020-11-30', '2020-12-01', 'zh')).toBe('2020年11月30日至12月1日');
    expect(formatDateRange('2017-12-03', '2017-12-03', 'en')).toBe('3 Dec 2017');
  });
});

describe('formatQuantity', () => {
  it.each([
    [16_930_000_000, 'USD', 'en', 'US$16.93 billion'],
    [16_930_000_000, 'USD', 'zh', '169.3亿美元'],
    [112_000_000_000, 'CNY', 'zh', '1120亿人民币'],
    [1_800_000, 'developers', 'en', '1.8 million developers'],
    [1_800_000, 'developers', 'zh', '180万 developers'],
    [87, 'percent', 'en', '87%'],
    [1500, 'guests', 'en', '1,500 guests'],
    [12_345_678, 'people', 'en', '12.346 million people'],
  ] as const)('%d %s (%s) → %s', (value, unit, lang, out) => {
    expect(formatQuantity(value, unit, lang)).toBe(out);
  });
});
