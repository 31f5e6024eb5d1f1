// What ships, checked after the build: the built manifests ask for exactly the README's permissions
// and nothing wider, and the built bundles contain no string evaluation, no remote code and no HTML
// string sink except Preact's own dangerouslySetInnerHTML branch, which no component of ours uses
// (tests/unit/static-safety.test.ts forbids it in the sources).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './harness/paths';
import { EXTENSION_DIR } from './hostile-kit';

const BUILDS = { chrome: EXTENSION_DIR ?? CHROME_BUILD, firefox: FIREFOX_BUILD };

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean; match_origin_as_fallback?: boolean; world?: string; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  sandbox?: unknown;
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The names in the first column of README's "## Permissions" table. */
function readmePermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return section.split('\n').filter((l) => /^\|\s*`/.test(l)).map((l) => /`([^`]+)`/.exec(l)![1]!).sort();
}

function scripts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scripts(path));
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Each occurrence of `re` with `around` characters of context on both sides. */
function occurrences(text: string, re: RegExp, around = 400): string[] {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => text.slice(Math.max(0, m.index - around), m.index + around));
}

describe.each(Object.entries(BUILDS))('the %s build', (_, dir) => {
  const m = manifest(dir);
  const files = scripts(dir);

  it('asks for exactly the permissions in the README table, and nothing optional or wider', () => {
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)];
    expect([...new Set(asked)].sort()).toEqual(readmePermissions());
    expect(m.host_permissions ?? []).toEqual(['<all_urls>']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.sandbox).toBeUndefined();
  });

  it('declares no content script, and exposes only the lazy app bundle to pages', () => {
    // The background injects the gate (page world, top frame) and the content code (isolated
    // world, top frame) itself: ext/gate-driver.ts.
    expect(m.content_scripts ?? []).toEqual([]);
    expect((m.web_accessible_resources ?? []).flatMap((w) => w.resources)).toEqual(['wic-app.js']);
  });

  it('keeps the default extension content security policy (no unsafe-eval, no remote script sources)', () => {
    const csp = JSON.stringify(m.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval|\*/);
  });

  it('bundles no string evaluation and no remote code', () => {
    expect(files.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['background.js', 'gate.js', 'wic-content.js', 'wic-app.js']));
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(dir, file);
      if (/\beval\s*\(/.test(text)) hits.push(`${name}: eval(`);
      if (/\bnew\s+Function\s*\(/.test(text)) hits.push(`${name}: new Function(`);
      if (/\bimport\s*\(\s*["'`]https?:/.test(text)) hits.push(`${name}: remote import()`);
      if (/\bimportScripts\s*\(/.test(text)) hits.push(`${name}: importScripts(`);
      if (/\bnew\s+(?:Shared)?Worker\s*\(/.test(text)) hits.push(`${name}: a worker`);
      if (/\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/.test(text)) hits.push(`${name}: a network API`);
      // Vite's modulepreload polyfill (extension pages only) fetches the page's own <link> hrefs.
      for (const at of occurrences(text, /(?:^|[^.\w$])fetch\s*\(/)) if (!/modulepreload/.test(text) || !/fetch\(\w+\.href/.test(at)) hits.push(`${name}: fetch(`);
    }
    expect(hits).toEqual([]);
  });

  it('sets HTML from strings only in Preact\'s dangerouslySetInnerHTML branch', () => {
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const at of occurrences(text, /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write)\b/, 160)) {
        if (!/__html/.test(at)) hits.push(`${relative(dir, file)}: ${at.slice(120, 220)}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
