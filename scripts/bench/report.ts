// Rows of the benchmark, the stdout table and the JSON record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Status = 'met' | 'MISSED' | 'info' | 'not built yet' | 'skipped' | 'failed';

export interface Row {
  section: string;
  name: string;
  /** Numeric value in `unit`; null when the row has no number (see status/note). */
  value: number | null;
  unit: string;
  /** e.g. { max: 0.5 } meaning value ≤ 0.5. */
  budget?: { max: number };
  status: Status;
  /** How the number was obtained, or why there is none. */
  note?: string;
}

export function median(values: number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function row(section: string, name: string, value: number | null, unit: string, opts: { budget?: number; note?: string; status?: Status } = {}): Row {
  const budget = opts.budget === undefined ? undefined : { max: opts.budget };
  let status: Status = opts.status ?? 'info';
  if (!opts.status && budget && value !== null && Number.isFinite(value)) status = value <= budget.max ? 'met' : 'MISSED';
  return { section, name, value: value !== null && Number.isFinite(value) ? value : null, unit, budget, status, note: opts.note };
}

function fmt(value: number | null, unit: string): string {
  if (value === null) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.section,
    r.name,
    r.value === null ? (r.status === 'info' ? '—' : r.status) : fmt(r.value, r.unit),
    r.budget ? `≤ ${fmt(r.budget.max, r.unit)}` : '',
    r.budget || r.status !== 'info' ? r.status : '',
    r.note ?? '',
  ]);
  const head = ['section', 'row', 'value', 'budget', 'met?', 'how / note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]!))).join(' | ').replace(/[\s|]+$/, '');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
