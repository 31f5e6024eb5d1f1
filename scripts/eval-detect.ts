// Detection report: runs what the extension runs on a page (the gate, then readPageSignals +
// detectWicCoverage where the gate passes) over the labelled fixtures (and the shared real pages, as
// negatives) and prints precision, recall, confusion, edition accuracy, how many pages the gate let
// through, and every misclassified page with its reasons. A report, not a gate: it always exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import names from '../data/names.json' with { type: 'json' };
import { describeReason, detectWicCoverage, type DetectionVerdict, type NamesData } from '../core/detect/index';
import { compileGate, gateMatcher } from '../core/detect/prefilter';
import { gatePasses } from '../page/gate/gate-main';
import { readPageSignals } from '../page/signals';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests/fixtures/detect');
const REAL = resolve(ROOT, '../shared/pages/real');

type Kind = 'about' | 'mentions' | 'none';
export interface Label {
  file: string;
  url: string;
  expected: Kind;
  edition: number | null;
  lang: string;
  kind: 'wic' | 'hard-negative' | 'mention' | 'negative' | 'real';
}
export interface Row { label: Label; verdict: DetectionVerdict; gate: boolean }
export interface Report {
  rows: Row[];
  precision: number;
  recall: number;
  editionAccuracy: number;
  editionTotal: number;
}

const GATE = gateMatcher(compileGate(names as NamesData));

/** The verdict the extension reaches on this page, and whether its gate let the page through. */
export function detectPage(html: string, url: string): { verdict: DetectionVerdict; gate: boolean } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const gate = gatePasses(doc, url, GATE);
    const verdict = gate ? detectWicCoverage(readPageSignals(doc, url), names as NamesData) : { kind: 'none' as const, score: 0, edition: null, reasons: [] };
    return { verdict, gate };
  } finally {
    void window.happyDOM.close();
  }
}

export function detectHtml(html: string, url: string): DetectionVerdict {
  return detectPage(html, url).verdict;
}

export function loadLabels(): Label[] {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8')) as Label[];
  const real: Label[] = existsSync(REAL)
    ? readdirSync(REAL).filter((f) => f.endsWith('.html')).map((f) => ({
      file: join(REAL, f), url: `https://example.org/real/${f}`, expected: 'none', edition: null, lang: 'real', kind: 'real',
    }))
    : [];
  return [...labels.map((l) => ({ ...l, file: join(FIXTURES, l.file) })), ...real];
}

export function evaluate(labels: Label[] = loadLabels()): Report {
  const rows = labels.map((label) => ({ label, ...detectPage(readFileSync(label.file, 'utf8'), label.url) }));
  const about = (k: Kind): boolean => k === 'about';
  const tp = rows.filter((r) => about(r.label.expected) && about(r.verdict.kind)).length;
  const fp = rows.filter((r) => !about(r.label.expected) && about(r.verdict.kind)).length;
  const fn = rows.filter((r) => about(r.label.expected) && !about(r.verdict.kind)).length;
  const dated = rows.filter((r) => about(r.label.expected));
  const editionOk = dated.filter((r) => r.verdict.edition === r.label.edition).length;
  return {
    rows,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    editionAccuracy: dated.length ? editionOk / dated.length : 1,
    editionTotal: dated.length,
  };
}

function table(title: string, rows: Row[], by: (r: Row) => string): void {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(by(r), [...(groups.get(by(r)) ?? []), r]);
  console.log(`\n${title}`);
  console.log(`${'group'.padEnd(16)} ${'n'.padStart(4)} ${'about'.padStart(6)} ${'mentions'.padStart(9)} ${'none'.padStart(5)} ${'correct'.padStart(8)}`);
  for (const [g, rs] of [...groups].sort()) {
    const count = (k: Kind): number => rs.filter((r) => r.verdict.kind === k).length;
    const ok = rs.filter((r) => r.verdict.kind === r.label.expected).length;
    console.log(`${g.padEnd(16)} ${String(rs.length).padStart(4)} ${String(count('about')).padStart(6)} ${String(count('mentions')).padStart(9)} ${String(count('none')).padStart(5)} ${`${ok}/${rs.length}`.padStart(8)}`);
  }
}

function main(): void {
  const report = evaluate();
  const { rows } = report;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`Detection on ${rows.length} pages (${rows.filter((r) => r.label.kind === 'real').length} shared real pages as negatives)`);
  console.log(`precision (about): ${pct(report.precision)}   recall (about): ${pct(report.recall)}   edition accuracy: ${pct(report.editionAccuracy)} of ${report.editionTotal} about pages`);
  const passed = (rs: Row[]): string => `${rs.filter((r) => r.gate).length} of ${rs.length}`;
  console.log(`gate (every page; loads the rest only when it passes): passed ${passed(rows.filter((r) => r.label.expected !== 'none'))} pages about or mentioning the WIC, ${passed(rows.filter((r) => r.label.expected === 'none'))} of the others (${passed(rows.filter((r) => r.label.kind === 'real'))} shared real pages)`);
  table('By kind (rows: label kind; columns: verdict)', rows, (r) => r.label.kind);
  table('By language', rows, (r) => r.label.lang);
  const wrong = rows.filter((r) => r.verdict.kind !== r.label.expected ||
    (r.label.expected === 'about' && r.verdict.edition !== r.label.edition));
  console.log(`\nMisclassified or wrong edition: ${wrong.length}`);
  for (const r of wrong) {
    console.log(`- ${r.label.file.replace(`${ROOT}/`, '')}: expected ${r.label.expected}/${r.label.edition ?? '-'}, got ${r.verdict.kind}/${r.verdict.edition ?? '-'} (score ${r.verdict.score})`);
    for (const reason of r.verdict.reasons) console.log(`    ${describeReason(reason)}`);
    if (!r.verdict.reasons.length) console.log('    no WIC name found');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
