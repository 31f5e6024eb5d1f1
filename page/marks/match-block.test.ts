import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/kb/types';
import { parseFigures } from '../../core/match/figures';
import { compileTermMatcher } from '../../core/match/term-matcher';
import { kb } from '../../data/index';
import { MAY_HAVE_FIGURE, matchText, windows } from './match-block';

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

describe('MAY_HAVE_FIGURE: skipping the figure parser only where it cannot find anything', () => {
  // The parser's own share words, read from its lexicon so a new word there cannot slip past.
  const lexicon = readFileSync(new URL('../../core/match/figure-lexicon.ts', import.meta.url), 'utf8');
  const block = /const shares[^=]*=\s*\[([\s\S]*?)\n\];/.exec(lexicon)?.[1] ?? '';
  const shareWords = [...block.matchAll(/\[\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);

  it('covers every share word of the parser (as the parser reads them in running text)', () => {
    expect(shareWords.length).toBeGreaterThan(40);
    for (const w of shareWords) {
      for (const text of [`${w} of them`, `Nearly ${w.toUpperCase()} OF THEM`, `它占${w}`]) expect(MAY_HAVE_FIGURE.test(text), text).toBe(true);
    }
  });

  it('covers every written form of every sourced figure', () => {
    for (const f of kb.figures) for (const w of f.writtenForms) expect(MAY_HAVE_FIGURE.test(w), w).toBe(true);
  });

  it('whenever the parser finds a figure, the filter said there might be one (random text)', () => {
    const pieces = [...shareWords, 'of', 'the', ' ', ', ', '. ', 'nearly', 'about', '$', '¥', '€', 'bn', 'million', '万', '亿', '元', '%',
      'per cent', '一', '百', '千', '两', '十', '۳', '٤', '５', '7', 'people', 'developers', 'quarterly', 'hal', 'f', 'Hälfte', '十万人', '十亿元', '百分之十', '一千一百二十亿元', '两成'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      if (parseFigures(text, { lang: 'en' }).length > 0) expect(MAY_HAVE_FIGURE.test(text), text).toBe(true);
    }), { numRuns: 3000 });
  });

  it('lets most prose through untouched', () => {
    expect(MAY_HAVE_FIGURE.test('The World Internet Conference has been a high-profile forum for Beijing.')).toBe(false);
    expect(MAY_HAVE_FIGURE.test('Cook informed the conference in a keynote address.')).toBe(false);
  });
});
