// Detection on the current document: cheap, bounded signal reading (page/signals.ts) scored by
// the pure core (core/detect) against the WIC's names (data/names.json, the only data shipped
// in the script every page loads).
import { detectWicCoverage, type DetectionVerdict } from '../core/detect';
import { wicNames } from '../data/names';
import { readPageSignals } from './signals';

export type PageVerdict = DetectionVerdict;

export function detectHere(): PageVerdict {
  try {
    return detectWicCoverage(readPageSignals(document, location.href), wicNames);
  } catch {
    // A page odd enough to break signal reading is not one we can say anything about.
    return { kind: 'none', score: 0, edition: null, reasons: [] };
  }
}
