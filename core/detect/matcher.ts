// Finds the WIC's names in text in one left-to-right pass over folded text, with the ordinal or
// year that numbers each hit. Work is linear in the text: every position is visited once and a
// candidate is verified against the few names sharing its first character.
import { foldText } from '../text/fold';
import type { EditionDates } from '../kb/types';
import type { NamesData } from './types';

export const CONFERENCE = 0;
export const SUMMIT = 1;
export const ACRONYM = 2;

interface Pattern { parts: string[]; family: number; cs: boolean; word: boolean }
interface Ordinal { form: string; n: number; cs: boolean; word: boolean }

export interface Matcher {
  first: Map<number, Pattern[]>;
  bloom: Uint8Array;
  before: Map<number, Ordinal[]>;
  after: Ordinal[];
  editions: EditionDates[];
  minYear: number;
  maxYear: number;
}

export interface NameHit {
  start: number;
  end: number;
  family: number;
  /** Edition number written next to the name (0 when none), and where that phrase starts. */
  ordinal: number;
  from: number;
  /** Year written next to the name (0 when none). */
  year: number;
}

// Words that may stand between an ordinal and the name: "fourth annual", "cuarta edición de la".
const FILLERS = new Set('the annual edition of na ng ang der die des la de del della da do du edicion edizione edicao ل من'.split(' '));
const SPLIT = /[\s\-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb]+/;

export function isSep(c: number): boolean {
  return c <= 0x20 || c === 0x2d || c === 0x5f || c === 0x27 || c === 0xa0 || c === 0xad || c === 0xb7 ||
    (c >= 0x200b && c <= 0x2019) || c === 0x202f || c === 0x2060 || c === 0x30fb || c === 0xfeff || c === 0x61c;
}

export function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x52f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff);
}

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** foldText plus Arabic alef variants (أ إ آ → ا), still one unit in, one unit out. */
export function normalise(s: string): string {
  const f = foldText(s);
  return /[\u0622\u0623\u0625]/.test(f) ? f.replace(/[\u0622\u0623\u0625]/g, '\u0627') : f;
}

const wordy = (s: string): boolean => isLetter(s.charCodeAt(0)) || isDigit(s.charCodeAt(0));

export function compileNames(names: NamesData): Matcher {
  const first = new Map<number, Pattern[]>();
  const bloom = new Uint8Array(2048);
  const seen = new Set<string>();
  const add = (text: string, family: number, cs: boolean): void => {
    const parts = (cs ? text : normalise(text)).split(SPLIT).filter(Boolean);
    const key = `${family}${cs}${parts.join(' ')}`;
    const head = parts[0];
    if (!head || seen.has(key)) return;
    seen.add(key);
    const code = normalise(head).charCodeAt(0);
    bloom[code & 2047] = 1;
    const list = first.get(code) ?? [];
    list.push({ parts, family, cs, word: wordy(head) });
    first.set(code, list);
  };
  for (const a of names.conference ?? []) add(a.text, a.caseSensitive ? ACRONYM : CONFERENCE, !!a.caseSensitive);
  for (const a of names.summit ?? []) add(a.text, a.caseSensitive ? ACRONYM : SUMMIT, !!a.caseSensitive);

  const before = new Map<number, Ordinal[]>();
  const after: Ordinal[] = [];
  for (const forms of Object.values(names.ordinals ?? {})) {
    for (const [side, table] of [['b', forms?.before], ['a', forms?.after]] as const) {
      for (const [num, list] of Object.entries(table ?? {})) {
        for (const raw of list) {
          // Roman numerals are capitals in text ("IV Conferencia"); everything else is folded.
          const cs = /^[IVX]+$/.test(raw);
          const form = cs ? raw : normalise(raw);
          if (!form) continue;
          const o = { form, n: Number(num), cs, word: wordy(form) };
          if (side === 'a') { after.push(o); continue; }
          const last = normalise(form).charCodeAt(form.length - 1);
          const bucket = before.get(last) ?? [];
          bucket.push(o);
          before.set(last, bucket);
        }
      }
    }
  }
  const editions = Array.isArray(names.editions) ? names.editions : [];
  const years = editions.map((e) => e.year);
  return { first, bloom, before, after, editions, minYear: Math.min(...years), maxYear: Math.max(...years) };
}

/** Finds names in `raw`, appends them to `hits` and returns the steps taken. */
export function scanNames(raw: string, m: Matcher, hits: NameHit[]): number {
  const f = normalise(raw);
  const n = f.length;
  let steps = 0;
  for (let i = 0; i < n; i++) {
    steps++;
    const code = f.charCodeAt(i);
    if (!m.bloom[code & 2047]) continue;
    const list = m.first.get(code);
    if (!list) continue;
    let best = -1;
    let family = 0;
    for (const p of list) {
      if (p.word && i > 0 && isLetter(f.charCodeAt(i - 1))) continue;
      const text = p.cs ? raw : f;
      let j = i;
      let ok = true;
      for (let k = 0; k < p.parts.length && ok; k++) {
        if (k) for (let g = 0; g < 4 && j < n && isSep(f.charCodeAt(j)); g++) j++;
        const part = p.parts[k] as string;
        steps += part.length + 1;
        ok = text.startsWith(part, j);
        j += part.length;
      }
      if (ok && p.cs && j < n && isLetter(f.charCodeAt(j))) ok = false;
      if (ok && j > best) { best = j; family = p.family; }
    }
    if (best < 0) continue;
    const hit: NameHit = { start: i, end: best, family, ordinal: 0, from: i, year: 0 };
    steps += numberHit(raw, f, hit, m);
    hits.push(hit);
    i = best - 1;
  }
  return steps;
}

function skipBack(f: string, j: number, lo: number): number {
  while (j > lo && isSep(f.charCodeAt(j - 1))) j--;
  return j;
}

function skipAhead(f: string, j: number): number {
  for (let g = 0; g < 4 && j < f.length && (isSep(f.charCodeAt(j)) || f[j] === '(' || f[j] === '（'); g++) j++;
  return j;
}

function fourDigitYear(f: string, at: number, m: Matcher): number {
  if (at < 0 || at + 4 > f.length || isDigit(f.charCodeAt(at - 1)) || isDigit(f.charCodeAt(at + 4))) return 0;
  const s = f.slice(at, at + 4);
  const y = /^\d{4}$/.test(s) ? Number(s) : 0;
  return y >= m.minYear && y <= m.maxYear ? y : 0;
}

function ordinalEndingAt(raw: string, f: string, j: number, m: Matcher): Ordinal | null {
  for (const o of m.before.get(f.charCodeAt(j - 1)) ?? []) {
    const at = j - o.form.length;
    if (at < 0 || !(o.cs ? raw : f).startsWith(o.form, at)) continue;
    if (o.word && at > 0 && (isLetter(f.charCodeAt(at - 1)) || isDigit(f.charCodeAt(at - 1)))) continue;
    return o;
  }
  return null;
}

/** Fills in the ordinal and year written next to a hit; returns the steps taken. */
function numberHit(raw: string, f: string, hit: NameHit, m: Matcher): number {
  let steps = 8;
  const lo = Math.max(0, hit.start - 60);
  let j = skipBack(f, hit.start, lo);
  // Up to three filler words may stand between the ordinal and the name.
  for (let words = 0; words < 4 && j > lo; words++) {
    steps += 4;
    const o = ordinalEndingAt(raw, f, j, m);
    if (o) {
      hit.ordinal = o.n;
      hit.from = j - o.form.length;
      break;
    }
    let w = j;
    while (w > lo && !isSep(f.charCodeAt(w - 1))) w--;
    steps += j - w;
    if (!FILLERS.has(f.slice(w, j))) break;
    j = skipBack(f, w, lo);
  }
  const a = skipAhead(f, hit.end);
  if (!hit.ordinal) {
    for (const o of m.after) {
      steps++;
      if (f.startsWith(o.form, a)) { hit.ordinal = o.n; break; }
    }
  }
  let b = skipBack(f, hit.start, lo);
  if (f[b - 1] === '年' || f[b - 1] === '년') b = skipBack(f, b - 1, lo);
  const yearBefore = fourDigitYear(f, b - 4, m);
  hit.year = yearBefore || fourDigitYear(f, a, m);
  if (yearBefore && b - 4 < hit.from) hit.from = b - 4;
  return steps;
}
