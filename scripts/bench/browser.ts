// Chromium for the benchmark: the same flags for every context (with or without the extension), and
// no network: a loopback proxy refuses every non-loopback request at once, so pages load as fast and
// as repeatably as they can offline, with no request interception in the way of load timings.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../tests/e2e/harness/browsers';
import { contentType } from '../../tests/e2e/harness/server';

export interface RefusingProxy {
  port: number;
  close(): Promise<void>;
}

/** Answers plain-HTTP requests with 502 and refuses CONNECT tunnels (HTTPS). Loopback bypasses it. */
export async function startRefusingProxy(): Promise<RefusingProxy> {
  const server: Server = createServer((_req, res) => { res.writeHead(502).end(); });
  server.on('connect', (_req, socket) => { socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'); });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Empty when launched without an extension (or with `noWorker`). */
  extensionId: string;
  page: Page;
  /** CDP session on `page` (Performance, HeapProfiler). */
  pageCdp: CDPSession;
  /** Browser-level CDP session (Tracing). */
  browserCdp: CDPSession;
  /** Serve `file` for requests to `url` (used for realistic https URLs; turns on request interception). */
  mapUrl(url: string, file: string): Promise<void>;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchBenchOptions {
  proxyPort: number;
  /** Unpacked extension directories to load; none for the baseline browser. */
  extensions?: string[];
  /** The loaded extension has no service worker (the calibration extension): skip finding its id. */
  noWorker?: boolean;
}

export async function launchBench(opts: LaunchBenchOptions): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'wic-bench-'));
  const dirs = opts.extensions ?? [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-GB',
    args: [
      ...(dirs.length ? [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`] : []),
      `--proxy-server=http://127.0.0.1:${opts.proxyPort}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
  const worker = async (): Promise<Worker> => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = dirs.length && !opts.noWorker ? new URL((await worker()).url()).host : '';
  const page = context.pages()[0] ?? (await context.newPage());
  const pageCdp = await context.newCDPSession(page);
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const browserCdp = await browser.newBrowserCDPSession();
  return {
    context,
    extensionId,
    page,
    pageCdp,
    browserCdp,
    async mapUrl(url, file) {
      const body = readFileSync(file);
      await context.route(url, (route) => route.fulfill({ status: 200, body, headers: { 'content-type': contentType(file) } }));
    },
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Navigate to about:blank first so the previous document's teardown is not part of the next load. */
export async function freshLoad(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
}

export interface LoadTiming {
  /** PerformanceNavigationTiming.loadEventStart, ms from navigation start. */
  load: number;
  /** Last largest-contentful-paint entry, ms from navigation start; null when the page reported none. */
  lcp: number | null;
}

export async function readLoadTiming(page: Page): Promise<LoadTiming> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // With `buffered`, the entries so far are in the observer's buffer at once; takeRecords() reads them.
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    const last = observer.takeRecords().at(-1);
    observer.disconnect();
    return { load: nav ? nav.loadEventStart : NaN, lcp: last ? last.startTime : null };
  });
}

/** A real toolbar click (CDP Extensions.triggerAction on the page's tab), as the harness does it. */
export async function clickToolbar(b: BenchBrowser): Promise<void> {
  await b.page.bringToFront();
  const { targetInfos } = (await b.browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === b.page.url());
  if (!tab) throw new Error(`no tab target for ${b.page.url()}`);
  await b.browserCdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
}

/** The toolbar badge text of the active tab ('WIC' on pages about the WIC). */
export async function badgeText(b: BenchBrowser): Promise<string> {
  const w = await b.worker();
  return w.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** JS heap in use by the page's renderer after two forced garbage collections, in bytes. */
export async function heapUsed(b: BenchBrowser): Promise<number> {
  await b.pageCdp.send('HeapProfiler.collectGarbage');
  await b.pageCdp.send('HeapProfiler.collectGarbage');
  await b.pageCdp.send('Performance.enable');
  const { metrics } = (await b.pageCdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

export async function poll(fn: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await fn()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
