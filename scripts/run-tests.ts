// `npm test`: typecheck, unit tests, both builds, then the real-browser tests. Prints one
// `N passed, N failed` line counting every test of every suite, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(process.cwd(), 'test-results');
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function vitest(label: string, args: string[]): void {
  const report = join(OUT, `${label}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    if (!ok && r.numFailedTests === 0) failed += 1; // the suite itself failed (setup error, missing browser)
  } else if (!ok) {
    failed += 1;
  }
}

function step(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit', []);
step('build chrome', 'npx', ['wxt', 'build']);
step('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
vitest('e2e', ['-c', 'vitest.e2e.config.ts']);

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
