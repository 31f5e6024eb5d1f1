// Builds into .output/bench/ (.output/bench-quick/ for the quick run, so a test run and a manual run
// never share a folder; work using .output/chrome-mv3 is not disturbed either): the production
// Chrome and Firefox packages (as `npm run zip` makes them) and the bench build. Rebuilt when any
// source is newer than the outputs, or always with BENCH_REBUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Builds {
  outDir: string;
  chrome: string;
  firefox: string;
  bench: string;
  chromeZip: string;
  firefoxZip: string;
}

function run(kind: string, outDir: string): void {
  const script = resolve(import.meta.dirname, 'wxt-build.ts');
  let r = spawnSync(process.execPath, ['--import', 'tsx', script, kind, outDir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  // Seen once under heavy load: a transient ENOENT inside WXT's copy step. One retry.
  if (r.status !== 0) r = spawnSync(process.execPath, ['--import', 'tsx', script, kind, outDir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`build ${kind} failed:\n${r.stdout}\n${r.stderr}`);
}

const SOURCES = ['entrypoints', 'core', 'page', 'components', 'data', 'ext', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

function outputs(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip')).map((f) => join(outDir, f));
  return [...['chrome-mv3', 'firefox-mv3', 'chrome-mv3-bench'].map((d) => join(outDir, d, 'manifest.json')), ...zips];
}

/** Returns the builds and whether they were rebuilt in this call. */
export function buildAll(root: string, outDirName = 'bench'): Builds & { rebuilt: boolean } {
  const outDir = resolve(root, '.output', outDirName);
  const existing = outputs(outDir);
  const fresh = existing.length === 5 && existing.every(existsSync)
    && Math.min(...existing.map((p) => statSync(p).mtimeMs)) > Math.max(...SOURCES.map((s) => newestMtime(resolve(root, s))));
  const rebuilt = process.env.BENCH_REBUILD === '1' || !fresh;
  if (rebuilt) {
    rmSync(outDir, { recursive: true, force: true });
    for (const kind of ['chrome', 'firefox', 'bench']) run(kind, outDir);
  }
  const zips = readdirSync(outDir).filter((f) => f.endsWith('.zip'));
  const zip = (browser: string): string => join(outDir, zips.find((f) => f.endsWith(`-${browser}.zip`)) ?? `missing-${browser}.zip`);
  const builds = {
    outDir,
    chrome: join(outDir, 'chrome-mv3'),
    firefox: join(outDir, 'firefox-mv3'),
    bench: join(outDir, 'chrome-mv3-bench'),
    chromeZip: zip('chrome'),
    firefoxZip: zip('firefox'),
  };
  for (const p of Object.values(builds)) if (!existsSync(p)) throw new Error(`expected build output ${p}`);
  return { ...builds, rebuilt };
}
