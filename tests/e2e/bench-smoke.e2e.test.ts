// One functional run of the benchmark (BENCH_QUICK=1: 3 small real pages, 1 round): it must finish
// and produce every row, each with a number or an explicit "not built yet"/"skipped". Budgets are
// not checked here: the benchmark reports them, noise must never fail a test run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REAL_PAGES, ROOT } from './harness/paths';

interface Row { section: string; name: string; value: number | null; status: string; note?: string }

const WIC_PAGES = ['E&T demo article', 'generated article wic-2k', 'generated article wic-30k'];
const WIC_ROWS = ['detection', 'panel first render', 'marks: index + match + paint', 'mark.js, same terms, same page', 'mark.js time ÷ ours', 'longest task running extension code', 'JS heap added'];
const EXPECTED: [section: RegExp, name: string][] = [
  ...['the gate (every page, page world)', 'content code (injected where the gate passes)', 'background', 'WIC app (lazy, WIC pages only)'].flatMap((f) => [`${f} raw`, `${f} gzip`]).map((n): [RegExp, string] => [/^bundle$/, n]),
  [/^bundle$/, 'store zip (Chrome)'],
  [/^bundle$/, 'store zip (Firefox)'],
  [/^bundle$/, 'bench-only timing code in production build'],
  [/^method check$/, 'known 5 ms of content-script work (sync+microtask+timer+rAF), measured'],
  [/^method check$/, 'floor: an empty content script'],
  [/^method check$/, 'floor: a content script that only reads chrome.runtime.id'],
  ...(existsSync(REAL_PAGES)
    ? ['content script main-thread time, median page', 'content script main-thread time, worst page', 'load event, with ÷ without extension', 'LCP, with ÷ without extension']
    : ['all rows']).map((n): [RegExp, string] => [/^real pages \(not WIC\)$/, n]),
  ...WIC_PAGES.flatMap((p) => WIC_ROWS.map((n): [RegExp, string] => [new RegExp(`^WIC: ${p} \\(`), n])),
];

describe('benchmark (quick run)', () => {
  it('runs and produces every row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wic-bench-smoke-'));
    const out = join(dir, 'quick.json');
    try {
      const run = spawnSync('npx', ['tsx', 'scripts/bench.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, BENCH_QUICK: '1', BENCH_OUT: out },
        timeout: 900_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/section\s+\| row\s+\| value\s+\| budget/);
      const rows = (JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] }).rows;
      for (const [section, name] of EXPECTED) {
        const found = rows.find((r) => section.test(r.section) && r.name === name);
        expect(found, `row "${name}" in ${section}`).toBeDefined();
        const ok = found!.value !== null ? Number.isFinite(found!.value) : ['not built yet', 'skipped'].includes(found!.status);
        expect(ok, `${found!.section} / ${name}: ${found!.status} ${found!.note ?? ''}`).toBe(true);
      }
      expect(rows.filter((r) => r.status === 'failed')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 960_000);
});
