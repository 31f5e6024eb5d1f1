// Pages that are not about the WIC: what the content script costs on each (trace), and page load
// with the extension vs without it (two browsers, same flags, loads interleaved).
import { freshLoad, launchBench, readLoadTiming, type BenchBrowser } from './browser';
import { tracedLoads } from './passes';
import { median, row, type Row } from './report';
import { breakdownMs, cpuMs, eventUrl, scriptSpans, TASK_CATEGORIES, wallMs } from './trace';

export interface RealPagesOptions {
  prodDir: string;
  proxyPort: number;
  origin: string;
  files: string[];
  loadReps: number;
  traceReps: number;
  /** Rounds after the first stop once Date.now() passes these (ms since epoch). */
  loadDeadline: number;
  traceDeadline: number;
  log: (line: string) => void;
}

interface PageSamples {
  /** Thread time of the content script (ms), per traced load; NaN when it was not seen. */
  scriptMs: number[];
  /** The same, wall clock. */
  scriptWallMs: number[];
  /** Thread time inside the script's spans spent in GC, compile, forced style/layout, per traced load. */
  parts: Record<string, number>[];
  loadWith: number[];
  loadWithout: number[];
  lcpWith: number[];
  lcpWithout: number[];
}

const TRACE_CHUNK = 9; // pages per trace, to keep each trace's size reasonable

export async function benchRealPages(o: RealPagesOptions): Promise<{ rows: Row[]; data: Record<string, PageSamples> }> {
  const url = (file: string): string => `${o.origin}/real/${file}`;
  const samples: Record<string, PageSamples> = Object.fromEntries(o.files.map((f) => [f, { scriptMs: [], scriptWallMs: [], parts: [], loadWith: [], loadWithout: [], lcpWith: [], lcpWithout: [] }]));
  const withExt = await launchBench({ proxyPort: o.proxyPort, extensions: [o.prodDir] });
  const without = await launchBench({ proxyPort: o.proxyPort });
  try {
    for (const b of [withExt, without]) await freshLoad(b.page, url(o.files[0]!)); // warm-up, not measured
    for (let rep = 0; rep < o.loadReps && (rep === 0 || Date.now() < o.loadDeadline); rep++) {
      o.log(`  load timing, round ${rep + 1}/${o.loadReps}`);
      for (const [i, file] of o.files.entries()) {
        const order: [BenchBrowser, boolean][] = (rep + i) % 2 === 0 ? [[withExt, true], [without, false]] : [[without, false], [withExt, true]];
        for (const [b, isWith] of order) {
          await freshLoad(b.page, url(file));
          const t = await readLoadTiming(b.page);
          const s = samples[file]!;
          (isWith ? s.loadWith : s.loadWithout).push(t.load);
          if (t.lcp !== null) (isWith ? s.lcpWith : s.lcpWithout).push(t.lcp);
        }
      }
    }
    const ours = (u: string): boolean => u.startsWith(`chrome-extension://${withExt.extensionId}/`);
    for (let rep = 0; rep < o.traceReps && (rep === 0 || Date.now() < o.traceDeadline); rep++) {
      o.log(`  content-script trace, round ${rep + 1}/${o.traceReps}`);
      for (let c = 0; c < o.files.length; c += TRACE_CHUNK) {
        const chunk = o.files.slice(c, c + TRACE_CHUNK);
        const pass = await tracedLoads(withExt, chunk.map((f) => ({ label: f, url: url(f) })), 500, TASK_CATEGORIES);
        for (const file of chunk) {
          const window = pass.windows.get(file);
          const injected = pass.events.some((e) => e.name === 'EvaluateScript' && window && e.ts >= window.from && e.ts < window.to && ours(eventUrl(e) ?? ''));
          const spans = scriptSpans(pass.events, ours, window);
          samples[file]!.scriptMs.push(injected ? cpuMs(spans) : NaN);
          samples[file]!.scriptWallMs.push(injected ? wallMs(spans) : NaN);
          if (injected) samples[file]!.parts.push(breakdownMs(pass.events, spans));
        }
      }
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  return { rows: realPageRows(samples, o), data: samples };
}

function realPageRows(samples: Record<string, PageSamples>, o: RealPagesOptions): Row[] {
  const S = 'real pages (not WIC)';
  const perPage = Object.entries(samples).map(([file, s]) => ({ file, ms: median(s.scriptMs) }));
  const measured = perPage.filter((p) => Number.isFinite(p.ms));
  const missed = perPage.length - measured.length;
  const worst = measured.reduce((a, b) => (b.ms > a.ms ? b : a), measured[0] ?? { file: '', ms: NaN });
  const all = (pick: (s: PageSamples) => number[]): number[] => Object.values(samples).flatMap(pick);
  const loadWith = median(all((s) => s.loadWith));
  const loadWithout = median(all((s) => s.loadWithout));
  const lcpWith = median(all((s) => s.lcpWith));
  const lcpWithout = median(all((s) => s.lcpWithout));
  const rounds = (pick: (s: PageSamples) => number[]): number => Math.max(0, ...Object.values(samples).map((s) => pick(s).length));
  const how = `${measured.length} pages × ${rounds((s) => s.scriptMs)} traced loads${missed ? `; ${missed} pages: content script not seen in trace` : ''}`;
  const partNames = [...new Set(Object.values(samples).flatMap((s) => s.parts.flatMap((p) => Object.keys(p))))].sort();
  const parts = partNames.map((n) => `${n} ${median(Object.values(samples).flatMap((s) => s.parts.map((p) => p[n] ?? 0))).toFixed(2)}`).join(', ');
  return [
    row(S, 'content script main-thread time, median page', median(measured.map((p) => p.ms)), 'ms', { budget: 0.5, note: `${how}; compile+run+callbacks, thread time (CDP trace)${parts ? `; of which (median ms) ${parts}` : ''}` }),
    row(S, 'content script main-thread time, worst page', worst.ms, 'ms', { budget: 3, note: `${worst.file}; wall clock ${median(samples[worst.file]?.scriptWallMs ?? []).toFixed(2)} ms` }),
    row(S, 'load event, with ÷ without extension', loadWith / loadWithout, '×', {
      budget: 1.02,
      note: `medians ${loadWith.toFixed(0)} / ${loadWithout.toFixed(0)} ms; ${o.files.length} pages × ${rounds((s) => s.loadWith)} interleaved loads each`,
    }),
    row(S, 'LCP, with ÷ without extension', lcpWith / lcpWithout, '×', {
      budget: 1.02,
      note: `medians ${lcpWith.toFixed(0)} / ${lcpWithout.toFixed(0)} ms`,
    }),
  ];
}
