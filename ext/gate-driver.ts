// The background's side of detection. When a tab's top frame has loaded (or navigated in-page), it
// runs the gate (gate.js) in the page's own world, reads back the page's sample and searches it for
// a WIC name (core/detect/gate-sample.ts); only when it finds one does it inject the content code
// (wic-content.js) into the extension's isolated world. Pages not about the WIC thus get one small
// script and nothing else: no isolated world, no listener, no message, nothing left behind
// (BENCHMARKS.md, "real pages").
// The reader's toolbar button and commands inject the content code on any page (contentFor()).
import { browser } from 'wxt/browser';
import { samplePasses } from '../core/detect/gate-sample';
import { gateMatcher, type GateNames } from '../core/detect/prefilter';
import { RECHECK_MS } from '../core/recheck';

// What the gate looks for, computed from data/names.json at build time (wxt.config.ts).
declare const __WIC_GATE__: GateNames;
const NAMES = gateMatcher(__WIC_GATE__);

/** Ignored by the content code; answered (with nothing) only where it runs. */
const PING = { type: 'ping' } as const;

interface GateAnswer {
  passes: boolean;
  /** Chromium only: the document the gate ran in, to tell an in-page navigation from a new page. */
  documentId?: string;
}

/** What each tab's last gate run saw (lost when the worker stops: then only the recheck is skipped). */
const lastDocument = new Map<number, string>();
const timers = new Map<number, ReturnType<typeof setTimeout>[]>();

const top = (tabId: number): { tabId: number; frameIds: number[] } => ({ tabId, frameIds: [0] });

/** How long a ping may take before the content code counts as absent: a port that never answers
 * must not stall the injection (a second copy of the content code stands down by itself). */
const PING_MS = 1500;
/** When injecting into a page that reported it had loaded fails, the one look more, this much later. */
export const RETRY_MS = 500;

/** Whether live content code runs in the tab's top frame. */
async function contentRuns(tabId: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      browser.tabs.sendMessage(tabId, PING, { frameId: 0 }).then(() => true),
      new Promise<boolean>((done) => { timer = setTimeout(() => done(false), PING_MS); }),
    ]);
  } catch {
    return false; // "Receiving end does not exist"
  } finally {
    clearTimeout(timer);
  }
}

/** Makes sure the content code runs in the tab (it starts once per page); false where nothing can run. */
export async function contentFor(tabId: number): Promise<boolean> {
  if (await contentRuns(tabId)) return true;
  try {
    await browser.scripting.executeScript({ target: top(tabId), files: ['/wic-content.js'] });
    return true;
  } catch {
    return false; // browser pages, stores, PDFs, a tab closed meanwhile
  }
}

async function runGate(tabId: number): Promise<GateAnswer | null> {
  try {
    const [done] = await browser.scripting.executeScript({ target: top(tabId), world: 'MAIN', files: ['/gate.js'] });
    const documentId = (done as { documentId?: unknown } | undefined)?.documentId;
    // The page hands back its sample (or null); the search runs here, off the page's main thread.
    return { passes: samplePasses(NAMES, done?.result), documentId: typeof documentId === 'string' ? documentId : undefined };
  } catch {
    return null; // nothing of ours may run there (browser pages, stores, PDFs), or the tab went away
  }
}

function cancel(tabId: number): void {
  for (const t of timers.get(tabId) ?? []) clearTimeout(t);
  timers.delete(tabId);
}

function recheckSoon(tabId: number): void {
  cancel(tabId);
  timers.set(tabId, RECHECK_MS.map((ms) => setTimeout(() => void check(tabId, false), ms)));
}

async function check(tabId: number, loaded: boolean, retry = loaded): Promise<void> {
  const answer = await runGate(tabId);
  if (!answer) {
    // A page that has just loaded may refuse for a moment (its frame still being swapped in, the
    // worker just started): look once more. Browser pages refuse again, and that is the end of it;
    // a new load in the tab cancels the look.
    if (retry) timers.set(tabId, [...(timers.get(tabId) ?? []), setTimeout(() => void check(tabId, loaded, false), RETRY_MS)]);
    return;
  }
  const known = answer.documentId !== undefined && lastDocument.get(tabId) === answer.documentId;
  if (answer.documentId !== undefined) lastDocument.set(tabId, answer.documentId);
  if (answer.passes) {
    cancel(tabId);
    await contentFor(tabId);
    return;
  }
  // Chromium reports an in-page navigation as "loading" then "complete" at once, before the new
  // view has rendered: the same document means look again shortly (the content code, where it
  // runs, follows such navigations itself).
  if (loaded && known) recheckSoon(tabId);
}

const SWEPT = 'gateSwept';

/**
 * Once per run of the extension (install, update, enable, browser start; storage.session is
 * emptied by each), the pages already open get the gate too, as if they had just loaded.
 */
async function sweepOpenTabs(): Promise<void> {
  try {
    if ((await browser.storage.session.get(SWEPT))[SWEPT] === true) return;
    await browser.storage.session.set({ [SWEPT]: true });
    for (const tab of await browser.tabs.query({ status: 'complete' })) {
      if (tab.id !== undefined && tab.id >= 0 && !tab.discarded) void check(tab.id, false);
    }
  } catch { /* no tabs to look at, or the worker is stopping */ }
}

/** Runs the gate on each page a tab loads, on the pages open when the extension starts, and again
 * after in-page navigations. Call once, when the background starts. */
export function watchTabs(): void {
  void sweepOpenTabs();
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cancel(tabId);
    if (change.status === 'complete') void check(tabId, true);
    // Firefox reports an in-page navigation as an address change alone.
    else if (change.url !== undefined && change.status === undefined) recheckSoon(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    cancel(tabId);
    lastDocument.delete(tabId);
  });
}
