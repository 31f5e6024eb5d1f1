// Pages about the WIC, in the bench build: detection, first panel render, marks, longest task and JS
// heap added; and mark.js marking the same terms on the same page in a browser without the extension.
// App timings come from the bench-only User Timing measures when the app emits them (protocol.ts);
// until then from the trace, as upper bounds; rows whose part does not exist yet say so.
import { readFileSync } from 'node:fs';
import { badgeText, clickToolbar, freshLoad, heapUsed, launchBench, poll, type BenchBrowser } from './browser';
import { stamp } from './passes';
import { BENCH_MEASURES, MARKER, type BenchMeasure } from './protocol';
import { median, row, type Row } from './report';
import {
  breakdownMs, busyMs, cpuMs, firstPaintEndAfter, longestTask, mainThreadTasks, markerWindows, measureSpans, scriptSpans, startTrace, stopTrace,
  taskOf, tasksMs, TASK_CATEGORIES,
} from './trace';

/** How long to wait for the marks to be painted before opening the panel anyway. */
const MARKS_WAIT_MS = 3000;

export interface WicPage {
  key: string;
  label: string;
  url: string;
  file: string;
  marksBudget: number;
}

export interface WicOptions {
  benchDir: string;
  proxyPort: number;
  pages: WicPage[];
  reps: number;
  /** A round after the first starts only if it should end by this time (ms since epoch), judged by the last round. */
  deadline: number;
  terms: string[];
  /** The terms given to mark.js: all of `terms`, or a slice of them in the quick run. */
  markJsTerms: string[];
  markJsSource: string;
  /** mark.js takes seconds on long pages: it runs in the first this-many rounds only. */
  markJsReps: number;
  log: (line: string) => void;
}

interface Sample {
  about: boolean;
  badge: string;
  measures: Record<BenchMeasure, number[]>;
  /** Per measure name, the thread time inside its measures (trace), summed; NaN where unreadable. */
  measuresCpuMs: Record<BenchMeasure, number>;
  contentMs: number;
  contentParts: Record<string, number>;
  appMs: number;
  highlightRanges: number;
  panelOpened: boolean;
  panelOpenOnLoad: boolean;
  panelTraceMs: number;
  longestTaskMs: number;
  longestTaskWhat: string;
  heapWith: number;
  heapWithout: number;
  markJsMs: number;
  markJsCount: number;
}

/** Visible text words of the page's article (or body). */
export function articleWords(html: string): number {
  const part = html.match(/<article[\s\S]*?<\/article>/i)?.[0] ?? html;
  return part.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

const panelVisible = (b: BenchBrowser): Promise<boolean> => b.page.evaluate(() => {
  const root = document.querySelector('wic-fact-panel')?.shadowRoot;
  if (!root) return false;
  // The closed state is at most a small tab at the page edge; the open panel is a large box.
  return [...root.querySelectorAll('*')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width >= 200 && r.height >= 200 && el.checkVisibility();
  });
});

async function runWithExtension(w: BenchBrowser, page: WicPage): Promise<Omit<Sample, 'heapWithout' | 'markJsMs' | 'markJsCount'>> {
  await startTrace(w.browserCdp, TASK_CATEGORIES);
  await w.page.goto('about:blank');
  await stamp(w, 'load');
  await w.page.goto(page.url, { waitUntil: 'load', timeout: 60_000 });
  const about = await poll(() => w.page.evaluate(() => !!document.querySelector('wic-fact-panel')), 4000);
  const ranges = (): Promise<number> => w.page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => { n += h.size; });
    return n;
  });
  // App start and marks: highlights get their ranges in the marks' last step (paint); then a little
  // idle time for what follows (code caching), so none of it runs into the panel opening.
  if (about) await poll(async () => (await ranges()) > 0, MARKS_WAIT_MS);
  await w.page.waitForTimeout(about ? 300 : 200);
  const highlightRanges = await ranges();
  const panelOpenOnLoad = about && (await panelVisible(w));
  let panelOpened = panelOpenOnLoad;
  await w.page.evaluate((m) => { performance.mark(m); console.timeStamp(m); }, `${MARKER}toggle`);
  if (about && !panelOpenOnLoad) {
    await clickToolbar(w);
    panelOpened = await poll(() => panelVisible(w), 4000);
    await w.page.waitForTimeout(300);
  }
  const events = await stopTrace(w.browserCdp);
  const badge = await badgeText(w);
  const entries = await w.page.evaluate(() => performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })));
  const measures = Object.fromEntries(BENCH_MEASURES.map((n) => [n, entries.filter((e) => e.name === n).map((e) => e.duration)])) as Record<BenchMeasure, number[]>;

  const windows = markerWindows(events, MARKER);
  const loadWin = windows.get('load');
  const toggleWin = windows.get('toggle');
  // This page's measures: from the load marker (the page before can still be at work when tracing starts) to the end.
  const thisPage = loadWin ? { from: loadWin.from, to: Infinity } : undefined;
  const measuresCpuMs = Object.fromEntries(BENCH_MEASURES.map((n) => [n, cpuMs(measureSpans(events, n, thisPage))])) as Record<BenchMeasure, number>;
  const ext = (u: string): boolean => u.startsWith(`chrome-extension://${w.extensionId}/`);
  // Content code: the gate and the detection and messaging it loads; the app (panel, marks) is the rest.
  const isContent = (u: string): boolean => /\/(?:gate|wic-content)\.js(?:$|[?#])/.test(u);
  const contentSpans = scriptSpans(events, (u) => ext(u) && isContent(u), loadWin);
  const contentMs = cpuMs(contentSpans);
  const appMs = tasksMs(events, scriptSpans(events, (u) => ext(u) && !isContent(u), loadWin));
  const longest = longestTask(events, scriptSpans(events, ext));
  let panelTraceMs = NaN;
  // The task that opened the panel: the one holding the wic:panel-render measure; without it, the
  // task of our first script event after the click (which can be a timer of ours instead).
  const inToggle = (sp: { ts: number }): boolean => !!toggleWin && sp.ts >= toggleWin.from && sp.ts < toggleWin.to;
  const first = measureSpans(events, 'wic:panel-render').filter(inToggle)[0] ?? scriptSpans(events, ext, toggleWin).sort((a, b) => a.ts - b.ts)[0];
  if (panelOpened && !panelOpenOnLoad && first) {
    // From the toolbar message reaching the page (the task's start) to the end of the first paint after that task.
    const task = taskOf(mainThreadTasks(events), first);
    const paintEnd = firstPaintEndAfter(events, first.thread, task ? task.end : first.end);
    if (paintEnd !== undefined) panelTraceMs = busyMs(events, first.thread, task ? task.ts : first.ts, paintEnd);
  }
  return {
    about, badge, measures, measuresCpuMs, contentMs, contentParts: breakdownMs(events, contentSpans), appMs, highlightRanges, panelOpened,
    panelOpenOnLoad, panelTraceMs, longestTaskMs: longest.ms, longestTaskWhat: longest.what, heapWith: await heapUsed(w),
  };
}

// A string, not a function: the Node-side TypeScript transform would add helpers the page lacks.
// mark.js as commonly used for keywords: whole phrases, whole words, diacritics-insensitive.
const RUN_MARK_JS = `(terms) => {
  const ctx = document.querySelector('article') || document.querySelector('main') || document.body;
  let count = -1;
  const t0 = performance.now();
  new window.Mark(ctx).mark(terms, { separateWordSearch: false, accuracy: 'exactly', diacritics: true, done: function (n) { count = n; } });
  return { ms: performance.now() - t0, count: count };
}`;

async function runWithout(b: BenchBrowser, page: WicPage, o: WicOptions, markJs: boolean): Promise<Pick<Sample, 'heapWithout' | 'markJsMs' | 'markJsCount'>> {
  await freshLoad(b.page, page.url);
  const heapWithout = await heapUsed(b);
  if (!markJs) return { heapWithout, markJsMs: NaN, markJsCount: -1 };
  await b.page.addScriptTag({ content: o.markJsSource });
  const r = (await b.page.evaluate(`(${RUN_MARK_JS})(${JSON.stringify(o.markJsTerms)})`)) as { ms: number; count: number };
  return { heapWithout, markJsMs: r.count >= 0 ? r.ms : NaN, markJsCount: r.count };
}

export async function benchWicPages(o: WicOptions): Promise<{ rows: Row[]; data: Record<string, Sample[]> }> {
  // Both browsers start (and warm up) at once: nothing is measured yet, and it saves seconds.
  const launched = await Promise.allSettled([launchBench({ proxyPort: o.proxyPort, extensions: [o.benchDir] }), launchBench({ proxyPort: o.proxyPort })]);
  const failed = launched.find((r) => r.status === 'rejected');
  if (failed) {
    for (const r of launched) if (r.status === 'fulfilled') await r.value.close();
    throw failed.reason;
  }
  const [w, b] = launched.map((r) => (r as PromiseFulfilledResult<BenchBrowser>).value) as [BenchBrowser, BenchBrowser];
  const data: Record<string, Sample[]> = Object.fromEntries(o.pages.map((p) => [p.key, []]));
  try {
    for (const p of o.pages) for (const x of [w, b]) await x.mapUrl(p.url, p.file);
    await Promise.all([w, b].map((x) => freshLoad(x.page, o.pages[0]!.url))); // warm-up, not measured
    // Rounds with mark.js take longer (seconds on the long page): each kind of round is judged by
    // the last round of the same kind, or by the first round when there is none yet.
    const took: { markJs?: number; plain?: number } = {};
    for (let rep = 0; rep < o.reps; rep++) {
      const markJs = rep < o.markJsReps;
      const expected = (markJs ? took.markJs : took.plain) ?? took.markJs ?? took.plain ?? 0;
      if (rep > 0 && Date.now() + expected > o.deadline) {
        o.log(`  WIC pages: round ${rep + 1} skipped (about ${(expected / 1000).toFixed(0)} s, past the time budget)`);
        break;
      }
      o.log(`  WIC pages, round ${rep + 1}/${o.reps}${markJs ? ' (with mark.js)' : ''}`);
      const t0 = Date.now();
      for (const p of o.pages) {
        const withExt = await runWithExtension(w, p);
        const without = await runWithout(b, p, o, markJs);
        data[p.key]!.push({ ...withExt, ...without });
      }
      took[markJs ? 'markJs' : 'plain'] = Date.now() - t0;
    }
  } finally {
    await w.close();
    await b.close();
  }
  return { rows: o.pages.flatMap((p) => pageRows(p, data[p.key]!, o)), data };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

function pageRows(p: WicPage, samples: Sample[], o: WicOptions): Row[] {
  const S = `WIC: ${p.label}`;
  const about = samples.every((s) => s.about);
  const has = (m: BenchMeasure): boolean => samples.every((s) => s.measures[m].length > 0);
  const med = (pick: (s: Sample) => number): number => median(samples.map(pick));
  const rows: Row[] = [];
  const reps = `median of ${samples.length}`;
  // App measures are wall clock (performance.measure); the trace says how much of it the main thread
  // actually ran (the rest is preemption by other processes on a shared machine).
  const threadNote = (m: BenchMeasure): string => {
    const ms = med((s) => s.measuresCpuMs[m]);
    return Number.isFinite(ms) ? `; thread time ${ms.toFixed(2)} ms (trace)` : '';
  };

  if (has('wic:detect')) {
    rows.push(row(S, 'detection', med((s) => sum(s.measures['wic:detect'])), 'ms', { budget: 2, note: `${reps}; sum of wic:detect, wall clock${threadNote('wic:detect')}` }));
  } else {
    const names = [...new Set(samples.flatMap((s) => Object.keys(s.contentParts)))].sort();
    const parts = names.map((n) => `${n} ${med((s) => s.contentParts[n] ?? 0).toFixed(2)}`).join(', ');
    rows.push(row(S, 'detection', med((s) => s.contentMs), 'ms', { budget: 2, note: `${reps}; upper bound: whole content script (trace)${parts ? `, of which ${parts} ms` : ''}; wic:detect not emitted yet` }));
  }
  if (!about) {
    const note = `not detected as about the WIC (badge '${samples[0]?.badge ?? ''}'): app did not load`;
    for (const name of ['panel first render', 'marks: index + match + paint']) rows.push(row(S, name, null, 'ms', { status: 'failed', note }));
  } else {
    if (has('wic:panel-render')) {
      // The measure is the synchronous render; the trace adds what follows in the browser (style, layout, paint).
      const traced = samples.filter((s) => Number.isFinite(s.panelTraceMs));
      const toPaint = traced.length ? `; toolbar message → first paint ${median(traced.map((s) => s.panelTraceMs)).toFixed(1)} ms (trace, thread time)` : '';
      rows.push(row(S, 'panel first render', med((s) => sum(s.measures['wic:panel-render'])), 'ms', { budget: 16, note: `${reps}; wic:panel-render, open handled → render committed, wall clock${threadNote('wic:panel-render')}${toPaint}` }));
    } else if (samples.every((s) => s.panelOpened && !s.panelOpenOnLoad && Number.isFinite(s.panelTraceMs))) {
      rows.push(row(S, 'panel first render', med((s) => s.panelTraceMs), 'ms', { budget: 16, note: `${reps}; main-thread time, toolbar message → first paint (trace); wic:panel-render not emitted yet` }));
    } else {
      rows.push(row(S, 'panel first render', null, 'ms', { status: 'not built yet', note: samples.some((s) => s.panelOpenOnLoad) ? 'panel open on load and no wic:panel-render' : 'no open panel after a toolbar click' }));
    }
    let ours = NaN;
    if (has('wic:marks')) {
      ours = med((s) => sum(s.measures['wic:marks']));
      const slices = med((s) => s.measures['wic:marks'].length);
      rows.push(row(S, 'marks: index + match + paint', ours, 'ms', { budget: p.marksBudget, note: `${reps}; sum of wic:marks (${slices} measure${slices === 1 ? '' : 's'}: set-up, compile, slices, paint), wall clock${threadNote('wic:marks')}; ${med((s) => s.highlightRanges)} ranges` }));
    } else if (samples.every((s) => s.highlightRanges > 0)) {
      ours = med((s) => s.appMs);
      rows.push(row(S, 'marks: index + match + paint', ours, 'ms', { budget: p.marksBudget, note: `${reps}; upper bound: tasks running the app at load incl. compile (trace), wic:marks not emitted yet` }));
    } else {
      rows.push(row(S, 'marks: index + match + paint', null, 'ms', { status: 'not built yet', note: 'no highlights on the page' }));
    }
    const ran = samples.filter((s) => Number.isFinite(s.markJsMs));
    const markJs = median(ran.map((s) => s.markJsMs));
    rows.push(row(S, 'mark.js, same terms, same page', markJs, 'ms', { note: `median of ${ran.length}; ${o.markJsTerms.length === o.terms.length ? 'all' : `${o.markJsTerms.length} of`} ${o.terms.length} terms, ${median(ran.map((s) => s.markJsCount))} marks` }));
    rows.push(Number.isFinite(ours)
      ? row(S, 'mark.js time ÷ ours', markJs / ours, '×', { note: o.markJsTerms.length === o.terms.length ? 'aim ≥ 10×' : 'not comparable: mark.js had a slice of the terms (quick run)' })
      : row(S, 'mark.js time ÷ ours', null, '×', { status: 'not built yet', note: 'needs our marks time' }));
  }
  const longest = [...samples].sort((a, b) => a.longestTaskMs - b.longestTaskMs)[Math.floor((samples.length - 1) / 2)];
  rows.push(row(S, 'longest task running extension code', med((s) => s.longestTaskMs), 'ms', { budget: 50, note: `${reps}; load + panel open (trace); mostly ${longest?.longestTaskWhat ?? '?'}` }));
  rows.push(row(S, 'JS heap added', med((s) => (s.heapWith - s.heapWithout) / 1048576), 'MB', { note: `${reps}; with ext (panel open) − without, after GC` }));
  return rows;
}

export function wicPage(key: string, name: string, url: string, file: string): WicPage {
  const words = articleWords(readFileSync(file, 'utf8'));
  return { key, label: `${name} (${words.toLocaleString('en')} words)`, url, file, marksBudget: words <= 2500 ? 4 : 30 };
}
