// One Aho–Corasick automaton over folded text finds every alias of every knowledge-base entry in a
// single left-to-right pass; leftmost-longest selection and boundary checks run inside that pass.

import type { Alias } from '../kb/types';
import { buildAutomaton } from './automaton';
import { charTables, F_ARABIC, F_COMBINING, F_HANGUL, F_IGNORABLE, F_WORD, widthFold } from './char-table';

export type MatchKind = 'term' | 'person' | 'body' | 'place' | 'wic';

export interface MatchEntry {
  id: string;
  kind: MatchKind;
  aliases: Alias[];
}

export interface TermMatch {
  /** UTF-16 offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  id: string;
  kind: MatchKind;
  /** The alias as written in the knowledge base. */
  alias: string;
}

/** A match in `findAllInChunks`, also located by chunk (e.g. text node) and offset within it. */
export interface ChunkMatch extends TermMatch {
  startChunk: number;
  startOffset: number;
  endChunk: number;
  /** Exclusive, within `endChunk` (may equal that chunk's length). */
  endOffset: number;
}

export interface TermMatcher {
  /**
   * All matches in `text`, sorted and non-overlapping. `onStep` is called once per unit of work
   * (a code unit read, a failure-link hop, an output visited) so tests can prove linear work.
   */
  findAll(text: string, onStep?: () => void): TermMatch[];
  /**
   * Matches over consecutive pieces of one running text (e.g. the text nodes of a paragraph), which
   * may span pieces. Put a `BLOCK_BREAK` chunk between unrelated blocks so no match crosses them.
   */
  findAllInChunks(chunks: readonly string[], onStep?: () => void): ChunkMatch[];
  readonly patternCount: number;
}

/** A separator that no match crosses (a Unicode noncharacter, never meaningful in page text). */
export const BLOCK_BREAK = '\uffff';

const P_LEAD = 1; // needs a word boundary before
const P_TRAIL = 2; // needs a word boundary after
const P_CASE = 4; // compare the original text case-sensitively
const P_ARABIC = 8; // may follow a one-letter Arabic proclitic

const SPACE = 0x20;
const LOOK = 8; // how far boundary checks look through invisible characters
const ARABIC_PROCLITICS = new Set([0x648, 0x641, 0x628, 0x643, 0x644]); // و ف ب ك ل

interface Pattern {
  codes: number[];
  raw: number[];
  flags: number;
  entry: number;
  alias: string;
}

function toPattern(alias: Alias, entry: number): Pattern | null {
  const { flags, fold } = charTables();
  const text = alias.text.normalize('NFC');
  const codes: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = flags[c] ?? 0;
    if (f & (F_IGNORABLE | F_COMBINING) || c === 0xffff) continue;
    const n = fold[c] ?? c;
    if (n === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE)) continue;
    codes.push(n);
    raw.push(widthFold(c));
  }
  if (codes[codes.length - 1] === SPACE) {
    codes.pop();
    raw.pop();
  }
  const first = codes[0];
  const last = codes[codes.length - 1];
  if (first === undefined || last === undefined) return null;
  const ff = flags[first] ?? 0;
  const lf = flags[last] ?? 0;
  let pf = 0;
  if (ff & F_WORD) pf |= P_LEAD;
  if (ff & F_ARABIC && codes.length >= 3) pf |= P_ARABIC;
  if (lf & F_WORD && !(lf & F_HANGUL)) pf |= P_TRAIL;
  if (alias.caseSensitive) pf |= P_CASE;
  return { codes, raw, flags: pf, entry, alias: alias.text };
}

export function compileTermMatcher(entries: readonly MatchEntry[]): TermMatcher {
  const { flags } = charTables();

  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, e) => {
    for (const alias of entry.aliases) {
      const p = toPattern(alias, e);
      if (p === null) continue;
      const key = `${e}\u0000${p.flags & P_CASE ? String.fromCharCode(...p.raw) : String.fromCharCode(...p.codes)}\u0000${p.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      patterns.push(p);
    }
  });

  const auto = buildAutomaton(
    patterns.map((p) => p.codes),
    patterns.map((p) => (p.flags & P_CASE ? 0 : 1)), // an acronym wins over a same-spelled name
  );
  const { act, spaceClass, denseRow, dense, childStart, childCls, childTo, fail, firstOut, dict, outStart, outPat, depth } = auto;
  const patLen = Int32Array.from(patterns, (p) => p.codes.length);
  const patFlags = Int32Array.from(patterns, (p) => p.flags);
  const rawStart = new Int32Array(patterns.length + 1);
  const rawAll: number[] = [];
  patterns.forEach((p, i) => {
    rawStart[i] = rawAll.length;
    if (p.flags & P_CASE) rawAll.push(...p.raw);
  });
  rawStart[patterns.length] = rawAll.length;
  const raw = Uint16Array.from(rawAll);

  let ringSize = 1;
  while (ringSize <= auto.maxDepth) ringSize <<= 1;
  const ringMask = ringSize - 1;

  function leadOk(text: string, start: number, pf: number): boolean {
    let j = start - 1;
    for (let g = 0; j >= 0 && g < LOOK && (flags[text.charCodeAt(j)]! & F_IGNORABLE); g++) j--;
    if (j < 0) return true;
    const c = text.charCodeAt(j);
    const f = flags[c]!;
    if (f & F_IGNORABLE || !(f & F_WORD)) return true;
    if (pf & P_ARABIC && ARABIC_PROCLITICS.has(c)) return j === 0 || !(flags[text.charCodeAt(j - 1)]! & F_WORD);
    return false;
  }

  function trailOk(text: string, end: number): boolean {
    let j = end;
    for (let g = 0; j < text.length && g < LOOK && (flags[text.charCodeAt(j)]! & F_IGNORABLE); g++) j++;
    if (j >= text.length) return true;
    const f = flags[text.charCodeAt(j)]!;
    return f & F_IGNORABLE ? true : !(f & F_WORD) || (f & F_HANGUL) !== 0;
  }

  function caseOk(text: string, start: number, end: number, p: number): boolean {
    let k = rawStart[p]!;
    const kEnd = rawStart[p + 1]!;
    let prevSpace = false;
    for (let j = start; j < end; j++) {
      const c = text.charCodeAt(j);
      if (flags[c]! & (F_IGNORABLE | F_COMBINING)) continue;
      const w = widthFold(c);
      if (w === SPACE) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      if (k >= kEnd || raw[k] !== w) return false;
      k++;
    }
    return k === kEnd;
  }

  // Candidates waiting for leftmost-longest resolution (reused between calls).
  const pStart: number[] = [];
  const pEnd: number[] = [];
  const pOStart: number[] = [];
  const pOEnd: number[] = [];
  const pPat: number[] = [];

  function findAll(text: string, onStep?: () => void): TermMatch[] {
    const out: TermMatch[] = [];
    if (patterns.length === 0) return out;
    const n = text.length;
    const ring = new Int32Array(ringSize);
    let pn = 0;
    let committedEnd = 0;
    let state = 0;
    let ci = 0;
    let prevSpace = true;

    // Emit every pending candidate that no later match can start at or before.
    const settle = (earliest: number): void => {
      while (pn > 0) {
        let b = 0;
        for (let k = 1; k < pn; k++) {
          if (onStep) onStep();
          if (pStart[k]! < pStart[b]! || (pStart[k] === pStart[b] && pEnd[k]! > pEnd[b]!)) b = k;
        }
        if (pStart[b]! >= earliest) return;
        const p = patterns[pPat[b]!]!;
        const entry = entries[p.entry]!;
        out.push({ start: pOStart[b]!, end: pOEnd[b]!, id: entry.id, kind: entry.kind, alias: p.alias });
        committedEnd = pEnd[b]!;
        let w = 0;
        for (let k = 0; k < pn; k++) {
          if (pStart[k]! < committedEnd) continue;
          pStart[w] = pStart[k]!;
          pEnd[w] = pEnd[k]!;
          pOStart[w] = pOStart[k]!;
          pOEnd[w] = pOEnd[k]!;
          pPat[w] = pPat[k]!;
          w++;
        }
        pn = w;
      }
    };

    for (let i = 0; i < n; i++) {
      if (onStep) onStep();
      const a = act[text.charCodeAt(i)]!;
      if (a < 0) continue;
      if (a === spaceClass) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      ring[ci & ringMask] = i;
      ci++;
      if (a === 0) {
        state = 0;
      } else {
        for (;;) {
          const row = denseRow[state]!;
          if (row >= 0) {
            state = dense[row + a]!;
            break;
          }
          let next = -1;
          for (let e = childStart[state]!, eEnd = childStart[state + 1]!; e < eEnd; e++) {
            const ec = childCls[e]!;
            if (ec >= a) {
              if (ec === a) next = childTo[e]!;
              break;
            }
          }
          if (next >= 0) {
            state = next;
            break;
          }
          state = fail[state]!;
          if (onStep) onStep();
        }
      }

      for (let node = firstOut[state]!; node !== 0; node = dict[node]!) {
        if (onStep) onStep();
        for (let k = outStart[node]!, kEnd = outStart[node + 1]!; k < kEnd; k++) {
          const p = outPat[k]!;
          const startC = ci - patLen[p]!;
          if (startC < committedEnd) break;
          const pf = patFlags[p]!;
          const start = ring[startC & ringMask]!;
          let end = i + 1;
          if (pf & P_LEAD && !leadOk(text, start, pf)) continue;
          if (pf & P_CASE && !caseOk(text, start, end, p)) continue;
          for (let g = 0; end < n && g < LOOK && (flags[text.charCodeAt(end)]! & F_COMBINING); g++) end++;
          if (pf & P_TRAIL && !trailOk(text, end)) continue;
          pStart[pn] = startC;
          pEnd[pn] = ci;
          pOStart[pn] = start;
          pOEnd[pn] = end;
          pPat[pn] = p;
          pn++;
          break;
        }
      }
      if (pn > 0) settle(ci - depth[state]!);
    }
    settle(Number.POSITIVE_INFINITY);
    return out;
  }

  function findAllInChunks(chunks: readonly string[], onStep?: () => void): ChunkMatch[] {
    const offsets = new Int32Array(chunks.length + 1);
    for (let k = 0; k < chunks.length; k++) offsets[k + 1] = offsets[k]! + chunks[k]!.length;
    const matches = findAll(chunks.join(''), onStep);
    const out: ChunkMatch[] = [];
    let sc = 0;
    let ec = 0;
    for (const m of matches) {
      while (offsets[sc + 1]! <= m.start) sc++;
      while (offsets[ec + 1]! < m.end) ec++;
      if (ec < sc) ec = sc;
      out.push({
        start: m.start, end: m.end, id: m.id, kind: m.kind, alias: m.alias,
        startChunk: sc, startOffset: m.start - offsets[sc]!, endChunk: ec, endOffset: m.end - offsets[ec]!,
      });
    }
    return out;
  }

  return { findAll, findAllInChunks, patternCount: patterns.length };
}
