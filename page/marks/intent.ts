// Hover intent, as a pure state machine fed with pointer samples and clock ticks. A card shows
// only when the pointer rests on a mark: it must stay on the same mark for the dwell time while
// moving slower than maxSpeed, so sweeping across text shows nothing. Once shown, leaving the mark
// starts a grace period in which the pointer can reach the card (WCAG 1.4.13: hoverable).

export interface IntentOptions {
  dwellMs: number;
  graceMs: number;
  /** px per ms; faster than this, the pointer is passing by and the dwell starts over. */
  maxSpeed: number;
}

export interface PointerSample<K> {
  t: number;
  x: number;
  y: number;
  /** The mark under the pointer, if any. */
  key: K | null;
  /** The pointer is over the card. */
  overCard: boolean;
  /**
   * Speed in px/ms measured by the caller over every raw pointer event (samples reach us once per
   * frame, and frames come late on a busy page); computed from successive samples when absent.
   */
  speed?: number;
}

export type IntentEffect<K> = { type: 'show'; key: K } | { type: 'hide' } | null;

export const DEFAULT_INTENT: IntentOptions = { dwellMs: 300, graceMs: 400, maxSpeed: 0.3 };

/** After this long without a sample, the pointer is taken to be still. */
const STILL_AFTER = 60;
/** Samples further apart than this are not smoothed together. */
const GAP = 100;

export class HoverIntent<K> {
  /** The mark whose card is shown. */
  shown: K | null = null;
  /** Shown by keyboard, touch or click: pointer movement does not hide it. */
  sticky = false;
  private candidate: K | null = null;
  private since = 0;
  private last: { t: number; x: number; y: number } | null = null;
  private speed = 0;
  private leaveAt: number | null = null;
  private suppressed: K | null = null;

  constructor(private opts: IntentOptions = DEFAULT_INTENT) {}

  setOptions(patch: Partial<IntentOptions>): void {
    this.opts = { ...this.opts, ...patch };
  }

  /** Smoothed pointer speed at time t, in px/ms (0 once the pointer has been still a moment). */
  speedAt(t: number): number {
    return this.last && t - this.last.t <= STILL_AFTER ? this.speed : 0;
  }

  move(s: PointerSample<K>): IntentEffect<K> {
    if (s.speed !== undefined) {
      this.speed = s.speed;
    } else if (this.last && s.t > this.last.t) {
      const dt = s.t - this.last.t;
      const inst = Math.hypot(s.x - this.last.x, s.y - this.last.y) / dt;
      this.speed = dt > GAP ? inst : 0.6 * inst + 0.4 * this.speed;
    } else if (!this.last) {
      this.speed = 0;
    }
    this.last = { t: s.t, x: s.x, y: s.y };

    if (this.suppressed !== null && s.key !== this.suppressed) this.suppressed = null;
    const key = s.overCard ? null : s.key;
    if (key !== this.candidate) {
      this.candidate = key;
      this.since = s.t;
    } else if (this.speed > this.opts.maxSpeed) {
      this.since = s.t;
    }

    if (this.shown !== null && !this.sticky) {
      if (s.overCard || s.key === this.shown) this.leaveAt = null;
      else this.leaveAt ??= s.t + this.opts.graceMs;
    }
    return this.tick(s.t);
  }

  tick(t: number): IntentEffect<K> {
    if (this.pending() && t - this.since >= this.opts.dwellMs && this.speedAt(t) <= this.opts.maxSpeed) {
      this.shown = this.candidate;
      this.sticky = false;
      this.leaveAt = null;
      return { type: 'show', key: this.candidate as K };
    }
    if (this.leaveAt !== null && t >= this.leaveAt) {
      this.leaveAt = null;
      this.shown = null;
      this.sticky = false;
      return { type: 'hide' };
    }
    return null;
  }

  /** When tick() should next be called, or null when nothing is waiting. */
  wakeAt(): number | null {
    let at = Number.POSITIVE_INFINITY;
    if (this.pending()) {
      const still = this.last && this.speed > this.opts.maxSpeed ? this.last.t + STILL_AFTER + 1 : 0;
      at = Math.max(this.since + this.opts.dwellMs, still);
    }
    if (this.leaveAt !== null) at = Math.min(at, this.leaveAt);
    return Number.isFinite(at) ? at : null;
  }

  /** A card was opened by other means (keyboard, touch, click). */
  open(key: K, sticky = true): void {
    this.shown = key;
    this.sticky = sticky;
    this.leaveAt = null;
    this.suppressed = null;
    if (sticky) this.candidate = key;
  }

  /** The card was closed (Esc, click outside, destroy); the mark under the pointer stays quiet until left. */
  close(): void {
    if (this.candidate !== null) this.suppressed = this.candidate;
    this.shown = null;
    this.sticky = false;
    this.leaveAt = null;
  }

  /** The marks were re-read: carry each key over to its successor (or drop it). */
  remap(next: (key: K) => K | null): void {
    if (this.shown !== null) this.shown = next(this.shown);
    if (this.candidate !== null) this.candidate = next(this.candidate);
    if (this.suppressed !== null) this.suppressed = next(this.suppressed);
  }

  private pending(): boolean {
    return this.candidate !== null && this.candidate !== this.shown && this.candidate !== this.suppressed;
  }
}
