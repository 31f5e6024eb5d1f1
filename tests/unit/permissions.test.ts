// The README's permissions table must list exactly what the manifest asks for, in both builds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

interface ManifestPart { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[]; content_scripts?: { matches: string[] }[] }
type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => ManifestPart;

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

function readmeTable(): Map<string, string> {
  const section = README.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((l) => /^\|\s*`/.test(l));
  return new Map(rows.map((row) => {
    const [name, why] = row.split('|').slice(1, 3).map((c) => c.trim());
    return [name!.match(/`([^`]+)`/)![1]!, why ?? ''];
  }));
}

function asked(browser: string): string[] {
  const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
  ].sort();
}

describe('README permissions table', () => {
  it('has a table with a reason in every row', () => {
    const table = readmeTable();
    expect(table.size).toBeGreaterThan(0);
    for (const [name, why] of table) expect(why.length, name).toBeGreaterThan(20);
  });

  it.each(['chrome', 'firefox'])('lists exactly the permissions and match patterns of the %s manifest', (browser) => {
    expect([...readmeTable().keys()].sort()).toEqual(asked(browser));
  });
});
