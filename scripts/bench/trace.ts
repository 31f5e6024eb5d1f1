// Chromium trace capture (CDP Tracing) and the arithmetic the benchmark does on it. Times in trace
// events are microseconds; everything this module returns in ms says so in its name.
import type { CDPSession } from 'playwright-core';
import { gunzipSync } from 'node:zlib';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; absent on events recorded without it. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Script events only: EvaluateScript, v8.compile, FunctionCall, TimerFire, TimeStamp markers. */
export const SCRIPT_CATEGORIES = ['devtools.timeline'];
/** Adds top-level tasks (RunTask) and User Timing, for longest task and app measures. */
export const TASK_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession, categories: string[]): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
    transferMode: 'ReturnAsStream',
    streamCompression: 'gzip',
  } as never);
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok as never));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Tracing returned no stream');
  const chunks: Buffer[] = [];
  for (;;) {
    const r = (await cdp.send('IO.read', { handle: stream, size: 4 << 20 } as never)) as { data: string; base64Encoded?: boolean; eof: boolean };
    chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream } as never);
  const parsed = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** A stretch of one thread's time: wall-clock bounds (µs) and the thread (CPU) time spent in it (µs). */
export interface Span {
  thread: string;
  ts: number;
  end: number;
  cpu: number;
}

const key = (e: { pid: number; tid: number }): string => `${e.pid}:${e.tid}`;
const spanOf = (e: TraceEvent): Span => ({ thread: key(e), ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });

/** Renderer main threads (where page and content scripts run). */
export function rendererMainThreads(events: TraceEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain') out.add(key(e));
  }
  return out;
}

/** The script URL an event is about (EvaluateScript, v8.compile, FunctionCall, v8.run...). */
export function eventUrl(e: TraceEvent): string | undefined {
  const args = e.args as { data?: { url?: unknown }; fileName?: unknown } | undefined;
  const url = args?.data?.url ?? args?.fileName;
  return typeof url === 'string' ? url : undefined;
}

/**
 * The outermost spans: events on one thread nest properly, so the union of a set of them is the set
 * of those not inside another one of the set.
 */
export function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.thread < b.thread ? -1 : a.thread > b.thread ? 1 : a.ts - b.ts || b.end - a.end));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.thread === s.thread && s.ts < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Thread (CPU) time of outermost spans, in ms: what the work cost, however busy the machine was. */
export function cpuMs(spans: Span[]): number {
  return spans.reduce((sum, s) => sum + s.cpu, 0) / 1000;
}

/** Wall-clock time of outermost spans, in ms. */
export function wallMs(spans: Span[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.ts), 0) / 1000;
}

export interface Window {
  from: number;
  to: number;
}

const inWindow = (ts: number, w?: Window): boolean => !w || (ts >= w.from && ts < w.to);

/** Events that call page-world or isolated-world callbacks and then run the microtasks they queued. */
const CALLBACK_WRAPPERS = new Set(['TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch']);

/**
 * Main-thread work of scripts whose URL passes `match`: every complete event that names such a URL
 * (compile, evaluation, calls into its functions from timers, events, messages and promises), plus
 * callback wrappers (timer, animation frame, idle, event dispatch) whose script calls are all such
 * URLs, which adds the microtask checkpoint that follows a callback and carries no URL. Returned as
 * outermost spans, so nothing counts twice.
 */
export function scriptSpans(events: TraceEvent[], match: (url: string) => boolean, window?: Window): Span[] {
  const threads = rendererMainThreads(events);
  const list: Span[] = [];
  const scripted = new Map<string, { ts: number; ours: boolean }[]>();
  const wrappers: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !threads.has(key(e)) || !inWindow(e.ts, window)) continue;
    if (CALLBACK_WRAPPERS.has(e.name)) wrappers.push(e);
    const url = eventUrl(e);
    if (!url) continue;
    const ours = match(url);
    if (ours) list.push(spanOf(e));
    const k = key(e);
    if (!scripted.has(k)) scripted.set(k, []);
    scripted.get(k)!.push({ ts: e.ts, ours });
  }
  for (const arr of scripted.values()) arr.sort((a, b) => a.ts - b.ts);
  for (const w of wrappers) {
    const arr = scripted.get(key(w));
    if (!arr) continue;
    const end = w.ts + (w.dur ?? 0);
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (arr[mid]!.ts < w.ts) lo = mid + 1; else hi = mid; }
    let any = false;
    let all = true;
    for (let i = lo; i < arr.length && arr[i]!.ts < end; i++) { any = true; if (!arr[i]!.ours) { all = false; break; } }
    if (any && all) list.push(spanOf(w));
  }
  return outermost(list);
}

/** Windows between `console.timeStamp(prefix + label)` markers, by label; the last runs to the trace end. */
export function markerWindows(events: TraceEvent[], prefix: string): Map<string, Window> {
  const marks = events
    .filter((e) => e.name === 'TimeStamp')
    .map((e) => ({ ts: e.ts, message: (e.args as { data?: { message?: unknown } } | undefined)?.data?.message }))
    .filter((m): m is { ts: number; message: string } => typeof m.message === 'string' && m.message.startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  const end = events.reduce((max, e) => Math.max(max, e.ts + (e.dur ?? 0)), 0);
  const out = new Map<string, Window>();
  marks.forEach((m, i) => out.set(m.message.slice(prefix.length), { from: m.ts, to: marks[i + 1]?.ts ?? end + 1 }));
  return out;
}

/** Top-level tasks on renderer main threads. */
export function mainThreadTasks(events: TraceEvent[]): Span[] {
  const threads = rendererMainThreads(events);
  return events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && threads.has(key(e))).map(spanOf);
}

/** The top-level task (on the same thread) that contains `span`. */
export function taskOf(tasks: Span[], span: Span): Span | undefined {
  return tasks.find((t) => t.thread === span.thread && t.ts <= span.ts && t.end >= span.end);
}

/** Thread time (ms) of the longest top-level task that ran any of `spans`; 0 when none did. */
export function longestTaskMs(events: TraceEvent[], spans: Span[]): number {
  return longestTask(events, spans).ms;
}

/** Thread time (ms) of `thread`'s top-level tasks inside [from, to); tasks cut by the bounds count pro rata. */
export function busyMs(events: TraceEvent[], thread: string, from: number, to: number): number {
  let sum = 0;
  for (const t of mainThreadTasks(events)) {
    if (t.thread !== thread) continue;
    const s = Math.max(t.ts, from);
    const e = Math.min(t.end, to);
    if (e > s) sum += t.end > t.ts ? (t.cpu * (e - s)) / (t.end - t.ts) : 0;
  }
  return sum / 1000;
}

/** End (µs) of the first Paint or Commit on `thread` that starts at or after `ts`. */
export function firstPaintEndAfter(events: TraceEvent[], thread: string, ts: number): number | undefined {
  let best: TraceEvent | undefined;
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'Paint' && e.name !== 'Commit') || e.ts < ts || key(e) !== thread) continue;
    if (!best || e.ts < best.ts) best = e;
  }
  return best ? best.ts + (best.dur ?? 0) : undefined;
}

/**
 * Thread time (ms) of the top-level tasks that ran any of `spans`, whole (so microtasks with no URL,
 * such as code run after a dynamic import resolves, count); in frame tasks (animation-frame
 * callbacks plus the page's rendering) only the spans themselves count.
 */
export function tasksMs(events: TraceEvent[], spans: Span[]): number {
  const tasks = mainThreadTasks(events);
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X').map(spanOf);
  const chosen = new Map<Span, Span[]>();
  for (const s of spans) {
    const t = taskOf(tasks, s);
    if (!t) { chosen.set(s, [s]); continue; }
    chosen.set(t, [...(chosen.get(t) ?? []), s]);
  }
  let sum = 0;
  for (const [t, inside] of chosen) {
    const isFrame = frames.some((f) => f.thread === t.thread && f.ts >= t.ts && f.end <= t.end);
    sum += isFrame ? inside.reduce((a, s) => a + s.cpu, 0) : t.cpu;
  }
  return sum / 1000;
}

const PARTS: Record<string, string> = {
  MinorGC: 'GC', MajorGC: 'GC', 'v8.compile': 'compile', 'v8.compileModule': 'compile',
  UpdateLayoutTree: 'style+layout', Layout: 'style+layout', 'v8.produceModuleCache': 'code cache',
};

/** Thread time (ms) inside `spans` spent in GC, compile, forced style/layout and code caching. */
export function breakdownMs(events: TraceEvent[], spans: Span[]): Record<string, number> {
  const byThread = new Map<string, Span[]>();
  for (const s of spans) byThread.set(s.thread, [...(byThread.get(s.thread) ?? []), s]);
  const inner: Span[] = [];
  const parts = new Map<Span, string>();
  for (const e of events) {
    const part = PARTS[e.name];
    if (!part || e.ph !== 'X') continue;
    const s = spanOf(e);
    if (!byThread.get(s.thread)?.some((o) => o.ts <= s.ts && o.end >= s.end)) continue;
    inner.push(s);
    parts.set(s, part);
  }
  const out: Record<string, number> = {};
  for (const s of outermost(inner)) out[parts.get(s)!] = (out[parts.get(s)!] ?? 0) + s.cpu / 1000;
  return out;
}

/** The longest top-level task that ran any of `spans`, with the name and URL of its biggest event. */
export function longestTask(events: TraceEvent[], spans: Span[]): { ms: number; what: string } {
  const tasks = mainThreadTasks(events);
  let best: Span | undefined;
  for (const s of spans) {
    const t = taskOf(tasks, s) ?? s;
    if (!best || t.cpu > best.cpu) best = t;
  }
  if (!best) return { ms: 0, what: '' };
  let top: TraceEvent | undefined;
  for (const e of events) {
    if (e.ph !== 'X' || e.name === 'RunTask' || key(e) !== best.thread || e.ts < best.ts || e.ts + (e.dur ?? 0) > best.end) continue;
    if (!top || (e.tdur ?? e.dur ?? 0) > (top.tdur ?? top.dur ?? 0)) top = e;
  }
  const url = top ? eventUrl(top)?.split('/').pop() : undefined;
  return { ms: best.cpu / 1000, what: top ? `${top.name}${url ? ` ${url}` : ''}` : '' };
}

/**
 * The thread (CPU) clock of `thread` at wall time `ts` (µs), read off the complete events recorded
 * with thread time: each one's start and end pair a wall time with a thread time; between the two
 * nearest such points the clock is interpolated. Undefined when `ts` is not between two points.
 */
function threadClock(events: TraceEvent[], thread: string): (ts: number) => number | undefined {
  const points: [number, number][] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.tts === undefined || e.dur === undefined || key(e) !== thread) continue;
    points.push([e.ts, e.tts], [e.ts + e.dur, e.tts + (e.tdur ?? 0)]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return (ts) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (points[mid]![0] <= ts) lo = mid + 1; else hi = mid; }
    const a = points[lo - 1];
    const b = points[lo] ?? (a && a[0] === ts ? a : undefined);
    if (!a || !b) return undefined;
    if (b[0] === a[0]) return a[1];
    return a[1] + ((ts - a[0]) * (b[1] - a[1])) / (b[0] - a[0]);
  };
}

/**
 * The spans of the User Timing measures named `name` (`performance.measure`, category
 * blink.user_timing: an async begin/end pair on the thread that measured), each with the thread time
 * its thread spent inside it. A measure's wall-clock duration counts time the thread was preempted
 * by other processes; its thread time does not (and is never taken to be more). Measures of one name
 * are taken not to overlap. `window` keeps those that begin in it: a trace spans documents, and work
 * of a page loaded before (such as its marks still being read) can fall into the trace.
 */
export function measureSpans(events: TraceEvent[], name: string, window?: Window): Span[] {
  const byThread = new Map<string, { b: number[]; e: number[] }>();
  for (const ev of events) {
    if (ev.name !== name || !ev.cat.includes('user_timing') || (ev.ph !== 'b' && ev.ph !== 'e')) continue;
    if (window && ev.ts < window.from) continue;
    if (window && ev.ph === 'b' && ev.ts >= window.to) continue;
    const k = key(ev);
    if (!byThread.has(k)) byThread.set(k, { b: [], e: [] });
    byThread.get(k)![ev.ph].push(ev.ts);
  }
  const out: Span[] = [];
  for (const [thread, { b, e }] of byThread) {
    b.sort((x, y) => x - y);
    e.sort((x, y) => x - y);
    const clock = threadClock(events, thread);
    for (let i = 0; i < Math.min(b.length, e.length); i++) {
      const ts = b[i]!;
      const end = e[i]!;
      const t0 = clock(ts);
      const t1 = clock(end);
      // The thread clock is read at slightly different moments than the wall clock, so over a few
      // microseconds it can seem to run faster; over a span it cannot.
      out.push({ thread, ts, end, cpu: t0 === undefined || t1 === undefined ? NaN : Math.min(end - ts, Math.max(0, t1 - t0)) });
    }
  }
  return out.sort((x, y) => x.ts - y.ts);
}
