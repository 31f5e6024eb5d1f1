// Our sources never evaluate strings as code, never load code from the network, never put HTML
// strings into the DOM and never open a network connection. Text and data reach the screen only
// through Preact's text nodes and attributes (see README, Robustness). The built bundles are
// checked after the build, in tests/e2e/least-privilege.e2e.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** Everything that ships: entry points, page code, views, pure logic, extension glue, data loaders. */
const SHIPPED = ['entrypoints', 'page', 'components', 'core', 'ext', 'data'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing' && name !== 'node_modules') out.push(...sources(path));
    } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|\.d\.ts$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

/** Source text without comments, so a comment that names a forbidden API does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const FILES = SHIPPED.flatMap((d) => sources(join(ROOT, d)));

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['<script> element', /createElement(?:NS)?\s*\([^)]*['"`]script['"`]/],
  ['javascript: URL', /['"`]javascript:/i],
  ['fetch', /(?:^|[^.\w])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*\(\s*['"`]https?:/],
  ['remote script URL', /\bsrc\s*=\s*['"`]https?:/],
];

describe('static safety of the shipped sources', () => {
  it('finds the shipped sources', () => {
    expect(FILES.length).toBeGreaterThan(40);
    expect(FILES.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['page/content-main.ts', 'page/panel-host.ts', 'components/Panel.tsx']));
  });

  it('uses no string evaluation, HTML strings, remote code or network API', () => {
    const hits: string[] = [];
    for (const file of FILES) {
      const text = code(file);
      for (const [name, re] of FORBIDDEN) if (re.test(text)) hits.push(`${relative(ROOT, file)}: ${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('loads code only from its own package: one dynamic import (the bundled wic-app.js); the background injects only gate.js and wic-content.js', () => {
    const dynamic: string[] = [];
    for (const file of FILES) {
      for (const m of code(file).matchAll(/\bimport\s*\(([^)]*)\)/g)) dynamic.push(`${relative(ROOT, file)}: ${m[1]!.trim()}`);
    }
    expect(dynamic.sort()).toEqual(['page/load-app.ts: url']);
    const injected: string[] = [];
    for (const file of FILES) for (const m of code(file).matchAll(/\bfiles:\s*\[([^\]]*)\]/g)) injected.push(`${relative(ROOT, file)}: ${m[1]!.trim()}`);
    expect(injected.sort()).toEqual(["ext/gate-driver.ts: '/gate.js'", "ext/gate-driver.ts: '/wic-content.js'"]);
    expect(code(join(ROOT, 'page/load-app.ts'))).toMatch(/browser\.runtime\.getURL\('\/wic-app\.js'\)/);
  });

  it('the patterns catch what they are meant to', () => {
    const samples = ['eval(x)', 'new Function("a")', "setTimeout('x()', 1)", 'el.innerHTML = s', 'el.insertAdjacentHTML("x", s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />', 'document.write(s)', "document.createElement('script')", "a.href = 'javascript:x'",
      'await fetch(url)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'navigator.sendBeacon(u)', "import('https://x.org/a.js')"];
    for (const sample of samples) expect(FORBIDDEN.some(([, re]) => re.test(sample)), sample).toBe(true);
    expect(FORBIDDEN.some(([, re]) => re.test('ctx.setTimeout(() => 1, 5); node.textContent = s; url.fetchStart'))).toBe(false);
  });
});
