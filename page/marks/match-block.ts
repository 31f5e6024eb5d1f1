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

/**
 * Text the figure parser could find something in: a digit (ASCII, full-width, Arabic-Indic), a
 * Chinese numeral, or a share word ("a quarter", "la moitié", "一半"). Most paragraphs have none,
 * and skipping the parser there is most of the matching time saved. Kept a superset of what
 * core/match/figures.ts recognises by match-block.test.ts, which reads the parser's word list.
 */
export const MAY_HAVE_FIGURE =
  /[0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9零〇一二两兩三四五六七八九十半]|quart|third|fourth|fifth|half|one in|viert|dritt|h[aä]lfte|tiers|moiti|cuart|tercio|mitad|ter[cç]o|metade|terzo|met[aà]|четверт|трет|половин|ربع|ثلث|نصف|절반/i;

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
  if (m.figures.length > 0 && MAY_HAVE_FIGURE.test(text)) {
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
