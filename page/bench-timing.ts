// User Timing for `npm run bench` (BENCHMARKS.md, "The bench-only User Timing protocol"). Only the
// bench build (`wxt build --mode bench`) keeps any of this: everywhere else Vite replaces
// import.meta.env.MODE with a constant, the condition is false, and the minifier drops both bodies,
// then the calls to the emptied functions with their name strings (the benchmark's bundle row checks
// that no wic:* name reaches a production bundle). The condition is read in each call, not cached in
// a module constant, so unit tests can switch the mode with vi.stubEnv.
//
// The content script's `performance` is the page's own timeline, so the benchmark reads these
// measures from the page and sums them per name.

export type BenchName = 'wic:detect' | 'wic:panel-render' | 'wic:marks';

/** Start of a span: performance.now() in the bench build, 0 elsewhere. */
export function benchStart(): number {
  if (import.meta.env.MODE === 'bench') return performance.now();
  return 0;
}

/** Records `name` from `start` (a benchStart() value) to now as one performance.measure(). */
export function benchEnd(name: BenchName, start: number): void {
  if (import.meta.env.MODE === 'bench') {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // A measure must never break the work it times.
    }
  }
}
