// Finds what to mark in one block's text: knowledge-base names (one pass of the compiled matcher)
// and figures the knowledge base has sourced. Long blocks are read in windows cut at spaces so no
// single call runs long; a name straddling a cut is the price.
import type { Figure } from '../../core/kb/types';
import { matchFigure, parseFigures, type FigureMatch } from '../../core/match/figures';
import type { MatchKind, TermMatcher } from '../../core/match/term-matcher';

export type MarkKind = Exclude<MatchKind, 'wic'> | 'figure';

/** One thing to mark, by offsets into its block's text. */
export interface MarkSpec {
  start: number;
  end: number;
  id: string;
  kind: MarkKind;
  figure?: FigureMatch;
}

export interface BlockMatcher {
  matcher: TermMatcher;
  figures: readonly Figure[];
  lang: string;
}

export const WINDOW = 16_000;

/** [start, end) windows over `text`, each at most `size` long, cut after a space where one is near. */
export function windows(text: string, size = WINDOW): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + size / 2) end = space + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Marks for `text` (sorted, non-overlapping; a name wins over a figure it overlaps). */
export function matchText(text: string, offset: number, m: BlockMatcher): MarkSpec[] {
  const terms: MarkSpec[] = [];
  for (const t of m.matcher.findAll(text)) {
    // The WIC's own names are everywhere on a page about it; the panel, not a mark, explains them.
    if (t.kind === 'wic') continue;
    terms.push({ start: t.start + offset, end: t.end + offset, id: t.id, kind: t.kind });
  }
  const figures: MarkSpec[] = [];
  if (m.figures.length > 0) {
    for (const f of parseFigures(text, { lang: m.lang })) {
      const found = matchFigure(f, m.figures);
      if (found) figures.push({ start: f.start + offset, end: f.end + offset, id: found.figureId, kind: 'figure', figure: found });
    }
  }
  if (figures.length === 0) return terms;
  const out: MarkSpec[] = [];
  let i = 0;
  for (const f of figures) {
    while (i < terms.length && terms[i]!.end <= f.start) out.push(terms[i++]!);
    const overlaps = (i < terms.length && terms[i]!.start < f.end) || (out.length > 0 && out[out.length - 1]!.end > f.start);
    if (!overlaps) out.push(f);
  }
  while (i < terms.length) out.push(terms[i++]!);
  return out;
}
