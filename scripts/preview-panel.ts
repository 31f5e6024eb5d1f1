// Renders the panel and its edge tab in Chromium beside the demo article, saves screenshots to
// .tmp/preview/ and runs axe-core on the fully expanded panel in both themes.
// Usage: npx tsx scripts/preview-panel.ts [--only=NAME-PART] [--no-axe]   (exit 1 when axe finds violations)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.tmp', 'preview');
const chromiumPath = '/usr/lib/chromium/chromium';
const realKb = existsSync(join(root, 'data', 'index.ts'));

interface MountOptions {
  theme: 'light' | 'dark';
  lang: 'en' | 'zh';
  kind: 'about' | 'mentions' | 'none';
  edition: number | null;
  et: boolean;
  side: 'left' | 'right';
  /** Panel width in px; null fills the viewport (narrow windows). */
  width: number | null;
  view: 'panel' | 'tab';
  /** Open every section (screenshots then scroll through the panel). */
  full: boolean;
}

const entry = `
import { h, render } from 'preact';
import { Panel } from './components/Panel.tsx';
import { PanelTab } from './components/PanelTab.tsx';
import { translatorFrom } from './components/testing/translator.ts';
import { ${realKb ? 'kb' : 'fixtureKb as kb'} } from '${realKb ? './data/index.ts' : './components/testing/fixture-kb.ts'}';

const HOST_CSS = ':host{all:initial !important;display:block !important;position:relative !important;z-index:2147483647 !important}';

function countOnPage(text) {
  const counts = {};
  const lower = text.toLowerCase();
  for (const item of [...kb.entities, ...kb.terms]) {
    let n = 0;
    for (const alias of item.aliases) {
      const hay = alias.caseSensitive ? text : lower;
      const needle = alias.caseSensitive ? alias.text : alias.text.toLowerCase();
      for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
    }
    if (n) counts[item.id] = n;
  }
  return counts;
}

window.__mountPreview = (o) => {
  const host = document.createElement('wic-preview');
  const shadow = host.attachShadow({ mode: 'open' });
  const hostSheet = new CSSStyleSheet();
  hostSheet.replaceSync(HOST_CSS);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(__PANEL_CSS__);
  shadow.adoptedStyleSheets = [hostSheet, sheet];
  const frame = document.createElement('div');
  const width = o.width === null ? '100vw' : o.width + 'px';
  frame.style.cssText = 'position:fixed;top:0;' + o.side + ':0;width:' + width + ';height:100vh;';
  shadow.append(frame);
  document.documentElement.append(host);
  const t = translatorFrom(o.lang === 'zh' ? __MESSAGES__.zh_CN : __MESSAGES__.en);
  const page = {
    kind: o.kind,
    edition: o.edition,
    isEtArticle: o.et,
    reasons: o.kind === 'none' ? [] : [
      { key: 'panel_preview_reason_title', values: ['World Internet Conference'] },
      { key: 'panel_preview_reason_edition', values: [String(o.edition)] },
    ],
  };
  const counts = countOnPage(document.body.innerText);
  const noop = () => {};
  const vnode = o.view === 'tab'
    ? h(PanelTab, { t, uiLang: o.lang, theme: o.theme, side: o.side, edition: o.edition, onOpen: noop })
    : h(Panel, { kb, page, t, uiLang: o.lang, theme: o.theme, side: o.side, marksOn: true, termCounts: counts,
        onClose: noop, onDisableSite: noop, onToggleMarks: noop, onJumpToTerm: noop });
  const t0 = performance.now();
  render(vnode, frame);
  frame.getBoundingClientRect();
  window.__renderMs = performance.now() - t0;
};
`;

async function bundle(): Promise<string> {
  const css = await build({ entryPoints: [join(root, 'components', 'panel.css')], bundle: true, write: false, logLevel: 'silent' });
  const cssText = css.outputFiles[0]?.text ?? '';
  const messages = (locale: string) => JSON.parse(readFileSync(join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'));
  // The preview's detection reasons: detection owns the real detect_ keys, so the preview brings its own two.
  const ph = { x: { content: '$1' } };
  const en = { ...messages('en'), panel_preview_reason_title: { message: 'The page title names the $X$.', placeholders: ph }, panel_preview_reason_edition: { message: 'It is about the $X$ edition.', placeholders: ph } };
  const zh = { ...messages('zh_CN'), panel_preview_reason_title: { message: '页面标题提到“$X$”。', placeholders: ph }, panel_preview_reason_edition: { message: '内容涉及 $X$ 年大会。', placeholders: ph } };
  const js = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'tsx', sourcefile: 'preview-entry.tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'chrome120',
    define: { __PANEL_CSS__: JSON.stringify(cssText), __MESSAGES__: JSON.stringify({ en, zh_CN: zh }) },
    logLevel: 'warning',
  });
  return js.outputFiles[0]?.text ?? '';
}


const DEFAULTS: MountOptions = { theme: 'light', lang: 'en', kind: 'about', edition: 2017, et: true, side: 'right', width: 420, view: 'panel', full: false };

async function mount(page: Page, script: string, options: Partial<MountOptions>): Promise<void> {
  const demo = join(root, 'demo', 'et-article-2017.html');
  if (existsSync(demo) && !options.full) await page.goto(pathToFileURL(demo).href);
  else await page.setContent('<!doctype html><html lang="en"><head><title>Preview</title></head><body><main><h1>Article</h1></main></body></html>');
  await page.addScriptTag({ content: script });
  const o = { ...DEFAULTS, ...options };
  await page.evaluate((opts) => (window as unknown as { __mountPreview(o: unknown): void }).__mountPreview(opts), o);
  if (o.full) {
    await page.evaluate(() => document.body.style.setProperty('display', 'none'));
    await expandAll(page);
  }
  await page.waitForTimeout(250);
}

/** Opens every section; `everything` also unfolds every list and citation run (for axe). */
async function expandAll(page: Page, everything = false): Promise<void> {
  const selector = '.wic-section__toggle[aria-expanded="false"], .wic-why__toggle[aria-expanded="false"]' +
    (everything ? ', .wic-btn--more, .wic-cite--more' : '');
  for (let round = 0; round < 6; round++) {
    const clicked = await page.evaluate((sel) => {
      const shadow = document.querySelector('wic-preview')?.shadowRoot;
      const buttons = shadow ? [...shadow.querySelectorAll<HTMLElement>(sel)] : [];
      for (const b of buttons) b.click();
      return buttons.length;
    }, selector);
    if (clicked === 0) return;
    await page.waitForTimeout(50);
  }
}

/** Screenshots of the panel scrolled page by page, so every section can be looked at. */
async function scrollShots(page: Page, path: string): Promise<void> {
  const body = page.locator('.wic-body');
  const { scrollHeight, clientHeight } = await body.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  const step = clientHeight - 40;
  for (let top = 0, i = 1; top < scrollHeight - 40; top += step, i++) {
    await body.evaluate((el, y) => { el.style.scrollBehavior = 'auto'; el.scrollTop = y; }, top);
    const partPath = path.replace(/\.png$/, `-${i}.png`);
    await page.screenshot({ path: partPath, animations: 'disabled' });
    console.log('saved', partPath);
  }
}

interface Shot {
  name: string;
  viewport: { width: number; height: number };
  options: Partial<MountOptions>;
}

const shots: Shot[] = [
  { name: 'panel-420-light', viewport: { width: 1280, height: 900 }, options: {} },
  { name: 'panel-420-dark', viewport: { width: 1280, height: 900 }, options: { theme: 'dark' } },
  { name: 'panel-320-light', viewport: { width: 320, height: 720 }, options: { width: null } },
  { name: 'panel-320-dark', viewport: { width: 320, height: 720 }, options: { width: null, theme: 'dark' } },
  { name: 'panel-420-zh-light', viewport: { width: 1280, height: 900 }, options: { lang: 'zh' } },
  { name: 'panel-420-mentions-dark', viewport: { width: 1280, height: 900 }, options: { kind: 'mentions', edition: null, et: false, theme: 'dark', side: 'left' } },
  { name: 'panel-full-light', viewport: { width: 420, height: 900 }, options: { full: true, width: null } },
  { name: 'panel-full-dark', viewport: { width: 420, height: 900 }, options: { full: true, width: null, theme: 'dark' } },
  { name: 'panel-full-320-zh-dark', viewport: { width: 320, height: 900 }, options: { full: true, width: null, theme: 'dark', lang: 'zh' } },
  { name: 'tab-light', viewport: { width: 1280, height: 720 }, options: { view: 'tab' } },
  { name: 'tab-dark-left', viewport: { width: 1280, height: 720 }, options: { view: 'tab', theme: 'dark', side: 'left' } },
];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

async function runAxe(page: Page, script: string, options: Partial<MountOptions>): Promise<AxeResult['violations']> {
  await page.setContent(`<!doctype html><html lang="en"><head><title>Axe check</title></head><body><main><h1>An article</h1><p>Text of the page.</p></main></body></html>`);
  await page.addScriptTag({ content: script });
  await page.evaluate((o) => (window as unknown as { __mountPreview(o: unknown): void }).__mountPreview(o), { ...DEFAULTS, ...options });
  await expandAll(page, true);
  await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run());
  return (result as AxeResult).violations;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const script = await bundle();
  writeFileSync(join(outDir, 'preview.js'), script);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let failed = false;
  try {
    const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
    for (const shot of shots.filter((s) => !only || s.name.includes(only))) {
      const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
      await mount(page, script, shot.options);
      const path = join(outDir, `${shot.name}.png`);
      if (shot.options.full) await scrollShots(page, path);
      else {
        await page.screenshot({ path, animations: 'disabled' });
        console.log('saved', path);
      }
      await page.close();
    }
    const checks: Partial<MountOptions>[] = process.argv.includes('--no-axe') ? [] : [
      ...(['light', 'dark'] as const).flatMap((theme) => (['en', 'zh'] as const).map((lang) => ({ theme, lang, full: true }))),
      ...(['light', 'dark'] as const).map((theme) => ({ theme, view: 'tab' as const })),
      { theme: 'dark', kind: 'mentions', edition: null, et: false, side: 'left', width: null, full: true },
    ];
    for (const check of checks) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const violations = await runAxe(page, script, check);
      await page.close();
      console.log(`axe ${JSON.stringify(check)}: ${violations.length} violation(s)`);
      for (const v of violations) {
        failed = true;
        console.log(`  ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) console.log(`    ${JSON.stringify(node.target)} ${node.failureSummary?.split('\n')[1] ?? ''}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(realKb ? 'knowledge base: data/index.ts' : 'knowledge base: components/testing/fixture-kb.ts (data/index.ts not there yet)');
  if (failed) process.exitCode = 1;
}

await main();
