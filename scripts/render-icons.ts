// Renders the toolbar and store icons from the SVG sources in assets/ (run: npx tsx scripts/render-icons.ts).
// 16 and 32 px have their own simplified drawings so they stay crisp; larger sizes scale icon.svg.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

function sourceFor(size: number): string {
  if (size <= 16) return 'assets/icon-16.svg';
  if (size <= 32) return 'assets/icon-32.svg';
  return 'assets/icon.svg';
}

export function renderIcon(size: number): Buffer {
  const svg = readFileSync(resolve(ROOT, sourceFor(size)), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(ROOT, 'public/icon');
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(resolve(out, `${size}.png`), renderIcon(size));
    console.log(`public/icon/${size}.png`);
  }
}
