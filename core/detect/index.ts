export { detectWicCoverage, ABOUT_SCORE } from './detect';
export { describeReason } from './describe';
export type { DetectionReason, DetectionVerdict, NamesData, PageSignals } from './types';
