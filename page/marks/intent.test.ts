import { describe, expect, it } from 'vitest';
import { HoverIntent, type IntentEffect } from './intent';

const OPTS = { dwellMs: 300, graceMs: 400, maxSpeed: 0.3 };

/** Feeds samples and runs the clock the way the controller does (tick at wakeAt). */
function drive(intent: HoverIntent<string>, samples: { t: number; x: number; y: number; key: string | null; overCard?: boolean }[], until: number) {
  const effects: { t: number; e: NonNullable<IntentEffect<string>> }[] = [];
  const record = (t: number, e: IntentEffect<string>) => { if (e) effects.push({ t, e }); };
  let i = 0;
  for (let t = samples[0]?.t ?? 0; t <= until; t++) {
    while (i < samples.length && samples[i]!.t === t) {
      const s = samples[i++]!;
      record(t, intent.move({ ...s, overCard: s.overCard ?? false }));
    }
    const wake = intent.wakeAt();
    if (wake !== null && wake <= t) record(t, intent.tick(t));
  }
  return effects;
}

/** A pointer path: one sample per 16 ms frame from (x0) to (x1) at `speed` px/ms on one line of text. */
function sweep(t0: number, x0: number, x1: number, speed: number, keyAt: (x: number) => string | null) {
  const out = [];
  const dir = Math.sign(x1 - x0);
  for (let t = t0, x = x0; dir > 0 ? x <= x1 : x >= x1; t += 16, x += dir * speed * 16) out.push({ t, x, y: 100, key: keyAt(x) });
  return out;
}

// Marks at x 100–180 ("a"), 300–420 ("b"), 600–700 ("c").
const keyAt = (x: number): string | null => (x >= 100 && x < 180 ? 'a' : x >= 300 && x < 420 ? 'b' : x >= 600 && x < 700 ? 'c' : null);

describe('HoverIntent', () => {
  it('shows nothing while the pointer sweeps across marks', () => {
    const intent = new HoverIntent<string>(OPTS);
    const path = sweep(0, 0, 900, 1.5, keyAt);
    expect(drive(intent, path, path[path.length - 1]!.t + 2000)).toEqual([]);
  });

  it('the speed gate: gliding along one long mark for longer than the dwell shows nothing until the pointer stops', () => {
    const long = (x: number): string | null => (x >= 100 && x < 900 ? 'long' : null);
    const path = sweep(0, 100, 850, 1, long); // 750 ms inside the same mark
    const end = path[path.length - 1]!.t;
    const effects = drive(new HoverIntent<string>(OPTS), path, end + 1000);
    expect(effects).toHaveLength(1);
    expect(effects[0]!.t).toBeGreaterThanOrEqual(end + OPTS.dwellMs - 16);
    // Without the gate the same path would have shown the card mid-glide.
    const ungated = drive(new HoverIntent<string>({ ...OPTS, maxSpeed: Infinity }), path, end + 1000);
    expect(ungated[0]!.t).toBeLessThan(end);
  });

  it('shows nothing for a slow pass that does not stop on a mark', () => {
    const intent = new HoverIntent<string>(OPTS);
    const path = sweep(0, 250, 450, 0.8, keyAt);
    expect(drive(intent, path, 3000)).toEqual([]);
  });

  it('shows the card after the pointer rests on a mark for the dwell time', () => {
    const intent = new HoverIntent<string>(OPTS);
    const path = [...sweep(0, 0, 320, 1.5, keyAt)];
    const stop = path[path.length - 1]!.t;
    const effects = drive(intent, path, stop + 1000);
    expect(effects).toHaveLength(1);
    expect(effects[0]!.e).toEqual({ type: 'show', key: 'b' });
    // Dwell counts from when the pointer slowed down on the mark, not from when it entered it.
    expect(effects[0]!.t).toBeGreaterThanOrEqual(stop + OPTS.dwellMs - 16);
    expect(effects[0]!.t).toBeLessThanOrEqual(stop + OPTS.dwellMs + 70);
  });

  it('follows the dwell setting', () => {
    const intent = new HoverIntent<string>({ ...OPTS, dwellMs: 800 });
    const effects = drive(intent, [{ t: 0, x: 120, y: 100, key: 'a' }], 2000);
    expect(effects).toEqual([{ t: 800, e: { type: 'show', key: 'a' } }]);
    intent.setOptions({ dwellMs: 100 });
    expect(drive(intent, [{ t: 3000, x: 320, y: 100, key: 'b' }], 3500)).toEqual([{ t: 3100, e: { type: 'show', key: 'b' } }]);
  });

  it('keeps the card while the pointer crosses the gap into the card (grace), and while it stays there', () => {
    const intent = new HoverIntent<string>(OPTS);
    drive(intent, [{ t: 0, x: 120, y: 100, key: 'a' }], 400);
    expect(intent.shown).toBe('a');
    const effects = drive(intent, [
      { t: 500, x: 120, y: 110, key: null },
      { t: 560, x: 120, y: 125, key: null },
      { t: 620, x: 120, y: 140, key: null, overCard: true },
      { t: 1500, x: 150, y: 200, key: null, overCard: true },
    ], 3000);
    expect(effects).toEqual([]);
    expect(intent.shown).toBe('a');
  });

  it('hides the card when the pointer leaves for longer than the grace period', () => {
    const intent = new HoverIntent<string>(OPTS);
    drive(intent, [{ t: 0, x: 120, y: 100, key: 'a' }], 400);
    const effects = drive(intent, [{ t: 500, x: 250, y: 100, key: null }], 1500);
    expect(effects).toEqual([{ t: 900, e: { type: 'hide' } }]);
    expect(intent.shown).toBeNull();
  });

  it('moves the card to another mark the pointer rests on', () => {
    const intent = new HoverIntent<string>(OPTS);
    drive(intent, [{ t: 0, x: 120, y: 100, key: 'a' }], 400);
    const effects = drive(intent, [{ t: 500, x: 320, y: 100, key: 'b' }], 1500);
    expect(effects[0]).toEqual({ t: 800, e: { type: 'show', key: 'b' } });
    expect(intent.shown).toBe('b');
  });

  it('after Esc, the mark under the pointer stays quiet until the pointer leaves it', () => {
    const intent = new HoverIntent<string>(OPTS);
    drive(intent, [{ t: 0, x: 120, y: 100, key: 'a' }], 400);
    intent.close();
    expect(drive(intent, [{ t: 500, x: 121, y: 100, key: 'a' }], 2000)).toEqual([]);
    const back = drive(intent, [{ t: 2100, x: 250, y: 100, key: null }, { t: 2200, x: 120, y: 100, key: 'a' }], 3000);
    expect(back).toEqual([{ t: 2500, e: { type: 'show', key: 'a' } }]);
  });

  it('a card opened from the keyboard or by touch stays when the pointer wanders', () => {
    const intent = new HoverIntent<string>(OPTS);
    intent.open('c', true);
    expect(drive(intent, [{ t: 0, x: 10, y: 10, key: null }, { t: 50, x: 30, y: 10, key: null }], 3000)).toEqual([]);
    expect(intent.shown).toBe('c');
  });

  it('carries its state over to re-read marks', () => {
    const intent = new HoverIntent<{ id: string }>(OPTS);
    const a1 = { id: 'a' };
    intent.move({ t: 0, x: 120, y: 100, key: a1, overCard: false });
    expect(intent.tick(300)).toEqual({ type: 'show', key: a1 });
    const a2 = { id: 'a' };
    intent.remap((k) => (k.id === 'a' ? a2 : null));
    expect(intent.shown).toBe(a2);
    expect(intent.move({ t: 400, x: 121, y: 100, key: a2, overCard: false })).toBeNull();
    expect(intent.wakeAt()).toBeNull();
  });
});
