// Checks the content-script measurement on scripts whose work is known: a throwaway extension whose
// content scripts spin for a fixed time (synchronously, in a microtask, in a timer and in an animation
// frame), do nothing at all, or only touch chrome.runtime. Same trace method as for our extension.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBench } from './browser';
import { tracedLoads } from './passes';
import { median, row, type Row } from './report';
import { cpuMs, scriptSpans, TASK_CATEGORIES, wallMs } from './trace';

/** Milliseconds of busy work the 'busy' script does in total. */
export const KNOWN_WORK_MS = 5;

const SCRIPTS: Record<string, string> = {
  empty: 'void 0;\n',
  api: 'void chrome.runtime.id;\n',
  busy: `(function () {
  function spin(ms) { var end = performance.now() + ms; while (performance.now() < end) {} }
  spin(2);
  Promise.resolve().then(function () { spin(1); });
  setTimeout(function () { spin(1); Promise.resolve().then(function () { spin(0.5); }); }, 50);
  requestAnimationFrame(function () { spin(0.5); });
})();
`,
};

function writeExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wic-bench-calib-'));
  mkdirSync(join(dir, 'cs'));
  const contentScripts = Object.keys(SCRIPTS).map((kind) => ({ matches: [`http://127.0.0.1/calib/${kind}/*`], js: [`cs/${kind}.js`], run_at: 'document_idle' }));
  // Match patterns ignore the port, so 127.0.0.1 matches the loopback server on any port.
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'bench calibration', version: '1.0', content_scripts: contentScripts }));
  for (const [kind, code] of Object.entries(SCRIPTS)) writeFileSync(join(dir, 'cs', `${kind}.js`), code);
  return dir;
}

export async function calibrate(opts: { proxyPort: number; origin: string; page: string; reps: number }): Promise<{ rows: Row[]; data: Record<string, Record<string, number[]>> }> {
  const dir = writeExtension();
  const b = await launchBench({ proxyPort: opts.proxyPort, extensions: [dir], noWorker: true });
  const samples: Record<string, number[]> = { empty: [], api: [], busy: [] };
  const cpu: Record<string, number[]> = { empty: [], api: [], busy: [] };
  try {
    // This extension has no service worker; its id is the host of its script URLs in the trace.
    const items = Array.from({ length: opts.reps }, (_, rep) => Object.keys(samples).map((kind) => ({ label: `${kind}#${rep}`, url: `${opts.origin}/calib/${kind}/${opts.page}` }))).flat();
    await b.page.goto(`${opts.origin}/calib/empty/${opts.page}`); // warm-up, not measured
    const pass = await tracedLoads(b, items, 300, TASK_CATEGORIES);
    for (const item of items) {
      const kind = item.label.split('#')[0]!;
      const window = pass.windows.get(item.label);
      const spans = scriptSpans(pass.events, (url) => url.startsWith('chrome-extension://') && url.endsWith(`/cs/${kind}.js`), window);
      samples[kind]!.push(wallMs(spans));
      cpu[kind]!.push(cpuMs(spans));
    }
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const S = 'method check';
  // The spins end on wall time: a busy machine makes wall clock over-read and thread time under-read
  // them. So the check brackets the known work: the least disturbed wall-clock reading must show at
  // least 0.8× of it (nothing missed) and the median thread time at most 1.5× (nothing extra counted).
  const wall = Math.min(...samples.busy!) - Math.min(...samples.empty!);
  const thread = median(cpu.busy!) - median(cpu.empty!);
  const ok = wall >= 0.8 * KNOWN_WORK_MS && thread <= 1.5 * KNOWN_WORK_MS;
  const rows = [
    row(S, `known ${KNOWN_WORK_MS} ms of content-script work (sync+microtask+timer+rAF), measured`, wall, 'ms', {
      status: ok ? 'met' : 'MISSED',
      note: `wall clock (min of ${opts.reps}) ${wall.toFixed(2)} ms ≥ ${0.8 * KNOWN_WORK_MS}, thread time (median) ${thread.toFixed(2)} ms ≤ ${1.5 * KNOWN_WORK_MS}; busy − empty script`,
    }),
    row(S, 'floor: an empty content script', median(cpu.empty!), 'ms', { note: `thread time, median of ${opts.reps}; injection + isolated world, no code` }),
    row(S, 'floor: a content script that only reads chrome.runtime.id', median(cpu.api!), 'ms', { note: `thread time, median of ${opts.reps}; first touch of extension APIs in the page` }),
  ];
  return { rows, data: { wall: samples, cpu } };
}
