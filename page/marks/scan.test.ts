// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../core/match/term-matcher';
import { ScanJob } from './scan';

const matcher = compileTermMatcher([{ id: 'sov', kind: 'term', aliases: [{ text: 'cyber sovereignty', lang: 'en' }] }]);
const m = { matcher, figures: [], lang: 'en' };

function job(markup: string, maxChars?: number, clock = () => 0, maxMarks?: number) {
  document.body.innerHTML = `<article>${markup}</article>`;
  return new ScanJob(document, document.querySelector('article')!, m, () => document.createRange(), clock, maxChars, maxMarks);
}

const run = (j: ScanJob) => { while (!j.step(Number.POSITIVE_INFINITY)); return j.index.marks.map((x) => x.range.toString()); };

describe('ScanJob', () => {
  it('reads every block and indexes its marks in document order', () => {
    const j = job('<p>cyber sovereignty</p><ul><li>about <b>cyber</b> sovereignty</li></ul><p>none</p>');
    expect(run(j)).toEqual(['cyber sovereignty', 'cyber sovereignty']);
    expect(j.blocks).toBe(3);
    expect(j.index.marks.map((x) => x.order)).toEqual([0, 1]);
  });

  it('stops at its deadline and resumes where it left off', () => {
    let t = 0;
    const j = job(Array.from({ length: 20 }, () => '<p>cyber sovereignty</p>').join(''), undefined, () => t++);
    let slices = 0;
    while (!j.step(t + 5)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(j.index.marks).toHaveLength(20);
  });

  it('reads a huge single text node in windows, but no further than the cap', () => {
    const filler = 'lorem ipsum dolor '.repeat(3000); // 54,000 characters
    const j = job(`<p>${filler}cyber sovereignty ${filler}cyber sovereignty ${filler}</p>`, 60_000);
    expect(run(j)).toEqual(['cyber sovereignty']);
    expect(j.chars).toBeGreaterThan(60_000); // the collector took the whole node; matching stopped at the cap
  });

  it('stops reading at the mark limit, even inside one block', () => {
    const j = job(`<p>${'cyber sovereignty '.repeat(50)}</p><p>cyber sovereignty</p>`, undefined, () => 0, 20);
    expect(run(j)).toHaveLength(20);
    expect(j.blocks).toBe(1);
  });
});
