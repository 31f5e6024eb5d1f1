import { describe, expect, it } from 'vitest';
import {
  busyMs, cpuMs, firstPaintEndAfter, longestTaskMs, markerWindows, measureSpans, outermost, scriptSpans, tasksMs, wallMs, type TraceEvent,
} from './trace';

const MAIN = { pid: 1, tid: 1 };
const OTHER = { pid: 2, tid: 7 };
const EXT = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'http://127.0.0.1/page.js';

function meta(at: { pid: number; tid: number }, name: string): TraceEvent {
  return { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, ...at, args: { name } };
}

/** A complete event; thread time is half the wall time unless given. */
function x(name: string, ts: number, dur: number, opts: { url?: string; at?: { pid: number; tid: number }; tdur?: number; data?: object } = {}): TraceEvent {
  return {
    name, cat: 'devtools.timeline', ph: 'X', ts, dur, tdur: opts.tdur ?? dur / 2, ...(opts.at ?? MAIN),
    args: { data: { ...(opts.url ? { url: opts.url } : {}), ...opts.data } },
  };
}

const ours = (u: string): boolean => u.startsWith('chrome-extension://abc/');
const base = [meta(MAIN, 'CrRendererMain'), meta(OTHER, 'CrRendererMain'), meta({ pid: 1, tid: 9 }, 'Compositor')];

describe('outermost', () => {
  it('keeps only spans not inside another one, per thread', () => {
    const spans = outermost([
      { thread: 'a', ts: 0, end: 100, cpu: 50 },
      { thread: 'a', ts: 10, end: 20, cpu: 10 },
      { thread: 'a', ts: 200, end: 250, cpu: 40 },
      { thread: 'b', ts: 10, end: 20, cpu: 5 },
    ]);
    expect(spans.map((s) => [s.thread, s.ts])).toEqual([['a', 0], ['a', 200], ['b', 10]]);
    expect(cpuMs(spans)).toBeCloseTo(0.095);
    expect(wallMs(spans)).toBeCloseTo(0.16);
  });
});

describe('scriptSpans', () => {
  it('counts compile+evaluation once, timer callbacks with their microtasks, and nothing of the page', () => {
    const events = [
      ...base,
      x('EvaluateScript', 1000, 400, { url: EXT }),
      x('v8.compile', 1010, 50, { url: EXT }),
      x('EvaluateScript', 2000, 300, { url: PAGE }),
      // A timer of ours: the wrapper (which includes the following microtasks) counts.
      x('TimerFire', 3000, 200),
      x('FunctionCall', 3010, 100, { url: EXT }),
      // An event dispatched to the page and to us: only our call counts.
      x('EventDispatch', 4000, 500),
      x('FunctionCall', 4010, 100, { url: PAGE }),
      x('FunctionCall', 4200, 60, { url: EXT }),
      // Our URL on a thread that is not a renderer main thread: ignored.
      x('FunctionCall', 5000, 999, { url: EXT, at: { pid: 1, tid: 9 } }),
    ];
    const spans = scriptSpans(events, ours);
    expect(spans.map((s) => [s.ts, s.end])).toEqual([[1000, 1400], [3000, 3200], [4200, 4260]]);
    expect(wallMs(spans)).toBeCloseTo(0.66);
    expect(cpuMs(spans)).toBeCloseTo(0.33);
  });

  it('keeps to the window and to events that name a URL', () => {
    const events = [...base, x('FunctionCall', 100, 10, { url: EXT }), x('FunctionCall', 900, 10, { url: EXT }), x('Layout', 120, 50)];
    expect(scriptSpans(events, ours, { from: 0, to: 500 }).map((s) => s.ts)).toEqual([100]);
  });
});

describe('markerWindows', () => {
  it('splits the trace between markers with the prefix', () => {
    const stamp = (ts: number, message: string): TraceEvent => ({ name: 'TimeStamp', cat: 'devtools.timeline', ph: 'I', ts, ...MAIN, args: { data: { message } } });
    const w = markerWindows([stamp(10, 'p:a'), stamp(50, 'other'), stamp(100, 'p:b'), x('Paint', 150, 20)], 'p:');
    expect(w.get('a')).toEqual({ from: 10, to: 100 });
    expect(w.get('b')).toEqual({ from: 100, to: 171 });
    expect(w.has('other')).toBe(false);
  });
});

describe('task arithmetic', () => {
  const task = (ts: number, dur: number, tdur: number, at = MAIN): TraceEvent => ({ ...x('RunTask', ts, dur, { at, tdur }), cat: 'disabled-by-default-devtools.timeline' });
  const events = [
    ...base,
    task(0, 1000, 800),
    x('EvaluateScript', 100, 200, { url: EXT }),
    task(2000, 3000, 2000),
    x('FireAnimationFrame', 2100, 100),
    x('FunctionCall', 2110, 80, { url: EXT, tdur: 70 }),
    x('Paint', 2500, 100),
    task(1500, 9000, 9000, OTHER), // another renderer, overlapping in time
    x('Paint', 1200, 10, { at: OTHER }),
  ];

  it('finds the longest task that ran our code, on our thread only', () => {
    expect(longestTaskMs(events, scriptSpans(events, ours))).toBeCloseTo(2);
  });

  it('counts whole tasks, except frames where only our callbacks count', () => {
    expect(tasksMs(events, scriptSpans(events, ours))).toBeCloseTo(0.8 + 0.05);
  });

  it('sums busy time of one thread pro rata inside a window', () => {
    expect(busyMs(events, '1:1', 500, 2500)).toBeCloseTo(0.4 + 0.5 * 2000 / 3000 * 1);
  });

  it('finds the first paint on the same thread', () => {
    expect(firstPaintEndAfter(events, '1:1', 1100)).toBe(2600);
    expect(firstPaintEndAfter(events, '2:7', 1100)).toBe(1210);
  });
});

describe('measureSpans', () => {
  const ut = (name: string, ph: 'b' | 'e', ts: number, at = MAIN): TraceEvent => ({ name, cat: 'blink.user_timing', ph, ts, ...at, args: {} });
  /** A complete event with explicit thread clock. */
  const xt = (name: string, ts: number, dur: number, tts: number, tdur: number, at = MAIN): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, tts, tdur, ...at });

  it('pairs begin/end per thread in order and reads thread time off the surrounding events', () => {
    const events = [
      ...base,
      // A task of 1000 µs wall that ran 400 µs on the CPU, uniformly preempted; a nested layout runs 100/100.
      xt('RunTask', 0, 1000, 5000, 400),
      xt('Layout', 500, 100, 5150, 100),
      ut('wic:marks', 'b', 100), ut('wic:marks', 'e', 300),
      ut('wic:marks', 'b', 450), ut('wic:marks', 'e', 650),
      ut('wic:panel-render', 'b', 0), ut('wic:panel-render', 'e', 1000),
      ut('wic:marks', 'b', 10, OTHER), ut('wic:marks', 'e', 20, OTHER),
    ];
    const marks = measureSpans(events, 'wic:marks');
    expect(marks.map((s) => [s.thread, s.ts, s.end])).toEqual([['2:7', 10, 20], ['1:1', 100, 300], ['1:1', 450, 650]]);
    expect(marks[0]!.cpu).toBeNaN(); // no thread clock on that thread
    // 100..300 lies between the task start (0 → 5000) and the layout start (500 → 5150): 0.3 µs/µs.
    expect(marks[1]!.cpu).toBeCloseTo(60);
    // 450 → 5135; 650 is between the layout end (600 → 5250) and the task end (1000 → 5400): 5268.75.
    expect(marks[2]!.cpu).toBeCloseTo(133.75);
    const panel = measureSpans(events, 'wic:panel-render');
    expect(panel).toHaveLength(1);
    expect(cpuMs(panel)).toBeCloseTo(0.4);
    expect(wallMs(panel)).toBeCloseTo(1);
    expect(measureSpans(events, 'wic:detect')).toEqual([]);
  });

  it('keeps the measures that begin in the window, and never more thread time than wall time', () => {
    const events = [
      ...base,
      xt('RunTask', 0, 100, 0, 90),
      ut('wic:marks', 'b', 10), ut('wic:marks', 'e', 20), // an earlier document's
      xt('RunTask', 200, 100, 90, 100),
      xt('RunTask', 300, 10, 190, 40), // the thread clock read late: 40 µs of thread time in 10 µs
      ut('wic:marks', 'b', 210), ut('wic:marks', 'e', 310),
    ];
    expect(measureSpans(events, 'wic:marks').map((s) => s.ts)).toEqual([10, 210]);
    const inWindow = measureSpans(events, 'wic:marks', { from: 150, to: Infinity });
    expect(inWindow.map((s) => [s.ts, s.end])).toEqual([[210, 310]]);
    expect(inWindow[0]!.cpu).toBe(100);
  });
});
