import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/kb/types';
import { compileTermMatcher } from '../../core/match/term-matcher';
import { matchText, windows } from './match-block';

const matcher = compileTermMatcher([
  { id: 'wic', kind: 'wic', aliases: [{ text: 'World Internet Conference', lang: 'en' }] },
  { id: 'term-sov', kind: 'term', aliases: [{ text: 'cyber sovereignty', lang: 'en' }] },
  { id: 'body-apple', kind: 'body', aliases: [{ text: 'Apple', lang: 'en' }] },
  { id: 'term-store', kind: 'term', aliases: [{ text: 'App Store', lang: 'en' }] },
]);

const figure: Figure = {
  id: 'fig-earnings', label: 'Earnings', value: 16.93e9, unit: 'USD', asOf: '2017-12', measures: 'earnings',
  writtenForms: ['$17bn'], sources: ['s'], confidence: 'confirmed',
};

describe('windows', () => {
  it('covers the text exactly, cutting after spaces near the limit', () => {
    const text = 'aaaa bbbb cccc dddd eeee';
    const ws = windows(text, 10);
    expect(ws[0]![0]).toBe(0);
    expect(ws[ws.length - 1]![1]).toBe(text.length);
    for (let i = 1; i < ws.length; i++) expect(ws[i]![0]).toBe(ws[i - 1]![1]);
    for (const [a, b] of ws) expect(b - a).toBeLessThanOrEqual(10);
    expect(ws.map(([a, b]) => text.slice(a, b))).toEqual(['aaaa bbbb ', 'cccc dddd ', 'eeee']);
    expect(windows('', 10)).toEqual([]);
    expect(windows('x'.repeat(25), 10)).toEqual([[0, 10], [10, 20], [20, 25]]);
  });
});

describe('matchText', () => {
  const m = { matcher, figures: [figure], lang: 'en' };

  it('marks names and sourced figures, but not the WIC’s own names', () => {
    const text = 'At the World Internet Conference, cyber sovereignty; developers earned $17bn on the App Store.';
    const specs = matchText(text, 0, m);
    expect(specs.map((s) => [s.id, text.slice(s.start, s.end)])).toEqual([
      ['term-sov', 'cyber sovereignty'], ['fig-earnings', '$17bn'], ['term-store', 'App Store'],
    ]);
    expect(specs[1]!.figure?.relation).toBe('rounded');
  });

  it('flags a number that differs from the source beyond rounding', () => {
    const [s] = matchText('they earned $20bn', 0, m);
    expect(s?.figure?.relation).toBe('differs');
  });

  it('ignores numbers the knowledge base does not source, and shifts offsets by the window start', () => {
    const specs = matchText('in 2017 some 42 apps by Apple', 100, m);
    expect(specs.map((s) => [s.id, s.start, s.end])).toEqual([['body-apple', 124, 129]]);
  });

  it('works without figures', () => {
    expect(matchText('cyber sovereignty $17bn', 0, { ...m, figures: [] }).map((s) => s.id)).toEqual(['term-sov']);
  });
});
