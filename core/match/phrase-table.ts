// Longest-phrase lookup at a given offset, compared in folded form (case, width, diacritics, dash
// and apostrophe variants) through a small trie, without building any string, for the figure
// parser's word lists.

import { charTables, F_HANGUL, F_WORD, type CharTables } from './char-table';

const SPACE = 0x20;
const MAX_SPACE_RUN = 64;

interface Node<T> {
  next: Map<number, Node<T>>;
  value: T | undefined;
  /** Ends in a letter, so the text must not continue with a letter of the same word. */
  wordEnd: boolean;
}

export interface PhraseHit<T> {
  end: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined, wordEnd: false };
  private readonly tables: CharTables = charTables();

  constructor(entries: Iterable<readonly [string, T]>) {
    const { fold, flags } = this.tables;
    for (const [text, value] of entries) {
      let node = this.root;
      let last = -1;
      for (const ch of text.normalize('NFC')) {
        for (let k = 0; k < ch.length; k++) {
          const c = fold[ch.charCodeAt(k)]!;
          if (c === SPACE && (node === this.root || last === SPACE)) continue;
          let child = node.next.get(c);
          if (child === undefined) {
            child = { next: new Map(), value: undefined, wordEnd: false };
            node.next.set(c, child);
          }
          node = child;
          last = c;
        }
      }
      if (node === this.root || node.value !== undefined) continue;
      const lf = flags[last]!;
      node.value = value;
      node.wordEnd = (lf & F_WORD) !== 0 && !(lf & F_HANGUL);
    }
  }

  private firsts: Uint8Array | null = null;

  /** Whether some phrase could start with the character code `c` (a table read, for hot loops). */
  canStart(c: number): boolean {
    if (this.firsts === null) {
      const { fold, changed } = this.tables;
      this.firsts = new Uint8Array(0x10000);
      for (const k of this.root.next.keys()) if (fold[k] === k) this.firsts[k] = 1;
      for (const k of changed) if (this.root.next.has(fold[k]!)) this.firsts[k] = 1;
    }
    return this.firsts[c] === 1;
  }

  /** The longest phrase starting exactly at `i`; a space in a phrase matches a run of spaces/dashes. */
  match(text: string, i: number, onStep?: () => void): PhraseHit<T> | null {
    const { fold, flags } = this.tables;
    const n = text.length;
    let node = this.root;
    let j = i;
    let best: PhraseHit<T> | null = null;
    while (j < n) {
      if (onStep) onStep();
      const c = fold[text.charCodeAt(j)]!;
      const child = node.next.get(c);
      if (child === undefined) break;
      node = child;
      j++;
      if (c === SPACE) while (j < n && j - i < MAX_SPACE_RUN && fold[text.charCodeAt(j)] === SPACE) j++;
      if (node.value === undefined) continue;
      if (node.wordEnd && j < n) {
        const f = flags[text.charCodeAt(j)]!;
        if (f & F_WORD && !(f & F_HANGUL)) continue;
      }
      best = { end: j, value: node.value };
    }
    return best;
  }
}
