// Bundle sizes of the production build (raw and gzip -9) and the store packages, and a check that
// the production bundles carry none of the bench-only User Timing names.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Builds } from './build';
import { row, type Row } from './report';
import { BENCH_MEASURES } from './protocol';

const FILES = [
  ['the gate (every page, page world)', 'gate.js'],
  ['content code (injected where the gate passes)', 'wic-content.js'],
  ['background', 'background.js'],
  ['WIC app (lazy, WIC pages only)', 'wic-app.js'],
] as const;

export function bundleRows(builds: Builds): { rows: Row[]; data: Record<string, unknown> } {
  const S = 'bundle';
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const [label, rel] of FILES) {
    const path = join(builds.chrome, rel);
    if (!existsSync(path)) {
      rows.push(row(S, `${label} (${rel})`, null, 'KB', { status: 'not built yet' }));
      continue;
    }
    const raw = readFileSync(path);
    const gz = gzipSync(raw, { level: 9 }).length;
    data[rel] = { raw: raw.length, gzip: gz };
    rows.push(row(S, `${label} raw`, raw.length / 1024, 'KB'));
    rows.push(row(S, `${label} gzip`, gz / 1024, 'KB'));
  }
  for (const [browser, zip] of [['Chrome', builds.chromeZip], ['Firefox', builds.firefoxZip]] as const) {
    const size = statSync(zip).size;
    data[`zip-${browser.toLowerCase()}`] = size;
    rows.push(row(S, `store zip (${browser})`, size / 1024, 'KB', { note: 'wxt zip' }));
  }
  const leaked = FILES.flatMap(([, rel]) => {
    const path = join(builds.chrome, rel);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    return BENCH_MEASURES.filter((m) => text.includes(m)).map((m) => `${m} in ${rel}`);
  });
  data.benchCodeInProduction = leaked;
  rows.push(row(S, 'bench-only timing code in production build', leaked.length, 'names', {
    budget: 0,
    note: leaked.length ? leaked.join(', ') : 'none of wic:* found in production bundles',
  }));
  return { rows, data };
}
