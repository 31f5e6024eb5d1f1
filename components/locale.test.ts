import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMessages } from './testing/locale.ts';

// Meta test: the panel's strings exist in both locales, none is dead, and the Chinese is Chinese.
const here = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const keysIn = (files: string[]) => new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(panel_[a-z0-9_]+)'/g)].map((m) => m[1]!)));
const used = keysIn(sourceFiles(here));
// The extension glue shows a few panel_ strings of its own (e.g. the site-off notice).
const usedAnywhere = new Set([...used, ...keysIn(['../page', '../entrypoints'].flatMap((d) => sourceFiles(join(here, d))))]);
const en = readMessages('en');
const zh = readMessages('zh_CN');
const panelKeys = (m: typeof en) => Object.keys(m).filter((k) => k.startsWith('panel_')).sort();
// The brand mark is the same in both languages; messages that are only placeholders and punctuation have no words to translate.
const SAME_IN_BOTH = new Set(['panel_tab_mark']);
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\$[A-Za-z0-9_]+\$/g, ''));

describe('panel locale strings', () => {
  it('finds the keys the views use', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  it.each([...used].sort())('%s exists in en and zh_CN', (key) => {
    expect(en[key]?.message, `en ${key}`).toBeTruthy();
    expect(zh[key]?.message, `zh_CN ${key}`).toBeTruthy();
  });

  it('has no panel_ key that no view uses, and the same keys in both locales', () => {
    expect(panelKeys(en).filter((k) => !usedAnywhere.has(k))).toEqual([]);
    expect(panelKeys(zh)).toEqual(panelKeys(en));
  });

  it.each(panelKeys(en))('%s: same placeholders in both locales, each one defined', (key) => {
    const names = (m: typeof en) => [...m[key]!.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
    expect(names(zh)).toEqual(names(en));
    for (const m of [en, zh]) {
      const defined = Object.keys(m[key]!.placeholders ?? {}).map((k) => k.toLowerCase());
      for (const name of names(m)) expect(defined).toContain(name);
    }
  });

  it.each(panelKeys(zh).filter((k) => !SAME_IN_BOTH.has(k) && hasWords(en[k]!.message)))('%s is translated into Simplified Chinese', (key) => {
    const message = zh[key]!.message;
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/[\u8aaa\u9ede\u9801\u986f\u95dc\u8a2d]/); // 說點頁顯關設: traditional forms
    expect(message).not.toBe(en[key]!.message);
  });
});
