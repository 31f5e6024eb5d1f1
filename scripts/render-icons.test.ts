import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon } from './render-icons';

const png = (size: number) => readFileSync(fileURLToPath(new URL(`../public/icon/${size}.png`, import.meta.url)));

describe('icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is that size and matches its SVG source (run scripts/render-icons.ts after editing assets/)', (size) => {
    const file = png(size);
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    expect(renderIcon(size).equals(file)).toBe(true);
  });
});
