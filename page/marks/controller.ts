// Marks key terms and figures in the article and explains them in a card on hover, keyboard
// step, or tap. Reads the article in time slices, paints with the CSS Custom Highlight API (or
// <wic-mark> where it is missing), follows page changes, and cleans up after itself.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Entity, Figure, KnowledgeBase, Term } from '../../core/kb/types';
import { matchEntriesFromKb } from '../../core/match/kb-entries';
import { compileTermMatcher, type TermMatcher } from '../../core/match/term-matcher';
import type { HoverSubject } from '../../components/hover/HoverCard';
import type { Translate, UiLang } from '../../components/view-context';
import { benchEnd, benchStart } from '../bench-timing';
import { createCardLayer, type CardLayer } from './card-layer';
import { closest, createRange } from './dom';
import { DEFAULT_INTENT, HoverIntent, type IntentEffect } from './intent';
import type { Mark, MarkIndex } from './mark-index';
import type { Painter } from './painter';
import { HighlightPainter, highlightApiAvailable } from './painter-highlight';
import { WrapPainter } from './painter-wrap';
import { ReindexScheduler, type ReindexReason } from './reindex';
import { langOf, pickArticleRoot } from './root';
import { ScanJob } from './scan';
import { runSliced } from './slicer';
import { isLightColor } from './styles';

export interface MarksSettings {
  markTerms: boolean;
  hoverDelayMs: number;
}

export interface MarksOptions {
  ctx: ContentScriptContext;
  kb: KnowledgeBase;
  settings: MarksSettings;
  /** The card's colour scheme (the reader's theme setting, resolved). */
  theme(): 'light' | 'dark';
  t: Translate;
  uiLang?: UiLang;
  /** Where the card mounts: the panel host's shadow root (one <wic-fact-panel> per page). */
  cardRoot(): ShadowRoot | Element | null;
  onOpenInPanel?(id: string): void;
  /** Tests: read this document instead of the global one. */
  doc?: Document;
  /** Tests and the benchmark: paint with <wic-mark> elements even where highlights work. */
  forceFallback?: boolean;
}

/** One read of the article, for the benchmark and diagnostics. */
export interface MarksStats {
  reason: ReindexReason | 'start';
  painter: 'highlight' | 'wrap';
  /** Index + match (time in our slices, yields excluded). */
  scanMs: number;
  /** Registering the ranges (or wrapping the words). */
  paintMs: number;
  /** scanMs + paintMs: the work the budget counts. */
  totalMs: number;
  /** First slice to painted, yields included. */
  wallMs: number;
  slices: number;
  maxSliceMs: number;
  blocks: number;
  chars: number;
  marks: number;
  /** Compiling the matcher from the knowledge base (once per page; 0 after the first read). */
  compileMs: number;
}

export interface MarksController {
  readonly enabled: boolean;
  setEnabled(on: boolean): void;
  setHoverDelay(ms: number): void;
  /** Next (1) or previous (-1) mark in document order: scrolled into view, highlighted, card shown. */
  step(direction: 1 | -1): void;
  /** The first occurrence of `id` (or the next one after the current); false when it is not on the page. */
  jumpTo(id: string): boolean;
  /** Occurrences per knowledge-base id (terms, people, bodies, places, figures). */
  counts(): Record<string, number>;
  /** Per figure id: how the page first writes it and whether that differs from the source. */
  figureReadings(): Record<string, { text: string; differs: boolean }>;
  onCountsChange(cb: (counts: Record<string, number>) => void): () => void;
  /** Resolves once the pending read (if any) has painted. */
  settled(): Promise<void>;
  stats(): MarksStats | null;
  destroy(): void;
}

type Listener = [EventTarget, string, EventListener, boolean];

const HEALTH_MS = 2000;
const ENSURE_ON_POINTER_MS = 500;
const VALIDATE_MS = 32;
const VALIDATE_FLOOD_MS = 400;

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

export function startMarks(opts: MarksOptions): MarksController {
  const { ctx, kb } = opts;
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const now = (): number => performance.now();

  const terms = new Map<string, Term>(kb.terms.map((x) => [x.id, x]));
  const entities = new Map<string, Entity>(kb.entities.map((x) => [x.id, x]));
  const figures = new Map<string, Figure>(kb.figures.map((x) => [x.id, x]));

  let enabled = false;
  let destroyed = false;
  let matcher: TermMatcher | null = null;
  let compileMs = 0;
  let painter: Painter | null = null;
  let index: MarkIndex | null = null;
  let root: Element | null = null;
  let generation = 0;
  let scanning: Promise<void> | null = null;
  let lastStats: MarksStats | null = null;
  let lastCounts: Record<string, number> = {};
  const countListeners = new Set<(c: Record<string, number>) => void>();
  const listeners: Listener[] = [];
  const timers = new Set<number>();

  const intent = new HoverIntent<Mark>({ ...DEFAULT_INTENT, dwellMs: opts.settings.hoverDelayMs });
  let hovered: Mark | null = null;
  let cardMark: Mark | null = null;
  let wakeTimer = 0;
  let frame = 0;
  let lastPointer: { x: number; y: number; t: number; speed: number; event: PointerEvent } | null = null;
  let lastEnsure = 0;
  let lastPointerType = 'mouse';

  const card: CardLayer = createCardLayer({
    root: opts.cardRoot,
    kb,
    t: opts.t,
    uiLang: opts.uiLang ?? 'en',
    theme: opts.theme,
    onCloseButton: () => closeCard(),
    onOpenInPanel: opts.onOpenInPanel
      ? (id) => {
          closeCard();
          opts.onOpenInPanel?.(id);
        }
      : undefined,
  });

  // ---- plumbing ----

  const listen = (target: EventTarget, type: string, fn: EventListener, options: AddEventListenerOptions = {}): void => {
    ctx.addEventListener(target, type, fn, options);
    listeners.push([target, type, fn, options.capture === true]);
  };

  const later = (fn: () => void, ms: number): number => {
    const id = ctx.setTimeout(() => {
      timers.delete(id);
      fn();
    }, ms);
    timers.add(id);
    return id;
  };

  const cancelLater = (id: number): void => {
    if (!id) return;
    clearTimeout(id);
    timers.delete(id);
  };

  const yieldToPage = (): Promise<void> => {
    const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (typeof s?.yield === 'function') return s.yield();
    return new Promise((resolve) => later(resolve, 0));
  };

  const notifyCounts = (): void => {
    const next = index ? index.counts() : {};
    if (sameCounts(next, lastCounts)) return;
    lastCounts = next;
    for (const cb of countListeners) {
      try {
        cb(next);
      } catch {
        // a listener's failure is not ours to report on the page
      }
    }
  };

  // ---- reading the article ----

  const observer = new MutationObserver((records) => {
    if (!enabled || destroyed) return;
    scheduler.mutations(records.length);
    scheduleValidate();
  });

  const scheduler = new ReindexScheduler((reason) => void scan(reason), {
    now,
    set: (fn, ms) => later(fn, ms),
    clear: (id) => cancelLater(id),
  });

  let validateTimer = 0;
  const scheduleValidate = (): void => {
    if (validateTimer) return;
    validateTimer = later(() => {
      validateTimer = 0;
      validate();
    }, scheduler.flooding ? VALIDATE_FLOOD_MS : VALIDATE_MS);
  };

  /** Marks must never point at text that changed: drop those whose words no longer read the same. */
  const validate = (): void => {
    if (!index || !painter) return;
    const dropped = index.prune();
    if (dropped.length === 0) return;
    painter.drop(dropped);
    const gone = new Set(dropped);
    if (hovered && gone.has(hovered)) hovered = null;
    if (cardMark && gone.has(cardMark)) closeCard();
    notifyCounts();
  };

  const observe = (next: Element | null): void => {
    if (next === root) return;
    observer.disconnect();
    root = next;
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };

  const pageIsDark = (el: Element): boolean => {
    try {
      return isLightColor(win.getComputedStyle(el).color);
    } catch {
      return false;
    }
  };

  const scan = (reason: ReindexReason | 'start'): Promise<void> => {
    if (!enabled || destroyed || !painter) return Promise.resolve();
    const my = ++generation;
    const run = async (): Promise<void> => {
      const p = painter!;
      // Bench build only: one 'wic:marks' measure per stretch of work between yields to the page
      // (compile, set-up, each slice, paint); BENCHMARKS.md says what is in and out.
      if (!matcher) {
        const t0 = now();
        const b = benchStart();
        matcher = compileTermMatcher(matchEntriesFromKb(kb));
        benchEnd('wic:marks', b);
        compileMs = now() - t0;
        await yieldToPage();
        if (my !== generation) return;
      }
      const setUp = benchStart();
      p.beforeScan();
      observer.takeRecords();
      const picked = pickArticleRoot(doc);
      observe(picked);
      if (!picked) {
        benchEnd('wic:marks', setUp);
        replaceIndex(null);
        return;
      }
      const job = new ScanJob(doc, picked, { matcher, figures: kb.figures, lang: langOf(picked) }, () => createRange(doc), now);
      benchEnd('wic:marks', setUp);
      const step = (deadline: number): boolean => {
        const b = benchStart();
        const done = job.step(deadline);
        benchEnd('wic:marks', b);
        return done;
      };
      const sliced = await runSliced(step, {
        now,
        yieldToPage,
        cancelled: () => my !== generation || destroyed || !enabled || ctx.isInvalid,
      });
      if (!sliced || painter !== p) return;
      const t0 = now();
      const b = benchStart();
      p.setDark(pageIsDark(picked));
      p.paint(job.index.marks);
      benchEnd('wic:marks', b);
      const paintMs = now() - t0;
      observer.takeRecords(); // the wrap painter's own changes
      replaceIndex(job.index);
      lastStats = {
        reason, painter: p.kind, scanMs: sliced.busyMs, paintMs, totalMs: sliced.busyMs + paintMs, wallMs: sliced.wallMs + paintMs,
        slices: sliced.slices, maxSliceMs: sliced.maxSliceMs, blocks: job.blocks, chars: job.chars, marks: job.index.marks.length,
        compileMs,
      };
      compileMs = 0;
    };
    const done = run().catch(() => undefined).finally(() => {
      if (scanning === done) scanning = null;
    });
    scanning = done;
    return done;
  };

  /** Swaps in a fresh index; the card and pointer state follow their marks to the new ones. */
  const replaceIndex = (next: MarkIndex | null): void => {
    const successor = (old: Mark): Mark | null => {
      if (!next) return null;
      let best: Mark | null = null;
      for (const m of next.marks) {
        if (m.id !== old.id || m.text !== old.text) continue;
        if (!best || Math.abs(m.order - old.order) < Math.abs(best.order - old.order)) best = m;
      }
      return best;
    };
    index = next;
    intent.remap(successor);
    hovered = hovered ? successor(hovered) : null;
    if (cardMark) {
      const moved = successor(cardMark);
      if (moved) showCard(moved, { mode: card.mode ?? 'popover', focus: false, refresh: true });
      else closeCard();
    } else {
      painter?.setActive(hovered);
    }
    notifyCounts();
  };

  // ---- the card ----

  const subjectOf = (mark: Mark): HoverSubject | null => {
    if (mark.kind === 'figure') {
      const figure = figures.get(mark.id);
      const f = mark.figure;
      if (!figure || !f) return null;
      return { kind: 'figure', figure, page: { text: mark.text, relation: f.relation, ...(f.note ? { note: f.note } : {}) } };
    }
    if (mark.kind === 'term') {
      const term = terms.get(mark.id);
      return term ? { kind: 'term', term } : null;
    }
    const entity = entities.get(mark.id);
    return entity ? { kind: 'entity', entity } : null;
  };

  interface ShowOptions {
    mode: 'popover' | 'sheet';
    focus: boolean;
    pointer?: { x: number; y: number };
    numbered?: boolean;
    refresh?: boolean;
  }

  let numbered = false;
  const showCard = (mark: Mark, o: ShowOptions): void => {
    const subject = subjectOf(mark);
    if (!subject || !painter) return;
    const p = painter;
    const at = index;
    if (!o.refresh) numbered = o.numbered === true;
    cardMark = mark;
    p.setActive(mark);
    card.show({
      subject,
      mode: o.mode,
      anchor: { rects: () => (at ? p.rects(mark, at) : []), context: mark.range.startContainer.parentElement },
      pointer: o.pointer,
      position: numbered && index ? { n: mark.order + 1, total: index.marks.length } : undefined,
      focus: o.focus,
    });
  };

  function closeCard(): void {
    card.hide();
    cardMark = null;
    intent.close();
    painter?.setActive(hovered);
  }

  const apply = (effect: IntentEffect<Mark>, pointer?: { x: number; y: number }): void => {
    if (!effect) return;
    if (effect.type === 'show') showCard(effect.key, { mode: 'popover', focus: false, ...(pointer ? { pointer } : {}) });
    else {
      card.hide();
      cardMark = null;
      painter?.setActive(hovered);
    }
  };

  const armWake = (): void => {
    cancelLater(wakeTimer);
    wakeTimer = 0;
    const at = intent.wakeAt();
    if (at === null) return;
    wakeTimer = later(() => {
      wakeTimer = 0;
      apply(intent.tick(now()), lastPointer ?? undefined);
      armWake();
    }, Math.max(0, at - now()) + 1);
  };

  // ---- pointer, keyboard, touch ----

  const hitTest = (x: number, y: number): Mark | null => {
    if (!painter || !index) return null;
    try {
      return painter.hitTest(x, y, index);
    } catch {
      return null;
    }
  };

  /** Over the panel (or anything else in its host): marks beneath it are not under the pointer. */
  const overOurUi = (e: Event): boolean => {
    const ui = opts.cardRoot();
    return ui instanceof ShadowRoot && typeof e.composedPath === 'function' && e.composedPath().includes(ui.host);
  };

  const onFrame = (): void => {
    frame = 0;
    const p = lastPointer;
    if (!p || !enabled) return;
    const t = now();
    if (t - lastEnsure > ENSURE_ON_POINTER_MS) {
      lastEnsure = t;
      painter?.ensure();
    }
    const overCard = card.contains(p.x, p.y, p.event);
    const mark = overCard || overOurUi(p.event) ? null : hitTest(p.x, p.y);
    if (mark !== hovered) {
      hovered = mark;
      if (!cardMark) painter?.setActive(mark);
    }
    // The sample is dated by its event, not by this (possibly late) frame.
    apply(intent.move({ t: Math.min(p.t, t), x: p.x, y: p.y, key: mark, overCard, speed: p.speed }), { x: p.x, y: p.y });
    armWake();
  };

  const onPointerMove = (e: Event): void => {
    const pe = e as PointerEvent;
    if (pe.pointerType === 'touch') return;
    const t = pe.timeStamp > 0 ? pe.timeStamp : now();
    let speed = 0;
    const prev = lastPointer;
    if (prev && t > prev.t) {
      const dt = t - prev.t;
      const inst = Math.hypot(pe.clientX - prev.x, pe.clientY - prev.y) / dt;
      speed = dt > 100 ? inst : 0.6 * inst + 0.4 * prev.speed;
    }
    lastPointer = { x: pe.clientX, y: pe.clientY, t, speed, event: pe };
    if (!frame && enabled) frame = ctx.requestAnimationFrame(onFrame);
  };

  const onPointerLeave = (e: Event): void => {
    const me = e as MouseEvent;
    if (me.relatedTarget !== null || !enabled) return;
    lastPointer = null;
    hovered = null;
    if (!cardMark) painter?.setActive(null);
    apply(intent.move({ t: now(), x: -1, y: -1, key: null, overCard: false }));
    armWake();
  };

  const onPointerDown = (e: Event): void => {
    const pe = e as PointerEvent;
    lastPointerType = pe.pointerType || 'mouse';
    // Touch closes on the click that follows a tap, so a scroll gesture leaves the sheet open.
    if (!card.shown || lastPointerType === 'touch' || card.contains(pe.clientX, pe.clientY, pe)) return;
    if (cardMark && hitTest(pe.clientX, pe.clientY) === cardMark) return;
    closeCard();
  };

  const inLink = (mark: Mark): boolean => {
    const el = mark.range.startContainer.parentElement;
    return !!el && closest(el, 'a[href]') !== null;
  };

  const onClick = (e: Event): void => {
    const me = e as MouseEvent;
    if (!enabled || card.contains(me.clientX, me.clientY, me) || overOurUi(me)) return;
    const touch = lastPointerType === 'touch';
    const mark = hitTest(me.clientX, me.clientY);
    const selection = win.getSelection();
    // Links inside the article stay links: a tap or click on a marked word inside one just follows it.
    if (mark && !inLink(mark) && (!selection || selection.isCollapsed)) {
      intent.open(mark, touch);
      showCard(mark, { mode: touch ? 'sheet' : 'popover', focus: false, pointer: { x: me.clientX, y: me.clientY } });
      if (touch) keepAboveSheet(mark);
      armWake();
      return;
    }
    if (touch && card.shown) closeCard();
  };

  const onKeyDown = (e: Event): void => {
    const ke = e as KeyboardEvent;
    if (ke.key !== 'Escape' || !card.shown) return;
    const ui = opts.cardRoot();
    const focusInUs = card.hasFocus() || (ui instanceof ShadowRoot && ui.activeElement !== null);
    closeCard();
    // Esc closes the innermost thing first: the card, not the panel; the page's own handlers still
    // hear it when focus is in the page.
    if (focusInUs) ke.stopPropagation();
  };

  // ---- stepping ----

  const reducedMotion = (): boolean => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const boxOf = (mark: Mark): DOMRect => (index ? index.liveRange(mark).getBoundingClientRect() : new DOMRect());

  const scrollToMark = (mark: Mark): void => {
    const r = boxOf(mark);
    const vh = win.innerHeight;
    if (r.top >= 72 && r.bottom <= vh - 72) return;
    const behavior: ScrollBehavior = reducedMotion() ? 'auto' : 'smooth';
    const el = mark.range.startContainer.parentElement;
    if (el && el.getBoundingClientRect().height < vh * 0.5) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    else win.scrollBy({ top: r.top - vh / 3, behavior });
  };

  /** The tapped words stay in sight above the bottom sheet (the sheet has slid in after a frame). */
  const keepAboveSheet = (mark: Mark): void => {
    ctx.requestAnimationFrame(() => {
      const sheet = card.rect();
      if (!sheet || cardMark !== mark) return;
      const sheetTop = win.innerHeight - sheet.height;
      const words = boxOf(mark);
      const overlap = words.bottom + 16 - sheetTop;
      if (overlap > 0) win.scrollBy({ top: overlap, behavior: reducedMotion() ? 'auto' : 'smooth' });
    });
  };

  const focusMark = (mark: Mark): void => {
    scrollToMark(mark);
    intent.open(mark, true);
    showCard(mark, { mode: 'popover', focus: true, numbered: true });
  };

  const firstInView = (marks: readonly Mark[], direction: 1 | -1): Mark | undefined => {
    const vh = win.innerHeight;
    if (direction === 1) return marks.find((m) => boxOf(m).bottom > 0) ?? marks[0];
    for (let i = marks.length - 1; i >= 0; i--) if (boxOf(marks[i]!).top < vh) return marks[i];
    return marks[marks.length - 1];
  };

  // ---- lifecycle ----

  const enable = (): void => {
    enabled = true;
    const b = benchStart();
    // Installs the ::highlight() sheet and registers our (still empty) highlights.
    painter = highlightApiAvailable() && !opts.forceFallback ? new HighlightPainter(doc, false) : new WrapPainter(doc, false);
    benchEnd('wic:marks', b);
    void scan('start');
  };

  const disable = (): void => {
    enabled = false;
    generation++;
    scheduler.cancel();
    observer.disconnect();
    root = null;
    closeCard();
    hovered = null;
    painter?.clear();
    painter = null;
    index = null;
    notifyCounts();
  };

  listen(win, 'pointermove', onPointerMove, { passive: true, capture: true });
  listen(doc, 'mouseout', onPointerLeave, { passive: true, capture: true });
  listen(win, 'pointerdown', onPointerDown, { passive: true, capture: true });
  listen(win, 'click', onClick, { passive: true, capture: true });
  listen(win, 'keydown', onKeyDown, { capture: true });
  listen(win, 'wxt:locationchange', () => {
    if (enabled) scheduler.navigation();
  });
  const health = ctx.setInterval(() => {
    if (!enabled || !painter) return;
    painter.ensure();
    if (root && !root.isConnected && !scanning && !scheduler.pending) void scan('navigation');
  }, HEALTH_MS);

  const destroy = (): void => {
    if (destroyed) return;
    disable();
    destroyed = true;
    clearInterval(health);
    for (const id of timers) clearTimeout(id);
    timers.clear();
    if (frame) cancelAnimationFrame(frame);
    for (const [target, type, fn, capture] of listeners) target.removeEventListener(type, fn, capture);
    listeners.length = 0;
    card.destroy();
    countListeners.clear();
  };
  ctx.onInvalidated(destroy);

  if (opts.settings.markTerms) enable();

  return {
    get enabled() {
      return enabled;
    },
    setEnabled(on) {
      if (destroyed || on === enabled) return;
      if (on) enable();
      else disable();
    },
    setHoverDelay(ms) {
      intent.setOptions({ dwellMs: ms });
    },
    step(direction) {
      if (!enabled || !index || index.marks.length === 0) return;
      const marks = index.marks;
      const from = cardMark && marks[cardMark.order] === cardMark ? cardMark : null;
      const next = from ? marks[(from.order + direction + marks.length) % marks.length] : firstInView(marks, direction);
      if (next) focusMark(next);
    },
    jumpTo(id) {
      if (!enabled || !index) return false;
      const all = index.marks.filter((m) => m.id === id);
      if (all.length === 0) return false;
      const at = cardMark && cardMark.id === id ? all.indexOf(cardMark) : -1;
      focusMark(all[(at + 1) % all.length]!);
      return true;
    },
    counts: () => ({ ...lastCounts }),
    figureReadings() {
      const out: Record<string, { text: string; differs: boolean }> = {};
      for (const m of index?.marks ?? []) {
        if (m.kind === 'figure' && m.figure && !out[m.id]) out[m.id] = { text: m.text, differs: m.figure.relation === 'differs' };
      }
      return out;
    },
    onCountsChange(cb) {
      countListeners.add(cb);
      return () => countListeners.delete(cb);
    },
    async settled() {
      while (scanning) await scanning;
    },
    stats: () => lastStats,
    destroy,
  };
}
