// `npm start`: build, serve the demo article on loopback, open it in Chromium with the extension,
// open the panel from the toolbar, save screenshots, and say what was detected.
// Headful when a display exists (the browser stays open until you close it), headless otherwise.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/chromium';
import { startServer } from '../tests/e2e/harness/server';
import { DEMO_PAGE } from '../tests/e2e/harness/paths';

const SHOTS = resolve('screenshots');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await startServer({});
const url = server.add('/content/articles/2017/12/internet-in-china-is-becoming-more-and-more-open-says-president-xi/', DEMO_PAGE);
const session = await launchChromium({ headless });
const page = await session.newPage(url);

await page.waitForFunction(() => document.querySelector('wic-fact-panel') !== null, null, { timeout: 15_000 })
  .catch(() => { throw new Error('The extension did not recognise the demo page as WIC coverage.'); });

mkdirSync(SHOTS, { recursive: true });
const closedShot = resolve(SHOTS, 'demo-panel-closed.png');
await page.screenshot({ path: closedShot });

await session.clickToolbar(page);
await page.waitForFunction(() => {
  const root = document.querySelector('wic-fact-panel')?.shadowRoot?.querySelector('[data-edition]');
  return root instanceof HTMLElement && root.checkVisibility();
}, null, { timeout: 10_000 });
await page.waitForTimeout(400); // let the slide-in finish
const openShot = resolve(SHOTS, 'demo-panel-open.png');
await page.screenshot({ path: openShot });

const tab = await session.tabId(page);
const state = await (await session.worker()).evaluate(async (id) => {
  const got = await chrome.storage.session.get('tabs');
  return got.tabs?.[id] ?? null;
}, tab);
const reasons = await page.evaluate(() => {
  const root = document.querySelector('wic-fact-panel')?.shadowRoot;
  return [...(root?.querySelectorAll('#wic-why-list li') ?? [])].map((el) => el.textContent?.trim() ?? '');
});

console.log(`\nDemo page: ${url}`);
console.log(`Detected: ${state?.kind ?? 'unknown'}${state?.edition ? `, edition ${state.edition}` : ''}; badge "${await session.badge(tab)}"`);
for (const r of reasons) console.log(`  · ${r}`);
console.log(`Screenshots:\n  ${openShot}\n  ${closedShot}`);

if (headless) {
  await session.close();
  await server.close();
} else {
  console.log('\nThe browser stays open; close it (or press Ctrl+C) to finish.');
  session.context.on('close', () => { void server.close().then(() => process.exit(0)); });
}
