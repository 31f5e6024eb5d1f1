// Shared by the hostile-page suites: a page opened with every error source watched (CDP Runtime and
// Log for all worlds, including the content script's isolated world), traces of what the
// extension added, the page's own self-test, and a way to run code inside the content script's world.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './harness/chromium';

export const HOST_SELECTOR = 'wic-fact-panel';

/** Where the Chromium build is: .output/chrome-mv3 unless WIC_CHROME_BUILD names a private copy. */
export const EXTENSION_DIR = process.env.WIC_CHROME_BUILD || undefined;

interface ContextInfo { id: number; origin: string; name: string; type: string; frameId: string }

export interface ErrorRecord {
  /** Where it came from: the content script's world, a page world, or a console/log entry. */
  world: 'extension' | 'page';
  kind: 'exception' | 'console' | 'log';
  text: string;
}

export interface WatchedPage {
  page: Page;
  cdp: CDPSession;
  /** Every error seen so far. */
  errors: ErrorRecord[];
  /** Errors attributable to the extension: thrown or logged in its world, or naming chrome-extension://. */
  extensionErrors(): string[];
  /** Evaluates `expression` in the extension's isolated world of the top frame. */
  inExtension<T>(expression: string): Promise<T>;
  /** The isolated-world context ids seen (old ones stay listed after an extension reload). */
  extensionContexts(): number[];
  /** Event listener types on `window` as registered from the content script's world (CDP lists each world's own). */
  extensionWindowListeners(): Promise<string[]>;
}

const mentionsExtension = (s: string): boolean => /chrome-extension:\/\//.test(s);

/** Opens a tab with CDP watching from before the first byte, then navigates to `url`. */
export async function openWatched(s: ChromiumSession, url: string | null, opts: { waitUntil?: 'load' | 'domcontentloaded' | 'commit'; timeout?: number } = {}): Promise<WatchedPage> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  const errors: ErrorRecord[] = [];
  const worldOf = (id: number | undefined, text: string): 'extension' | 'page' => {
    const c = id === undefined ? undefined : contexts.get(id);
    return (c && (c.origin.startsWith('chrome-extension://') || c.type === 'isolated' && c.name !== '' && !c.name.startsWith('__playwright'))) || mentionsExtension(text) ? 'extension' : 'page';
  };
  cdp.on('Runtime.executionContextCreated', (e) => {
    const c = e.context as { id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string } };
    contexts.set(c.id, { id: c.id, origin: c.origin, name: c.name, type: c.auxData?.type ?? '', frameId: c.auxData?.frameId ?? '' });
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const frames = (d.stackTrace?.callFrames ?? []).map((f) => `${f.functionName}@${f.url}:${f.lineNumber}`).join(' ');
    const text = `${d.exception?.description ?? d.text} ${d.url ?? ''} ${frames}`.trim();
    errors.push({ world: worldOf(d.executionContextId, text), kind: 'exception', text });
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const args = e.args.map((a) => a.description ?? String(a.value)).join(' ');
    const frames = (e.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ');
    const text = `${args} ${frames}`.trim();
    errors.push({ world: worldOf(e.executionContextId, text), kind: 'console', text });
  });
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level !== 'error') return;
    const text = `${e.entry.source}: ${e.entry.text} ${e.entry.url ?? ''}`.trim();
    errors.push({ world: mentionsExtension(text) ? 'extension' : 'page', kind: 'log', text });
  });
  page.on('pageerror', (err) => {
    const text = `${err.message} ${err.stack ?? ''}`;
    if (mentionsExtension(text)) errors.push({ world: 'extension', kind: 'exception', text });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  if (url) await page.goto(url, { waitUntil: opts.waitUntil ?? 'load', ...(opts.timeout ? { timeout: opts.timeout } : {}) });

  const extensionContext = async (): Promise<number> => {
    const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const ids = [...contexts.values()].filter((c) => c.frameId === mainFrame && c.origin.startsWith(`chrome-extension://${s.extensionId}`)).map((c) => c.id);
    const id = ids[ids.length - 1];
    if (id === undefined) throw new Error('no content-script world in this page');
    return id;
  };

  const extensionIds = (): number[] => [...contexts.values()]
    .filter((c) => c.origin.startsWith(`chrome-extension://${s.extensionId}`) && c.type === 'isolated')
    .map((c) => c.id);

  return {
    page,
    cdp,
    errors,
    extensionErrors: () => errors.filter((e) => e.world === 'extension').map((e) => `${e.kind}: ${e.text}`),
    extensionContexts: extensionIds,
    async inExtension<T>(expression: string): Promise<T> {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: await extensionContext(), returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    },
    async extensionWindowListeners() {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId: await extensionContext() });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.map((l) => l.type);
    },
  };
}

export interface SelfTest { ok: boolean; failures: string[]; checks: number; notes: Record<string, unknown>; summary: string }

/** The page's own verdict on itself (tests/fixtures/hostile/selftest.js). */
export async function selfTest(page: Page): Promise<SelfTest> {
  return page.evaluate(() => (window as unknown as { __pageSelfTest(): Promise<SelfTest> }).__pageSelfTest());
}

export async function expectPageOk(page: Page): Promise<SelfTest> {
  const r = await selfTest(page);
  expect(r.failures, r.summary).toEqual([]);
  expect(r.checks).toBeGreaterThan(0);
  return r;
}

/** Hosts the extension mounted: <wic-fact-panel>, or its private twin when a page took the name. */
export const hostCount = (page: Page): Promise<number> => page.evaluate(() => {
  let n = 0;
  // Through the prototype: a page may shadow document.querySelectorAll with a named element.
  for (const el of Document.prototype.querySelectorAll.call(document, '*')) if (el.localName.startsWith('wic-fact-panel') && el.shadowRoot?.querySelector('[class^="wic-"]')) n++;
  return n;
});

/** The open panel (the .wic-panel in our shadow root) is there and visible. */
export const panelShown = (page: Page): Promise<boolean> => page.evaluate(() => {
  for (const el of Document.prototype.querySelectorAll.call(document, '*')) {
    if (!el.localName.startsWith('wic-fact-panel')) continue;
    const panel = el.shadowRoot?.querySelector('.wic-panel');
    if (panel instanceof HTMLElement && panel.checkVisibility()) return true;
  }
  return false;
});

/**
 * Why a page has no panel host, stage by stage, for a failure message: the page's state, what of
 * ours it holds, what the gate answers now, and whether content code runs in its top frame.
 */
export async function hostDiagnosis(s: ChromiumSession, page: Page): Promise<string> {
  const inPage = await page.evaluate(() => {
    const ours = [...Document.prototype.querySelectorAll.call(document, '*')].filter((el) => el.localName.startsWith('wic-'));
    return `readyState ${document.readyState}; elements: ${ours.map((el) => `${el.localName} (shadow children ${el.shadowRoot?.childElementCount ?? 'none'})`).join(', ') || 'none'}`;
  }).catch((e: unknown) => `page unreadable: ${String(e)}`);
  const tabId = await s.tabId(page);
  const inWorker = await (await s.worker()).evaluate(async (id) => {
    const out: string[] = [];
    try {
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, world: 'MAIN', files: ['/gate.js'] });
      out.push(`gate now: ${JSON.stringify(r?.result)?.slice(0, 80)}`);
    } catch (e) { out.push(`gate now: ${String(e)}`); }
    try { await chrome.tabs.sendMessage(id, { type: 'ping' }, { frameId: 0 }); out.push('content code: answers'); } catch (e) { out.push(`content code: ${String(e)}`); }
    const tab = await chrome.tabs.get(id);
    out.push(`tab status ${tab.status}`);
    return out.join('; ');
  }, tabId).catch((e: unknown) => `worker unreachable: ${String(e)}`);
  return `${page.url()}: ${inPage}; ${inWorker}`;
}

/** Waits for the host, opens the panel from the toolbar, and checks it shows. */
export async function openPanel(s: ChromiumSession, page: Page): Promise<void> {
  try {
    await expect.poll(() => hostCount(page), { timeout: 10_000 }).toBe(1);
  } catch (e) {
    throw new Error(`no panel host within 10 s: ${await hostDiagnosis(s, page).catch((d: unknown) => String(d))}`, { cause: e });
  }
  await s.clickToolbar(page);
  await expect.poll(() => panelShown(page), { timeout: 10_000 }).toBe(true);
}

/** Names of the extension's highlights registered in this document, with their range counts. */
export const ourHighlights = (page: Page): Promise<Record<string, number>> => page.evaluate(() => {
  const out: Record<string, number> = {};
  if (typeof CSS === 'undefined' || !CSS.highlights) return out;
  CSS.highlights.forEach((h, name) => { if (name.startsWith('wic-')) out[name] = h.size; });
  return out;
});

/**
 * Everything the extension could have left in a document (and in every same-origin frame):
 * elements or attributes named wic-*, adopted sheets, highlights, <style> with our rules.
 */
export const TRACE_WATCH = `(() => {
  const seen = [];
  try {
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (n.nodeType === 1 && /^wic-/i.test(n.localName)) seen.push('element ' + n.localName);
        if (r.type === 'attributes' && /wic/i.test(r.attributeName || '')) seen.push('attribute ' + r.attributeName);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  } catch (e) { seen.push('watch failed: ' + e); }
  const sheets = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
  Object.defineProperty(window, '__wicTraces', { value: () => seen.concat(
    sheets && sheets.get.call(document).length ? ['adopted stylesheet'] : [],
    typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()].filter((k) => /wic/i.test(k)).map((k) => 'highlight ' + k) : [],
    [...Document.prototype.querySelectorAll.call(document, 'style')].filter((s) => /wic-|::highlight/.test(s.textContent || '')).map(() => 'style element'),
    [...Document.prototype.querySelectorAll.call(document, '*')].filter((el) => /^wic-/i.test(el.localName)).map((el) => 'present ' + el.localName),
  ) });
})();`;

/** What can be seen of us in a document without a watcher: elements, sheets, highlights. */
const STATIC_TRACES = `(() => {
  const out = [];
  const all = Document.prototype.getElementsByTagName.call(document, '*');
  for (const el of all) if (/^wic-/i.test(el.localName)) out.push('present ' + el.localName);
  const sheets = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
  if (sheets && sheets.get.call(document).length) out.push('adopted stylesheet');
  if (typeof CSS !== 'undefined' && CSS.highlights) for (const k of CSS.highlights.keys()) if (/wic/i.test(k)) out.push('highlight ' + k);
  return out;
})()`;

/**
 * Traces in the top document and every frame (see TRACE_WATCH): the watcher's record where an init
 * script ran, else what is there now. Frames whose scripts are off are read through CDP's DOM.
 */
export async function traces(page: Page, cdp?: CDPSession): Promise<string[]> {
  const out: string[] = [];
  for (const frame of page.frames()) {
    const name = frame === page.mainFrame() ? 'top' : frame.url() || frame.name();
    const found = await frame.evaluate(`(() => {
      const w = window.__wicTraces;
      return w ? w() : ${STATIC_TRACES};
    })()`).catch(() => null) as string[] | null;
    if (found) for (const t of found) out.push(`${name}: ${t}`);
    else out.push(`${name}: could not inspect`);
  }
  if (cdp) {
    // Every node of every same-process document, shadow roots included, whatever the frames allow.
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const walk = (n: { localName?: string; nodeName: string; children?: unknown[]; contentDocument?: unknown; shadowRoots?: unknown[]; attributes?: string[] }, where: string): void => {
      if (n.localName && /^wic-/i.test(n.localName) && where !== 'top') out.push(`${where}: dom ${n.localName}`);
      for (let i = 0; n.attributes && i < n.attributes.length; i += 2) if (/wic/i.test(n.attributes[i]!) && where !== 'top') out.push(`${where}: attribute ${n.attributes[i]}`);
      for (const c of (n.children ?? []) as typeof n[]) walk(c, where);
      for (const c of (n.shadowRoots ?? []) as typeof n[]) walk(c, where);
      if (n.contentDocument) walk(n.contentDocument as typeof n, 'frame');
    };
    walk(root as never, 'top');
  }
  return out;
}

/** A mark's centre in viewport coordinates (first visible range of our term highlight), for hovering. */
export const firstMarkPoint = (page: Page): Promise<{ x: number; y: number } | null> => page.evaluate(() => {
  const h = CSS.highlights.get('wic-fact-panel-term');
  if (!h) return null;
  for (const r of h as unknown as Iterable<AbstractRange>) {
    // Marks are StaticRanges: read their boxes through a live Range.
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const rect = live.getClientRects()[0];
    if (rect && rect.width > 0 && rect.top > 0 && rect.bottom < innerHeight) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
});

export interface PanelMetrics { width: number; zoom: number; headingFont: string; headingHeight: number; frameLeft: number; pageRight: number }

/** Sizes of the open panel in viewport px: frame width, the heading's effective zoom, font size and height. */
export const panelMetrics = (page: Page): Promise<PanelMetrics> => page.evaluate(() => {
  type Zoomed = Element & { currentCSSZoom: number };
  let root: ShadowRoot | null = null;
  for (const el of Document.prototype.querySelectorAll.call(document, '*')) if (el.localName.startsWith('wic-fact-panel') && el.shadowRoot?.querySelector('.wic-frame')) root = el.shadowRoot;
  if (!root) throw new Error('no open panel');
  const frame = root.querySelector('.wic-frame')!.getBoundingClientRect();
  const h = root.querySelector('h2')!;
  return {
    width: frame.width,
    zoom: (h as Zoomed).currentCSSZoom,
    headingFont: getComputedStyle(h).fontSize,
    headingHeight: Math.round(h.getBoundingClientRect().height),
    frameLeft: frame.left,
    pageRight: document.documentElement.getBoundingClientRect().right,
  };
});
