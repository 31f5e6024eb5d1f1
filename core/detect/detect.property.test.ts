// Whole-detector properties the matcher's own tests (matcher.test.ts) do not cover: malformed
// signals of any shape, megabyte fields, verdicts that are always well formed, and work bounded
// by the field caps whatever the page sends (the matcher's step counts cover the rest).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { wicNames } from '../../data/names';
import { dayOf, isoDay, isoOf, textDay, urlDay } from './dates';
import { detectWicCoverage } from './detect';
import { signals } from './test-signals';
import type { DetectionVerdict, PageSignals } from './types';

const N = wicNames;
const YEARS = new Set(N.editions.map((e) => e.year));
const MESSAGES = en as Record<string, { message: string }>;

// Bidi controls, joiners, lone and paired surrogates, combining marks, odd spaces, name fragments.
const PIECES = ['\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad',
  '\ud800', '\udfff', '\udc00\ud800', '😀', '👩‍💻', '\u0301', '\u064b', '\u00a0', '\u3000', 'World ', 'Internet ', 'Conference', 'WIC',
  '世界互联网大会', '乌镇', '第四届', 'مؤتمر الإنترنت العالمي', 'Wuzhen', 'Summit', 'fourth ', '2017', '2014-11-19', 'Dec. 4, 2017', '/2017/12/04/'];
const nasty = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));
/** Anything a page, a bug or a future caller might put in a field. */
const junk = fc.oneof(nasty, fc.constant(null), fc.constant(undefined), fc.integer(), fc.array(nasty, { maxLength: 3 }), fc.object({ maxDepth: 2 }));

function wellFormed(v: DetectionVerdict): void {
  expect(['about', 'mentions', 'none']).toContain(v.kind);
  expect(Number.isFinite(v.score) && v.score >= 0).toBe(true);
  if (v.edition !== null) expect(YEARS.has(v.edition)).toBe(true);
  for (const r of v.reasons) {
    expect(MESSAGES[r.key], r.key).toBeDefined();
    expect(r.values.every((x) => typeof x === 'string')).toBe(true);
  }
  if (v.kind === 'none') expect(v.reasons).toEqual([]);
}

describe('detectWicCoverage properties', () => {
  it('takes signals of any shape without throwing, and always answers with a well-formed verdict', () => {
    fc.assert(fc.property(fc.record({
      url: fc.oneof(junk, fc.record({ host: junk, path: junk })), lang: junk, title: junk, description: junk, ogTitle: junk,
      ogDescription: junk, jsonLd: fc.oneof(junk, fc.record({ headline: junk, description: junk, keywords: junk, about: junk, datePublished: junk })),
      published: junk, h1: junk, h2: junk, text: junk,
    }, { requiredKeys: [] }), (raw) => {
      wellFormed(detectWicCoverage(raw as unknown as PageSignals, N));
    }), { numRuns: 400 });
    for (const odd of [null, undefined, 0, 'x', [], {}]) wellFormed(detectWicCoverage(odd as unknown as PageSignals, N));
  });

  it('answers with well-formed verdicts on adversarial Unicode in every field', () => {
    fc.assert(fc.property(nasty, nasty, nasty, fc.array(nasty, { maxLength: 6 }), (a, b, c, hs) => {
      wellFormed(detectWicCoverage(signals({ title: a, description: b, text: c, h1: hs, h2: hs, published: b, jsonLd: { headline: c, keywords: a, datePublished: c }, url: 'https://news.example.com/2017/12/04/wic-2017' }), N));
    }), { numRuns: 300 });
  });

  it('does bounded work: megabyte fields give the verdict of their capped prefixes', () => {
    const unit = 'World\u200d Internet\u202e Conference 世界互联网大会 WIC 2017 Wuzhen \ud800 ';
    const mb = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const big = signals({ title: mb, description: mb, ogTitle: mb, text: mb, h1: Array(1000).fill(mb), h2: Array(1000).fill(mb), published: mb, jsonLd: { headline: mb, keywords: mb, about: mb, datePublished: mb } });
    big.url = { host: mb, path: mb };
    const cut = (s: string, n: number) => s.slice(0, n);
    const capped = signals({ title: cut(mb, 2000), description: cut(mb, 2000), ogTitle: cut(mb, 2000), text: cut(mb, 40000), h1: Array(5).fill(cut(mb, 2000)), h2: Array(20).fill(cut(mb, 2000)), published: cut(mb, 2000), jsonLd: { headline: cut(mb, 2000), keywords: cut(mb, 2000), about: cut(mb, 2000), datePublished: cut(mb, 2000) } });
    capped.url = { host: cut(mb, 2000), path: cut(mb, 2000) };
    const v = detectWicCoverage(big, N);
    wellFormed(v);
    expect(v).toEqual(detectWicCoverage(capped, N));
    expect(v.kind).toBe('about');
  });
});

describe('date readers', () => {
  const isDay = (d: number) => Number.isNaN(d) || (Number.isInteger(d) && d >= dayOf(1990, 1, 1) && d <= dayOf(2100, 12, 31));

  it('never throw and return a day in 1990-2100 or NaN, on any text', () => {
    fc.assert(fc.property(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
      expect(isDay(isoDay(s))).toBe(true);
      expect(isDay(urlDay(s))).toBe(true);
      expect(isDay(textDay(s))).toBe(true);
    }), { numRuns: 500 });
  });

  it('read back the dates they are given, in ISO, URL and running-text forms', () => {
    fc.assert(fc.property(fc.integer({ min: 2014, max: 2039 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
      const day = dayOf(y, m, d);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(isoOf(day)).toBe(iso);
      expect(isoDay(`${iso}T08:00:00+08:00`)).toBe(day);
      expect(urlDay(`/world/${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/story`)).toBe(day);
      expect(textDay(`Published ${y}年${m}月${d}日 in Wuzhen`)).toBe(day);
    }), { numRuns: 200 });
  });
});
