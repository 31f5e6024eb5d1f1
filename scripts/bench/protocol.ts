// The bench-only User Timing protocol (see BENCHMARKS.md): in the build made with mode 'bench', the
// extension records performance.measure() entries with these names; the benchmark reads them from the
// page's performance timeline (shared with the content script's isolated world) and sums each name.
export const BENCH_MEASURES = ['wic:detect', 'wic:panel-render', 'wic:marks'] as const;
export type BenchMeasure = (typeof BENCH_MEASURES)[number];

/** Prefix of the benchmark's own console.timeStamp markers in traces. */
export const MARKER = 'wic-bench:';
