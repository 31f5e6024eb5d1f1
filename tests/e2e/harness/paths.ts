import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv3');
export const DEMO_PAGE = resolve(ROOT, 'demo/et-article-2017.html');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
/** ../shared/pages/real: real news pages (negatives); optional. */
export const REAL_PAGES = resolve(ROOT, '../shared/pages/real');
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');

export function requireBuild(dir: string): string {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build\` / \`npm run build:firefox\` first.`);
  }
  return dir;
}
