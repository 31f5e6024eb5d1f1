import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startServer, type FixtureServer } from './harness/server';
import { DEMO_PAGE, REAL_PAGES } from './harness/paths';

async function waitFor(fn: () => Promise<boolean>, timeout = 10_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('Firefox ESR', () => {
  let ff: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({});
    ff = await launchFirefox();
  });
  afterAll(async () => { await ff?.close(); await server?.close(); });

  it('mounts exactly one panel host with an open shadow root on the demo page', async () => {
    const page = await ff.newPage(server.add('/content/articles/2017/12/xi-internet-open/', DEMO_PAGE));
    const mounted = await waitFor(() => page.evaluate(() => document.querySelectorAll('wic-fact-panel').length === 1));
    expect(mounted).toBe(true);
    expect(await page.evaluate(() => document.querySelector('wic-fact-panel')?.shadowRoot !== null)).toBe(true);
    await page.close();
  });

  it('adds nothing to a real page that is not about the WIC', async () => {
    const files = existsSync(REAL_PAGES) ? readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).slice(0, 3) : [];
    for (const file of files) {
      // The saved pages' own scripts try to reach their sites and navigate away; keep them inert.
      const url = server.add(`/inert/${file}`, { file: `${REAL_PAGES}/${file}`, headers: { 'content-security-policy': "script-src 'none'" } });
      const page = await ff.newPage(url);
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(() => document.querySelectorAll('wic-fact-panel').length), file).toBe(0);
      await page.close();
    }
  });
});
