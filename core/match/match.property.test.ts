import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alias } from '../kb/types';
import { parseFigures, type FigureMention } from './figures';
import { BLOCK_BREAK, compileTermMatcher, type MatchEntry, type TermMatch } from './term-matcher';

const ENTRIES: MatchEntry[] = [
  { id: 'wic', kind: 'wic', aliases: [{ text: 'World Internet Conference', lang: 'en' }, { text: 'WIC', lang: 'en', caseSensitive: true }, { text: '世界互联网大会', lang: 'zh-Hans' }, { text: '세계인터넷대회', lang: 'ko' }, { text: 'مؤتمر الإنترنت العالمي', lang: 'ar' }] },
  { id: 'wuzhen', kind: 'place', aliases: [{ text: 'Wuzhen', lang: 'en' }, { text: '乌镇', lang: 'zh-Hans' }, { text: 'Учжэнь', lang: 'ru' }] },
  { id: 'cac', kind: 'body', aliases: [{ text: 'CAC', lang: 'en', caseSensitive: true }, { text: 'Cyberspace Administration of China', lang: 'en' }] },
  { id: 'sov', kind: 'term', aliases: [{ text: 'cyber sovereignty', lang: 'en' }, { text: 'cyber-sovereignty', lang: 'en' }, { text: "l'Internet", lang: 'fr' }] },
  { id: 'net', kind: 'term', aliases: [{ text: 'internet', lang: 'en' }, { text: '互联网', lang: 'zh-Hans' }, { text: 'ab', lang: 'en' }, { text: 'aba', lang: 'en' }, { text: 'abab', lang: 'en' }] },
];
const matcher = compileTermMatcher(ENTRIES);
const ALIASES: { id: string; alias: Alias }[] = ENTRIES.flatMap((e) => e.aliases.map((alias) => ({ id: e.id, alias })));

// Pieces that stress folding, boundaries and the automaton: invisible and bidi marks, ZWJ/ZWNJ,
// lone and paired surrogates, combining marks, odd spaces and dashes, alias fragments, digits.
const NASTY = [
  '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\ud800', '\udfff', '\udc00\ud800', '😀', '👩‍💻', '\u0301', '\u0308', '\u064b', '\u0640', '\u00a0', '\u3000', '\u202f', '\n', '\t',
  '-', '‑', '–', '’', "'", BLOCK_BREAK, '\u0000', 'World ', 'Internet ', 'Conference', 'WIC', 'wic', 'CAC', 'cyber', ' sovereignty',
  '世界', '互联网', '大会', '乌', '镇', '세계', '인터넷대회', 'مؤتمر', ' الإنترنت', 'و', 'ab', 'aba', 'a', 'b', ' ',
  '1', '2', '0', ',', '.', '%', '$', 'US$', '¥', '亿', '万', '元', '一', '十', '百分之', '分之', 'bn', 'm', ' million', ' yuan',
  'nearly ', 'a quarter', ' of', '+', '(', ')', '/', ':', '٫', '١', '٢', '２', 'Mio.', 'млн', 'مليار', '多', '左右', '第', '年',
];
const nastyString = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((p) => p.join(''));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-composite', maxLength: 100 }), nastyString);

/** The first match that is out of bounds, empty or overlapping its predecessor, if any. */
function misplaced(found: readonly { start: number; end: number }[], length: number): { start: number; end: number } | undefined {
  let last = 0;
  for (const m of found) {
    if (m.start < last || m.end <= m.start || m.end > length) return m;
    last = m.end;
  }
  return undefined;
}

function expectWellFormed(found: readonly { start: number; end: number }[], length: number): void {
  expect(misplaced(found, length)).toBeUndefined();
}

function termSteps(text: string): number {
  let steps = 0;
  matcher.findAll(text, () => steps++);
  return steps;
}

function figureSteps(text: string): number {
  let steps = 0;
  parseFigures(text, { onStep: () => steps++ });
  return steps;
}

describe('term matcher properties', () => {
  it('never throws; matches are in bounds, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const found: TermMatch[] = matcher.findAll(text);
        expectWellFormed(found, text.length);
        for (const m of found) expect(ENTRIES.some((e) => e.id === m.id && e.kind === m.kind)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('finds an alias set between spaces, or a longer match that covers it', () => {
    fc.assert(
      fc.property(nastyString, fc.constantFrom(...ALIASES), nastyString, (before, { alias }, after) => {
        const text = `${before} ${alias.text} ${after}`;
        const start = before.length + 1;
        const end = start + alias.text.length;
        const found = matcher.findAll(text);
        expect(found.some((m) => m.start < end && m.end > start), text).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('maps chunk matches back onto the chunks', () => {
    fc.assert(
      fc.property(fc.array(nastyString, { maxLength: 8 }), (chunks) => {
        const joined = chunks.join('');
        const flat = matcher.findAll(joined);
        const byChunk = matcher.findAllInChunks(chunks);
        expect(byChunk.map((m) => [m.start, m.end, m.id])).toEqual(flat.map((m) => [m.start, m.end, m.id]));
        const offsets = chunks.map((_, k) => chunks.slice(0, k).join('').length);
        for (const m of byChunk) {
          expect(offsets[m.startChunk]! + m.startOffset).toBe(m.start);
          expect(offsets[m.endChunk]! + m.endOffset).toBe(m.end);
          expect(m.endOffset).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does work proportional to the input: a bounded number of steps per code unit', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 2, max: 6 }), (text, k) => {
        const one = termSteps(text);
        expect(one).toBeLessThanOrEqual(6 * text.length + 6);
        expect(termSteps(text.repeat(k))).toBeLessThanOrEqual(k * (one + 6) + 6);
      }),
      { numRuns: 300 },
    );
  });

  it('handles 1 MB of hostile text in linear steps', { timeout: 60_000 }, () => {
    const unit = 'World\u200d Internet\u202e Conf\ud800erence WICWIC abababab 乌\u0301镇 世界互联网大 ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const steps = termSteps(big);
    expect(steps).toBeLessThanOrEqual(6 * big.length);
    expect(steps / termSteps(unit.repeat(1000))).toBeCloseTo(big.length / (unit.length * 1000), 0);
    expectWellFormed(matcher.findAll(big), big.length);
  });
});

describe('figure parser properties', () => {
  const KNOWN_UNITS = new Set([null, 'percent', 'percentage-points', 'USD', 'CNY', 'EUR', 'GBP', 'JPY', 'KRW', 'HKD']);

  it('never throws; mentions are in bounds, sorted, non-overlapping and well-formed', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(undefined, 'en', 'de', 'zh-CN', 'ar'), (text, lang) => {
        const found: FigureMention[] = parseFigures(text, lang === undefined ? {} : { lang });
        expectWellFormed(found, text.length);
        for (const m of found) {
          expect(m.raw).toBe(text.slice(m.start, m.end));
          expect(Number.isFinite(m.value)).toBe(true);
          expect(m.value).toBeGreaterThanOrEqual(0);
          expect(m.precision).toBeGreaterThan(0);
          expect(KNOWN_UNITS.has(m.unit)).toBe(true);
          expect(m.approx).toBe(m.hedge !== null);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('does work proportional to the input', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 2, max: 6 }), (text, k) => {
        const one = figureSteps(text);
        expect(one).toBeLessThanOrEqual(40 * text.length + 40);
        expect(figureSteps(text.repeat(k))).toBeLessThanOrEqual(k * (one + 80) + 80);
      }),
      { numRuns: 300 },
    );
  });

  const RUNS = ['1', '1,', '1.', '1 ', '1-', '+1 ', '一', '十万', '$1', '百分之', 'nearly ', 'a quarter ', '1%', '1亿元 ', '١٬', '2017年'];

  it('handles long runs of digits, separators, numerals and hedges in linear steps', { timeout: 60_000 }, () => {
    for (const unit of RUNS) {
      const small = unit.repeat(Math.ceil(5_000 / unit.length));
      const big = unit.repeat(Math.ceil(50_000 / unit.length));
      const steps = figureSteps(big);
      expect(steps, unit).toBeLessThanOrEqual(40 * big.length);
      expect(steps / figureSteps(small), unit).toBeLessThan((1.05 * big.length) / small.length);
      expect(misplaced(parseFigures(big), big.length), unit).toBeUndefined();
    }
  });

  it('handles 1 MB of them mixed', { timeout: 60_000 }, () => {
    const unit = RUNS.join('');
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(figureSteps(big)).toBeLessThanOrEqual(40 * big.length);
    expect(misplaced(parseFigures(big), big.length)).toBeUndefined();
  });
});
