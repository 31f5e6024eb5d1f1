// Longest-phrase lookup at a given offset, compared in folded form (case, width, diacritics, dash
// and apostrophe variants) without building any string, for the figure parser's small word lists.

import { charTables, F_HANGUL, F_WORD } from './char-table';

const SPACE = 0x20;

interface Phrase<T> {
  codes: Uint16Array;
  value: T;
  /** Ends in a letter, so the text must not continue with a letter of the same word. */
  wordEnd: boolean;
}

export interface PhraseHit<T> {
  end: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<number, Phrase<T>[]>();
  private readonly firsts = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [string, T]>) {
    const { fold, flags } = charTables();
    for (const [text, value] of entries) {
      const codes: number[] = [];
      for (const ch of text.normalize('NFC')) {
        for (let k = 0; k < ch.length; k++) {
          const c = fold[ch.charCodeAt(k)]!;
          if (c === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE)) continue;
          codes.push(c);
        }
      }
      const first = codes[0];
      const last = codes[codes.length - 1];
      if (first === undefined || last === undefined) continue;
      const lf = flags[last]!;
      const list = this.byFirst.get(first) ?? [];
      list.push({ codes: Uint16Array.from(codes), value, wordEnd: (lf & F_WORD) !== 0 && !(lf & F_HANGUL) });
      list.sort((a, b) => b.codes.length - a.codes.length);
      this.byFirst.set(first, list);
      this.firsts[first] = 1;
    }
  }

  /** Whether some phrase could start with the character code `c`. */
  canStart(c: number): boolean {
    return this.firsts[charTables().fold[c]!] === 1;
  }

  /** The longest phrase starting exactly at `i`; a space in a phrase matches a run of spaces/dashes. */
  match(text: string, i: number): PhraseHit<T> | null {
    const { fold, flags } = charTables();
    if (i >= text.length) return null;
    const list = this.byFirst.get(fold[text.charCodeAt(i)]!);
    if (list === undefined) return null;
    for (const p of list) {
      let j = i;
      let ok = true;
      for (let k = 0; k < p.codes.length; k++) {
        if (j >= text.length) {
          ok = false;
          break;
        }
        const c = fold[text.charCodeAt(j)]!;
        if (c !== p.codes[k]) {
          ok = false;
          break;
        }
        j++;
        if (c === SPACE) while (j < text.length && fold[text.charCodeAt(j)] === SPACE && j - i < 64) j++;
      }
      if (!ok) continue;
      if (p.wordEnd && j < text.length) {
        const f = flags[text.charCodeAt(j)]!;
        if (f & F_WORD && !(f & F_HANGUL)) continue;
      }
      return { end: j, value: p.value };
    }
    return null;
  }
}
