// Held-out detection check: the same parse-and-detect path as eval-detect, over pages the detector was
// not tuned on (tests/fixtures/detect-holdout, or a directory given as the first argument). A report:
// it prints precision, recall, mentions accuracy, edition accuracy and every miss with its reasons.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeReason } from '../core/detect/index';
import { detectHtml, type Label } from './eval-detect';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? join(ROOT, 'tests/fixtures/detect-holdout'));
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
const rows = labels.map((label) => ({ label, verdict: detectHtml(readFileSync(join(dir, label.file), 'utf8'), label.url) }));

const isAbout = (k: string): boolean => k === 'about';
const tp = rows.filter((r) => isAbout(r.label.expected) && isAbout(r.verdict.kind)).length;
const fp = rows.filter((r) => !isAbout(r.label.expected) && isAbout(r.verdict.kind)).length;
const fn = rows.filter((r) => isAbout(r.label.expected) && !isAbout(r.verdict.kind)).length;
const mentions = rows.filter((r) => r.label.expected === 'mentions');
const dated = rows.filter((r) => isAbout(r.label.expected) && isAbout(r.verdict.kind));
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a');

console.log(`Held-out detection on ${rows.length} pages from ${dir.replace(`${ROOT}/`, '')}`);
console.log(`precision (about): ${pct(tp, tp + fp)}`);
console.log(`recall (about):    ${pct(tp, tp + fn)}`);
console.log(`mentions accuracy: ${pct(mentions.filter((r) => r.verdict.kind === 'mentions').length, mentions.length)}`);
console.log(`edition accuracy:  ${pct(dated.filter((r) => r.verdict.edition === r.label.edition).length, dated.length)} of pages detected as about`);
console.log(`3-way accuracy:    ${pct(rows.filter((r) => r.verdict.kind === r.label.expected).length, rows.length)}`);

for (const [title, key] of [['kind', 'kind'], ['language', 'lang']] as const) {
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(r.label[key], [...(groups.get(r.label[key]) ?? []), r]);
  console.log(`\nBy ${title}: n about/mentions/none correct`);
  for (const [g, rs] of [...groups].sort()) {
    const n = (k: string): number => rs.filter((r) => r.verdict.kind === k).length;
    console.log(`  ${g.padEnd(14)} ${String(rs.length).padStart(3)}  ${n('about')}/${n('mentions')}/${n('none')}  ${rs.filter((r) => r.verdict.kind === r.label.expected).length}/${rs.length}`);
  }
}

const wrong = rows.filter((r) => r.verdict.kind !== r.label.expected ||
  (isAbout(r.label.expected) && isAbout(r.verdict.kind) && r.verdict.edition !== r.label.edition));
console.log(`\nMisclassified or wrong edition: ${wrong.length}`);
for (const r of wrong) {
  console.log(`- ${r.label.file} [${r.label.lang}/${r.label.kind}]: expected ${r.label.expected}/${r.label.edition ?? '-'}, got ${r.verdict.kind}/${r.verdict.edition ?? '-'} (score ${r.verdict.score})`);
  for (const reason of r.verdict.reasons) console.log(`    ${describeReason(reason)}`);
  if (!r.verdict.reasons.length) console.log('    no WIC name found');
}
