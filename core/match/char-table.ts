// Per-code-unit lookup tables shared by the term matcher and the figure parser, built once so the
// hot loops do array reads instead of string work. Every table maps one UTF-16 unit to one unit,
// so offsets never shift.

import { foldText } from '../text/fold';

/** Letter or digit of a script that separates words with spaces (Latin, Greek, Cyrillic, Arabic, Hangul…). */
export const F_WORD = 1;
/** Hangul: Korean particles attach to the word before them, so no boundary is needed after a name. */
export const F_HANGUL = 2;
/** Whitespace, and hyphens, which aliases treat like a space ("e-commerce" = "e commerce"). */
export const F_SPACE = 4;
/** Invisible format characters (bidi marks, ZWJ/ZWNJ/ZWSP, soft hyphen, BOM, tatweel): skipped. */
export const F_IGNORABLE = 8;
/** Combining marks: skipped while matching (diacritic-insensitive), but part of the word around them. */
export const F_COMBINING = 16;
/** ASCII, full-width or Arabic-Indic digit. */
export const F_DIGIT = 32;
/** Arabic-script letter (for the one-letter proclitics و ف ب ك ل). */
export const F_ARABIC = 64;

export interface CharTables {
  flags: Uint8Array;
  /** Case, width, diacritic and punctuation folding: what aliases are compared in. */
  fold: Uint16Array;
  /** Every code unit whose `fold` differs from itself, so per-alphabet tables can skip a 64K scan. */
  changed: Int32Array;
}

let tables: CharTables | null = null;

const APOSTROPHES = [0x60, 0xb4, 0x2b9, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07];
/** Name dots in transliterated names (蒂姆·库克, ティム・クック) are written with several characters. */
const INTERPUNCTS = [0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff65];
const HYPHENS = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d];
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];

const COMBINING: readonly (readonly [number, number])[] = [
  [0x300, 0x36f], [0x483, 0x489], [0x591, 0x5bd], [0x64b, 0x65f], [0x670, 0x670], [0x6d6, 0x6dc],
  [0x6df, 0x6e4], [0x6e7, 0x6e8], [0x6ea, 0x6ed], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const IGNORABLE: readonly (readonly [number, number])[] = [
  [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x640, 0x640], [0x180e, 0x180e], [0x200b, 0x200f],
  [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
];
/** Ranges the matcher skips over: invisible format characters and combining marks. */
export const SKIPPED: readonly (readonly [number, number])[] = [...COMBINING, ...IGNORABLE];

function build(): CharTables {
  const flags = new Uint8Array(0x10000);
  const word: [number, number][] = [
    [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba],
    [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2af], [0x370, 0x373], [0x376, 0x37d], [0x37f, 0x3ff],
    [0x400, 0x52f], [0x531, 0x587], [0x5d0, 0x5ea], [0x620, 0x64a], [0x660, 0x669], [0x66e, 0x6d3],
    [0x6d5, 0x6d5], [0x6ee, 0x6ff], [0x750, 0x77f], [0x900, 0x97f], [0x1100, 0x11ff], [0x1e00, 0x1fff],
    [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xd7b0, 0xd7ff], [0xfb00, 0xfb06],
    [0xfb50, 0xfdff], [0xfe70, 0xfefc], [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a],
  ];
  // Layered fills, later layers refining earlier ones (all cheap native fills: this runs cold).
  for (const [a, b] of word) flags.fill(F_WORD, a, b + 1);
  for (const [a, b] of [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xd7b0, 0xd7ff]] as const) {
    flags.fill(F_WORD | F_HANGUL, a, b + 1);
  }
  flags.fill(F_WORD | F_ARABIC, 0x620, 0x64b);
  flags.fill(F_WORD | F_ARABIC, 0x66e, 0x6d4);
  for (const a of [0x30, 0xff10, 0x660, 0x6f0]) flags.fill(F_WORD | F_DIGIT, a, a + 10);
  for (const [a, b] of COMBINING) flags.fill(F_COMBINING | F_WORD, a, b + 1);
  for (const [a, b] of IGNORABLE) flags.fill(F_IGNORABLE, a, b + 1);
  for (const c of SPACES) flags[c] = F_SPACE;
  flags.fill(F_SPACE, 0x2000, 0x200b);
  for (const c of HYPHENS) flags[c] = F_SPACE;

  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  const candidates: number[] = [];
  // Only these ranges change under foldText; folding them as strings keeps one source of truth.
  for (const [a, b] of [[0x41, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff], [0x3000, 0x3000], [0xff01, 0xff5e]] as const) {
    let s = '';
    for (let c = a; c <= b; c++) s += String.fromCharCode(c);
    const f = foldText(s);
    for (let c = a; c <= b; c++) {
      fold[c] = f.charCodeAt(c - a);
      candidates.push(c);
    }
  }
  const spaceLike = [...SPACES, ...HYPHENS, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a];
  for (const c of spaceLike) fold[c] = 0x20;
  for (const c of APOSTROPHES) fold[c] = 0x27;
  for (const c of INTERPUNCTS) fold[c] = 0xb7;
  const changed = [...new Set([...candidates, ...spaceLike, ...APOSTROPHES, ...INTERPUNCTS])].filter((c) => fold[c] !== c);
  return { flags, fold, changed: Int32Array.from(changed) };
}

/** Width and punctuation folding only (no case or diacritics), for case-sensitive acronyms. */
export function widthFold(c: number): number {
  const f = charTables().fold[c]!;
  if (f === 0x20 || f === 0x27 || f === 0xb7) return f;
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

export function charTables(): CharTables {
  if (tables === null) tables = build();
  return tables;
}
