// Compares a number on the page with the knowledge base's sourced figures.
//
// Rule, per figure value (and each of its `equivalents`, e.g. 112bn CNY ≈ 16.93bn USD), in the same
// unit family only (one currency; percent; percentage points; plain counts ↔ count units):
// - same:    equal (to 1e-9 relative);
// - rounded: consistent but less precise: within the page's own rounding (half a step of its last
//            digit: "$17bn" ± 0.5bn, "a quarter" ± 2.5 points), within the figure's tolerance
//            (default 5%), or a true bound within 25% ("more than 600" for 674);
// - differs: farther than that but within DIFFERS_WITHIN (25%) — close enough to be the same claim
//            with a wrong number ("$20bn" against 16.93bn);
// - farther: no match (another number altogether, including an order-of-magnitude slip).
// Otherwise a hedge does not change the relation; it adds a note: "nearly 1.8 million" against
// exactly 1.8m is 'same' with note 'hedged-but-exact'; "over 400" against 390 notes 'hedge-contradicted'.
// A plain number with no unit ("1120亿") may also match a currency figure, as same or rounded only,
// and after any match in its own family.

import type { Figure } from '../kb/types';
import type { FigureMention } from './figures';

export type FigureRelation = 'same' | 'rounded' | 'differs';

/** Machine-readable; the UI turns it into words. */
export type FigureNote = 'hedged-but-exact' | 'hedge-contradicted';

export interface FigureMatch {
  figureId: string;
  relation: FigureRelation;
  pageValue: number;
  pageUnit: string | null;
  /** The value compared against: the figure's own, or the equivalent used (see `viaEquivalent`). */
  sourceValue: number;
  sourceUnit: string;
  /** Compared through `Figure.equivalents` (e.g. the page says dollars, the source yuan). */
  viaEquivalent: boolean;
  note?: FigureNote;
}

/** Beyond rounding but within this relative distance, a number is reported as differing. */
export const DIFFERS_WITHIN = 0.25;

const RANK: Record<FigureRelation, number> = { same: 0, rounded: 1, differs: 2 };

function family(unit: string | null): string {
  if (unit === null) return 'count';
  if (unit === 'percent' || unit === 'percentage-points') return unit;
  return /^[A-Z]{3}$/.test(unit) ? unit : 'count';
}

export function matchFigure(m: FigureMention, figures: readonly Figure[]): FigureMatch | null {
  let best: FigureMatch | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const pageFamily = family(m.unit);
  for (const f of figures) {
    const tolerance = f.tolerance ?? 0.05;
    const candidates = [{ value: f.value, unit: f.unit, via: false }, ...(f.equivalents ?? []).map((e) => ({ ...e, via: true }))];
    for (const c of candidates) {
      const candidateFamily = family(c.unit);
      const loose = pageFamily === 'count' && candidateFamily !== 'count' && candidateFamily !== 'percent' && candidateFamily !== 'percentage-points';
      if ((candidateFamily !== pageFamily && !loose) || !Number.isFinite(c.value)) continue;
      const size = Math.abs(c.value);
      const diff = Math.abs(m.value - c.value);
      const eps = 1e-9 * Math.max(size, 1);
      const bound = (m.hedge === 'above' && c.value > m.value) || (m.hedge === 'below' && c.value < m.value);
      let relation: FigureRelation;
      if (diff <= eps) relation = 'same';
      else if (diff <= m.precision + eps || diff <= tolerance * size || (bound && diff <= DIFFERS_WITHIN * size)) relation = 'rounded';
      else if (diff <= DIFFERS_WITHIN * size && !loose) relation = 'differs';
      else continue;
      const distance = diff / Math.max(size, eps) + (loose ? 1 : 0);
      if (best !== null && (RANK[relation] > RANK[best.relation] || (RANK[relation] === RANK[best.relation] && distance >= bestDistance))) continue;
      let note: FigureNote | undefined;
      if (relation === 'same' && m.approx && !f.approx) note = 'hedged-but-exact';
      else if ((m.hedge === 'below' && c.value > m.value + eps) || (m.hedge === 'above' && c.value < m.value - eps)) note = 'hedge-contradicted';
      best = {
        figureId: f.id, relation, pageValue: m.value, pageUnit: m.unit, sourceValue: c.value, sourceUnit: c.unit, viaEquivalent: c.via,
        ...(note !== undefined ? { note } : {}),
      };
      bestDistance = distance;
    }
  }
  return best;
}
