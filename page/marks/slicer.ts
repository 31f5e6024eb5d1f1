// Runs a resumable job in time slices (default 8 ms) and yields to the page between them, so no
// task of ours comes near the 50 ms long-task line. Records how much time the job itself took.

export interface SliceStats {
  /** Time spent in the job, excluding the yields between slices. */
  busyMs: number;
  /** From the first slice to the end, yields included. */
  wallMs: number;
  slices: number;
  maxSliceMs: number;
}

export interface SliceEnv {
  now(): number;
  /** Resolves when the page has had a chance to run (scheduler.yield, a timeout, ...). */
  yieldToPage(): Promise<void>;
  /** True when the job should stop (superseded, destroyed, context invalidated). */
  cancelled(): boolean;
  sliceMs?: number;
}

/** `step(deadline)` does work until `deadline` (a `now()` value) and returns true when finished. */
export async function runSliced(step: (deadline: number) => boolean, env: SliceEnv): Promise<SliceStats | null> {
  const sliceMs = env.sliceMs ?? 8;
  const stats: SliceStats = { busyMs: 0, wallMs: 0, slices: 0, maxSliceMs: 0 };
  const first = env.now();
  for (;;) {
    if (env.cancelled()) return null;
    const t0 = env.now();
    const done = step(t0 + sliceMs);
    const spent = env.now() - t0;
    stats.busyMs += spent;
    stats.slices++;
    stats.maxSliceMs = Math.max(stats.maxSliceMs, spent);
    if (done) break;
    await env.yieldToPage();
  }
  stats.wallMs = env.now() - first;
  return stats;
}
