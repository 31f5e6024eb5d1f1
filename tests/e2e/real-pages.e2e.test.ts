import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { startServer, type FixtureServer } from './harness/server';
import { REAL_PAGES } from './harness/paths';

const files = existsSync(REAL_PAGES) ? readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).sort() : [];

// Records, from before any script runs, every trace the extension could leave on a page.
const WATCH = `(() => {
  const seen = [];
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === 1 && /^wic-/i.test(n.localName)) seen.push('element ' + n.localName);
      if (r.type === 'attributes' && /wic/i.test(r.attributeName || '')) seen.push('attribute ' + r.attributeName);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  Object.defineProperty(window, '__wicTraces', { value: () => seen.concat(
    document.adoptedStyleSheets.length ? ['adopted stylesheet'] : [],
    typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()].filter((k) => /wic/i.test(k)).map((k) => 'highlight ' + k) : [],
    [...document.querySelectorAll('style')].filter((s) => /wic-|::highlight/.test(s.textContent || '')).map(() => 'style element'),
  ) });
})();`;

describe.skipIf(files.length === 0)('real pages that are not about the WIC (Chromium)', () => {
  let s: ChromiumSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer({ '/real/': REAL_PAGES });
    s = await launchChromium();
    await s.context.addInitScript({ content: WATCH });
  });
  afterAll(async () => { await s?.close(); await server?.close(); });

  it(`adds no element, attribute, style or highlight to any of the ${files.length} pages and sets no badge`, async () => {
    const page = await s.newPage();
    const problems: string[] = [];
    for (const file of files) {
      const t0 = Date.now();
      await page.goto(`${server.origin}/real/${file}`, { waitUntil: 'domcontentloaded', timeout: 8_000 }).catch(() => undefined);
      await page.waitForTimeout(400); // past document_idle, when the content script has run
      if (process.env.E2E_VERBOSE) console.log(file, Date.now() - t0);
      const traces = await page.evaluate(() => (window as unknown as { __wicTraces(): string[] }).__wicTraces()).catch(() => ['page could not be inspected']);
      if (traces.length) problems.push(`${file}: ${traces.join(', ')}`);
      const badge = await s.badge(await s.tabId(page));
      if (badge !== '') problems.push(`${file}: badge "${badge}"`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
