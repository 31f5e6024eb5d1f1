export { detectWicCoverage, ABOUT_SCORE } from './detect';
export { describeReason } from './describe';
export { mayNameWic, type NameLists } from './prefilter';
export type { DetectionReason, DetectionVerdict, NamesData, PageSignals } from './types';
