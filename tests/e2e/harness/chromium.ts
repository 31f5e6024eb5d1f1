// Launches Debian's Chromium with the built extension (see shared TOOLCHAIN.md for the flags),
// serves pages on loopback, answers realistic URLs from local files, and records every request.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromiumPath } from './browsers';
import { CHROME_BUILD, SCREENSHOTS, requireBuild } from './paths';
import { contentType, isLoopback } from './server';

export interface LaunchOptions {
  headless?: boolean;
  /** Keep and reuse this profile directory (for restart tests); a fresh temp dir otherwise. */
  profileDir?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  hasTouch?: boolean;
  /** X display for headful runs (see xvfb.ts). */
  display?: string;
}

export interface RequestRecord {
  url: string;
  /** 'page' for page/frames, 'extension' when the request came from the extension's own pages/worker. */
  from: 'page' | 'extension';
  blocked: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  requests: RequestRecord[];
  /** Serve `file` whenever a page asks for `url` (any host); nothing leaves the machine. */
  mapUrl(url: string, file: string, headers?: Record<string, string>): Promise<void>;
  worker(): Promise<Worker>;
  newPage(url?: string): Promise<Page>;
  tabId(page: Page): Promise<number>;
  badge(tabId: number): Promise<string>;
  title(tabId: number): Promise<string>;
  clickToolbar(page: Page): Promise<void>;
  command(name: string, page: Page): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumSession> {
  const dir = requireBuild(opts.extensionDir ?? CHROME_BUILD);
  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'wic-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'en-GB',
    hasTouch: opts.hasTouch ?? false,
    ...(opts.display ? { env: { ...process.env, DISPLAY: opts.display } } : {}),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      // Nothing leaves the machine: every host but loopback fails to resolve at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });

  const mapped = new Map<string, { file: string; headers?: Record<string, string> }>();
  const requests: RequestRecord[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (mapped.has(url.split('#')[0] ?? url)) return;
    const fromExtension = url.startsWith('chrome-extension://') || (req.serviceWorker()?.url() ?? '').startsWith('chrome-extension://');
    requests.push({ url, from: fromExtension ? 'extension' : 'page', blocked: !isLoopback(url) });
  });

  const worker = async (): Promise<Worker> => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const sw = await worker();
  const extensionId = new URL(sw.url()).host;

  async function targetIdOf(page: Page): Promise<string> {
    const cdp = await context.browser()?.newBrowserCDPSession();
    if (!cdp) throw new Error('no browser CDP session');
    // 'tab' targets are hidden unless asked for; Extensions.triggerAction wants the tab, not the page.
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    await cdp.detach();
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) throw new Error(`expected one tab target for ${page.url()}, found ${tabs.length} (close pages a test no longer needs)`);
    return tabs[0]!.targetId;
  }

  const session: ChromiumSession = {
    context,
    extensionId,
    requests,
    async mapUrl(url, file, headers) {
      mapped.set(url, { file, headers });
      await context.route(url, async (route) => {
        const body = await readFile(file);
        await route.fulfill({ status: 200, body, headers: { 'content-type': contentType(file), ...headers } });
      });
    },
    worker,
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url);
      return page;
    },
    async tabId(page) {
      await page.bringToFront();
      const w = await worker();
      const id = await w.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('could not find the active tab');
      return id;
    },
    async badge(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async title(tabId) {
      return (await worker()).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    },
    async clickToolbar(page) {
      await page.bringToFront();
      const targetId = await targetIdOf(page);
      const cdp = await context.browser()?.newBrowserCDPSession();
      if (!cdp) throw new Error('no browser CDP session');
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
      await cdp.detach();
    },
    async command(name, page) {
      const tabId = await session.tabId(page);
      await (await worker()).evaluate(
        ([n, id]) => (chrome.commands.onCommand as unknown as { dispatch(c: string, t: { id: number }): void }).dispatch(n, { id }),
        [name, tabId] as const,
      );
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}
