// Firefox ESR with the Firefox build installed as a temporary add-on (WebDriver BiDi through
// puppeteer-core; no geckodriver). The background is not reachable from here, so Firefox tests
// cover what a page can see: content script, panel, marks.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { firefoxPath } from './browsers';
import { FIREFOX_BUILD, SCREENSHOTS, requireBuild } from './paths';

export interface FirefoxSession {
  browser: Browser;
  newPage(url: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { extensionDir?: string } = {}): Promise<FirefoxSession> {
  const dir = requireBuild(opts.extensionDir ?? FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // No network beyond loopback: keep Firefox from phoning home during tests.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // Every non-loopback request goes to a closed local port and fails at once.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(dir);
  return {
    browser,
    async newPage(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      } catch (e) {
        // Firefox's BiDi navigate sometimes reports "Address rejected" for a page that did load
        // (seen on saved real pages whose subresources the no-network proxy refuses): keep the page
        // when it shows the address asked for.
        // The report can come before the document shows the address, so look for up to 5 s.
        let shown = false;
        for (let i = 0; i < 25 && !shown; i++) {
          const loaded = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
          shown = !!loaded && loaded[0] === url && loaded[1] !== 'loading';
          if (!shown) await new Promise((r) => setTimeout(r, 200));
        }
        if (!shown) throw e;
      }
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => browser.close(),
  };
}
