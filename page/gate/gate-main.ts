// The only code every page runs (entrypoints/gate.ts). It reads a small sample of the page
// (read-gate-text.ts) and looks for a WIC name in it: a few plain words first, then, only where one
// is found, the prefilter pattern (both computed from data/names.json at build time).
// Most pages stop there: the gate touches no extension API (the first touch alone costs more than
// the whole budget), adds nothing to the page and sends no message. Only when a name may be there,
// or the reader asks through the toolbar button or a command (the background then calls the wake
// function), does it load the content code (wic-content.js: detection, messaging, the panel).
// It uses the raw `chrome`/`browser` object rather than webextension-polyfill for the same reason.
import { gateTest, type GateMatcher } from '../../core/detect/prefilter';
import { CONTENT_GLOBAL, WAKE_GLOBAL, type StartContent } from './globals';
import { docGet, gateText } from './read-gate-text';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** In-page (SPA) navigations: the new content often renders after the URL changes, so look twice. */
const RECHECK_MS = [250, 1200];

interface Runtime { id?: string; getURL(path: string): string }

function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  try {
    return g.browser?.runtime ?? g.chrome?.runtime;
  } catch {
    return undefined;
  }
}

/**
 * Chromium shows plain text, images and PDFs in HTML documents of its own (hostile fixtures
 * world-internet-conference.txt and -2017.png): those are not pages to annotate.
 */
export function isHtmlPage(doc: Document): boolean {
  return PAGE_TYPES.has(String(docGet<string>(doc, 'contentType'))) &&
    docGet<Element>(doc, 'documentElement')?.localName === 'html' && !!docGet<HTMLElement>(doc, 'body');
}

export function gatePasses(doc: Document, href: string, names: GateMatcher): boolean {
  return gateTest(names, gateText(doc, href));
}

/** The gate on this page; in the bench build (only) timed as part of `wic:detect` (BENCHMARKS.md). */
function passesHere(names: GateMatcher): boolean {
  if (import.meta.env.MODE !== 'bench') return gatePasses(document, location.href, names);
  const start = performance.now();
  const passes = gatePasses(document, location.href, names);
  performance.measure('wic:detect', { start, end: performance.now() });
  return passes;
}

/** Calls `onChange` (twice, spaced) after each in-page navigation; returns a stop function. */
function watchNavigation(onChange: () => void): () => void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  const soon = (): void => {
    timers.forEach((t) => clearTimeout(t));
    timers = RECHECK_MS.map((ms) => setTimeout(onChange, ms));
  };
  const stopTimers = (): void => timers.forEach((t) => clearTimeout(t));
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigate', soon);
    return () => { nav.removeEventListener('navigate', soon); stopTimers(); };
  }
  // No Navigation API (Firefox ESR): compare the address once a second, as WXT does.
  let last = location.href;
  const poll = setInterval(() => { if (location.href !== last) { last = location.href; soon(); } }, 1000);
  return () => { clearInterval(poll); stopTimers(); };
}

export function runGate(names: GateMatcher): void {
  if (window.top !== window || !isHtmlPage(document)) return;
  const g = globalThis as unknown as Record<string, unknown>;
  let stopWatching = (): void => undefined;
  let content: Promise<StartContent | null> | null = null;
  const start = (message?: unknown): void => {
    stopWatching();
    const rt = runtime();
    if (!rt) return;
    const url = rt.getURL('/wic-content.js');
    content ??= import(/* @vite-ignore */ url)
      .then(() => (typeof g[CONTENT_GLOBAL] === 'function' ? (g[CONTENT_GLOBAL] as StartContent) : null))
      .catch(() => null);
    void content.then((startContent) => startContent?.(message));
  };
  // False tells the background this copy cannot help (the extension was reloaded or removed since
  // it ran): it then injects a fresh gate.
  g[WAKE_GLOBAL] = (message: unknown): boolean => {
    const rt = runtime();
    if (!rt?.id) return false;
    start(message);
    return true;
  };
  if (passesHere(names)) return start();
  stopWatching = watchNavigation(() => { if (passesHere(names)) start(); });
}
