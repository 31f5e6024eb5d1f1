// The content code's life on a page, once the background has injected it (ext/gate-driver.ts): because
// the gate found the page may name the WIC, or because the reader asked for the panel. It reads the page's signals,
// scores them, tells the background, and follows in-page navigation. On pages that turn out not to be
// about the WIC it adds no element, attribute or style. The panel, knowledge base and marks load only
// when needed (see page/load-app.ts).
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isToContent, type ToBackground, type ToContent } from '../core/messages';
import { RECHECK_MS } from '../core/recheck';
import { followSiteSetting } from '../ext/site-gate';
import { benchEnd, benchStart } from './bench-timing';
import { detectHere, type PageVerdict } from './detect-here';
import type { WicApp } from './app-types';
import { loadApp } from './load-app';

// How many times this script was evaluated in this world: a genuine newer copy counts itself here
// before WXT announces it.
const COPIES = '__wicFactPanelCopies';
const copies = globalThis as unknown as Record<string, number | undefined>;
copies[COPIES] = (copies[COPIES] ?? 0) + 1;

/**
 * WXT stops this script when a DOM event says "a newer copy started", and its window message tells
 * every page that event's name. A page replaying it would switch us off (hostile page:
 * tests/fixtures/hostile/wxt-kill-switch.html); only a copy evaluated after us in this world is real.
 */
function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof type !== 'string') return;
  const atStart = copies[COPIES];
  ctx.addEventListener(window, type, (e) => { if (copies[COPIES] === atStart) e.stopImmediatePropagation(); }, { capture: true });
}


/** Detection here; in the bench build (only) timed as the `wic:detect` User Timing measure (BENCHMARKS.md). */
function detect(): PageVerdict {
  const start = benchStart();
  const verdict = detectHere();
  benchEnd('wic:detect', start);
  return verdict;
}

function send(message: ToBackground): void {
  // The background may be restarting or the extension reloading; nothing to do about it here.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function startContent(ctx: ContentScriptContext): void {
  ignoreForgedRestarts(ctx);

  let verdict: PageVerdict = detect();
  let app: Promise<WicApp | null> | null = null;

  // Per-site switch (settings.disabledSites): null until read.
  let siteOff: boolean | null = null;
  const ensureApp = (open = false): Promise<WicApp | null> => {
    app ??= loadApp(ctx, verdict, { open, siteOff }).catch(() => null);
    return app;
  };

  const report = (): void => send({ type: 'coverage', kind: verdict.kind, edition: verdict.edition, url: location.href });

  // Off hides everything that appears by itself; the toolbar button and the keyboard command
  // still open the panel when asked.
  let followingSite = false;
  const showIfAllowed = (): void => {
    if (verdict.kind === 'about' && siteOff === false) void ensureApp();
  };
  const followSite = (): void => {
    if (followingSite) return;
    followingSite = true;
    const stop = followSiteSetting(location.hostname, (off) => {
      siteOff = off;
      if (app) void app.then((a) => a?.setSiteOff(off));
      else showIfAllowed();
    });
    // After an extension reload or disable the storage API itself throws "Extension context
    // invalidated" (lifecycle.e2e.test.ts); there is nothing left to unwatch then.
    ctx.onInvalidated(() => { try { stop(); } catch { /* orphaned */ } });
  };

  if (verdict.kind !== 'none') {
    report();
    followSite();
  }
  // Back/forward cache: the browser reset the tab's badge when the page was left; say it again.
  ctx.addEventListener(window, 'pageshow', (e) => { if (e.persisted && verdict.kind !== 'none') report(); });

  const onMessage = (message: unknown): undefined => {
    if (!isToContent(message)) return undefined;
    void handle(message);
    return undefined;
  };
  const handle = async (message: ToContent): Promise<void> => {
    if (message.type === 'toggle-panel') {
      if (app) (await app)?.toggle({ focus: true });
      else await ensureApp(true);
      return;
    }
    const a = app ? await app : null;
    a?.onMessage(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => { try { browser.runtime.onMessage.removeListener(onMessage); } catch { /* orphaned */ } });

  // In-page (SPA) navigation: the new content often renders after the URL changes, so look twice.
  let timers: number[] = [];
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    timers.forEach((t) => clearTimeout(t));
    timers = RECHECK_MS.map((delay) => ctx.setTimeout(() => {
      const next = detect();
      if (next.kind === verdict.kind && next.edition === verdict.edition) return;
      const wasShown = verdict.kind !== 'none';
      verdict = next;
      if (verdict.kind !== 'none' || wasShown) report();
      if (app) void app.then((a) => a?.setVerdict(verdict));
      else if (verdict.kind !== 'none') { followSite(); showIfAllowed(); }
    }, delay));
  });
}
