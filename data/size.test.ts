// Reports the data's gzip size; names.json ships in the content script on every page, so it has a budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

describe('data size', () => {
  it('names.json stays small (content script); the whole data set stays reasonable', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const bufs = files.map((f) => readFileSync(new URL(f, dir)));
    const names = readFileSync(new URL('names.json', dir));
    const all = Buffer.concat(bufs);
    const perFile = files.map((f, i) => `${f} ${kib(bufs[i]!.length)} → ${kib(gz(bufs[i]!))}`);
    console.info(
      `data gzip: all JSON ${kib(all.length)} → ${kib(gz(all))}; names.json ${kib(names.length)} → ${kib(gz(names))}\n  ${perFile.join('\n  ')}`,
    );
    expect(gz(names)).toBeLessThan(6 * 1024);
    expect(gz(all)).toBeLessThan(120 * 1024);
  });
});
