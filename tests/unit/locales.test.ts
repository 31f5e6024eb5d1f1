// Meta test for every UI string: both locales have the same keys, every key the code asks for
// (getMessage, t('…'), __MSG_…__ in the manifest, titleKey literals) exists, placeholders agree,
// and Chinese messages are Chinese. Area tests (components/locale.test.ts) go deeper per area.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Entry { message: string; placeholders?: Record<string, { content: string }> }
type Messages = Record<string, Entry>;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (locale: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;
const LOCALES = readdirSync(join(ROOT, 'public/_locales'));
const en = read('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' || e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const CODE = [...['entrypoints', 'components', 'page', 'ext', 'core'].flatMap((d) => sourceFiles(join(ROOT, d))), join(ROOT, 'wxt.config.ts')];
const KEY_PATTERNS = [
  /__MSG_([A-Za-z0-9_@]+)__/g,
  /(?:getMessage|\bt)\(\s*['"]([A-Za-z0-9_@]+)['"]/g,
  /titleKey: ['"]([A-Za-z0-9_]+)['"]/g,
  // Keys picked in a ternary or a table before reaching t(): any literal shaped like an area key.
  /['"]((?:panel|settings|menu|hover|detect)_[a-z0-9_]+|command[A-Z][A-Za-z]+|actionTitle[A-Za-z]*)['"]/g,
];

/** key → files using it */
const used = new Map<string, string[]>();
for (const file of CODE) {
  const text = readFileSync(file, 'utf8');
  for (const pattern of KEY_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const key = m[1]!;
      if (key.startsWith('@@')) continue; // predefined messages
      used.set(key, [...new Set([...(used.get(key) ?? []), relative(ROOT, file)])]);
    }
  }
}

const placeholderNames = (entry: Entry) => [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('ships English and Simplified Chinese', () => {
    expect(LOCALES.sort()).toEqual(['en', 'zh_CN']);
  });

  it('finds the keys the code uses', () => {
    expect(used.size).toBeGreaterThan(100);
    expect(used.get('extName')).toContain('wxt.config.ts');
  });

  it.each(LOCALES)('%s has exactly the keys en has', (locale) => {
    expect(Object.keys(read(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([...used.keys()].sort())('%s, used in code, exists in every locale', (key) => {
    for (const locale of LOCALES) expect(read(locale)[key]?.message, `${locale}: ${key} (used in ${used.get(key)?.join(', ')})`).toBeTruthy();
  });

  it.each(LOCALES)('%s: every $PLACEHOLDER$ is defined and the same as in en', (locale) => {
    const messages = read(locale);
    for (const [key, entry] of Object.entries(messages)) {
      expect(placeholderNames(entry), `${locale}: ${key}`).toEqual(placeholderNames(en[key]!));
      const defined = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
      for (const name of placeholderNames(entry)) expect(defined, `${locale}: ${key} uses $${name}$`).toContain(name);
    }
  });

  it('has Chinese text in every zh_CN message that is not a brand name or a symbol', () => {
    const zh = read('zh_CN');
    const same = Object.keys(zh).filter((k) => zh[k]!.message === en[k]!.message);
    const notChinese = Object.keys(zh).filter((k) => !/[\u4e00-\u9fff]/.test(zh[k]!.message));
    // Only marks that are the same in every language may stay as they are.
    // Brand names, symbols, and templates that are only placeholders and punctuation ("$PHRASE$：").
    const allowed = (k: string) => /^(WIC|≈ \$VALUE\$|example\.com)$/.test(zh[k]!.message) ||
      !/\p{L}/u.test(zh[k]!.message.replace(/\$[A-Z_0-9]+\$/g, ''));
    expect(same.filter((k) => !allowed(k))).toEqual([]);
    expect(notChinese.filter((k) => !allowed(k))).toEqual([]);
  });
});
