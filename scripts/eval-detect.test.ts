import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, evaluate, loadLabels } from './eval-detect';

const labels = loadLabels().filter((l) => l.kind !== 'real');

describe('detection fixtures', () => {
  it('are a labelled set of the promised size and spread', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
    expect(labels.map((l) => l.file.split('/').pop()).sort()).toEqual(files.sort());
    for (const l of labels) expect(existsSync(l.file), l.file).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(new Set(labels.map((l) => l.lang)).size).toBeGreaterThanOrEqual(8);
    expect(labels.filter((l) => l.kind === 'hard-negative').length).toBeGreaterThanOrEqual(20);
    expect(labels.filter((l) => l.kind === 'mention').length).toBeGreaterThanOrEqual(5);
    const years = new Set(labels.filter((l) => l.kind === 'wic').map((l) => l.edition));
    for (let y = 2014; y <= 2025; y++) expect(years.has(y), String(y)).toBe(true);
    for (const l of labels) expect(() => new URL(l.url)).not.toThrow();
  });

  it('keep precision ≥ 0.98 and recall ≥ 0.95 for "about", and mostly the right edition', () => {
    const report = evaluate(labels);
    expect(report.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.editionAccuracy).toBeGreaterThanOrEqual(0.9);
    const wrongKind = report.rows.filter((r) => r.verdict.kind !== r.label.expected).map((r) => r.label.file);
    expect(wrongKind.length).toBeLessThanOrEqual(2);
  }, 120_000);
});
