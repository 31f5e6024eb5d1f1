// When to read the article again after it changes. Mutations are debounced (300 ms after the last
// batch, but at most maxWaitMs after the first); a flood (more than floodPerSecond records in a
// second) waits for calm instead and then rescans once. In-page navigation rescans twice, since
// the new content often renders after the URL changes.

export type ReindexReason = 'mutations' | 'flood' | 'navigation';

export interface ReindexTimers {
  now(): number;
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export interface ReindexOptions {
  debounceMs: number;
  maxWaitMs: number;
  floodPerSecond: number;
  calmMs: number;
  /** Even a flood that never ends gets a rescan this often. */
  floodMaxWaitMs: number;
  navigationDelays: number[];
}

export const DEFAULT_REINDEX: ReindexOptions = {
  debounceMs: 300,
  maxWaitMs: 2000,
  floodPerSecond: 200,
  calmMs: 1000,
  floodMaxWaitMs: 10_000,
  navigationDelays: [300, 1200],
};

export class ReindexScheduler {
  private timer: number | null = null;
  private navTimers: number[] = [];
  private firstPending: number | null = null;
  /** Record counts with their times, for the rate over the last second. */
  private recent: { t: number; n: number }[] = [];
  private recentSum = 0;
  flooding = false;

  constructor(
    private readonly run: (reason: ReindexReason) => void,
    private readonly timers: ReindexTimers,
    private readonly opts: ReindexOptions = DEFAULT_REINDEX,
  ) {}

  /** `count` mutation records arrived. */
  mutations(count: number): void {
    const t = this.timers.now();
    this.recent.push({ t, n: count });
    this.recentSum += count;
    while (this.recent.length > 0 && this.recent[0]!.t <= t - 1000) this.recentSum -= this.recent.shift()!.n;
    if (this.recentSum > this.opts.floodPerSecond) this.flooding = true;
    this.firstPending ??= t;
    const maxWait = this.flooding ? this.opts.floodMaxWaitMs : this.opts.maxWaitMs;
    const wait = Math.min(this.flooding ? this.opts.calmMs : this.opts.debounceMs, Math.max(0, this.firstPending + maxWait - t));
    this.arm(wait);
  }

  navigation(): void {
    this.cancel();
    this.navTimers = this.opts.navigationDelays.map((d) => {
      const id: number = this.timers.set(() => {
        this.navTimers = this.navTimers.filter((x) => x !== id);
        this.fire('navigation');
      }, d);
      return id;
    });
  }

  cancel(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    for (const id of this.navTimers) this.timers.clear(id);
    this.navTimers = [];
    this.firstPending = null;
  }

  /** True while a rescan is waiting. */
  get pending(): boolean {
    return this.timer !== null || this.navTimers.length > 0;
  }

  private arm(ms: number): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.fire(this.flooding ? 'flood' : 'mutations');
    }, ms);
  }

  private fire(reason: ReindexReason): void {
    this.firstPending = null;
    if (reason !== 'navigation') {
      this.flooding = false;
      this.recent = [];
      this.recentSum = 0;
    }
    this.run(reason);
  }
}
