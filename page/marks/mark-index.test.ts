// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks } from './collect';
import { locate, MarkIndex, markAtOffset, textOf } from './mark-index';

function block(markup: string) {
  document.body.innerHTML = `<div><p>${markup}</p></div>`;
  const [b] = collectBlocks(document, document.body.firstElementChild!);
  return b!;
}

describe('locate: block offsets to text node positions', () => {
  it('maps offsets inside and at the seams of text nodes', () => {
    const b = block('cyber <b>sover</b>eignty'); // "cyber " 0-6, "sover" 6-11, "eignty" 11-17
    expect([locate(b, 0, false).node.data, locate(b, 0, false).offset]).toEqual(['cyber ', 0]);
    expect([locate(b, 3, false).node.data, locate(b, 3, false).offset]).toEqual(['cyber ', 3]);
    // A start on a seam goes to the next node; an end on a seam stays in the node it closes.
    expect([locate(b, 6, false).node.data, locate(b, 6, false).offset]).toEqual(['sover', 0]);
    expect([locate(b, 6, true).node.data, locate(b, 6, true).offset]).toEqual(['cyber ', 6]);
    expect([locate(b, 11, true).node.data, locate(b, 11, true).offset]).toEqual(['sover', 5]);
    expect([locate(b, 17, true).node.data, locate(b, 17, true).offset]).toEqual(['eignty', 6]);
  });
});

describe('markAtOffset: interval lookup', () => {
  const marks = [{ start: 2, end: 5 }, { start: 5, end: 7 }, { start: 10, end: 20 }];
  it('finds the interval covering an offset, end exclusive', () => {
    expect(markAtOffset(marks, 0)).toBeNull();
    expect(markAtOffset(marks, 2)).toBe(marks[0]);
    expect(markAtOffset(marks, 4)).toBe(marks[0]);
    expect(markAtOffset(marks, 5)).toBe(marks[1]);
    expect(markAtOffset(marks, 7)).toBeNull();
    expect(markAtOffset(marks, 19)).toBe(marks[2]);
    expect(markAtOffset(marks, 20)).toBeNull();
    expect(markAtOffset([], 3)).toBeNull();
  });

  it('agrees with a linear scan on many random lists', () => {
    for (let round = 0; round < 50; round++) {
      const list: { start: number; end: number }[] = [];
      let at = 0;
      for (let k = 0; k < 20; k++) {
        at += Math.floor(Math.random() * 4);
        const len = 1 + Math.floor(Math.random() * 5);
        list.push({ start: at, end: at + len });
        at += len;
      }
      for (let q = 0; q <= at + 1; q++) {
        expect(markAtOffset(list, q)).toBe(list.find((m) => m.start <= q && q < m.end) ?? null);
      }
    }
  });
});

describe('MarkIndex', () => {
  it('creates ranges over the words, answers caret positions, counts ids', () => {
    const b = block('the <i>cyber</i> sovereignty of Xi');
    const index = new MarkIndex(() => document.createRange());
    const made = index.add(b, [
      { start: 4, end: 21, id: 'term-sov', kind: 'term' },
      { start: 25, end: 27, id: 'person-xi', kind: 'person' },
    ]);
    expect(made.map((m) => m.range.toString())).toEqual(['cyber sovereignty', 'Xi']);
    expect(made.map((m) => m.order)).toEqual([0, 1]);
    const cyber = b.nodes[1]!;
    expect(index.atCaret(cyber, 2)?.id).toBe('term-sov');
    // A caret just after the last letter still counts (the character before it).
    expect(index.atCaret(b.nodes[2]!, 12)?.id).toBe('term-sov');
    expect(index.atCaret(b.nodes[0]!, 1)).toBeNull();
    expect(index.counts()).toEqual({ 'term-sov': 1, 'person-xi': 1 });
  });

  it('prunes marks whose text changed or vanished, and renumbers the rest', () => {
    const b = block('Xi and Wang and Ma');
    const index = new MarkIndex(() => document.createRange());
    index.add(b, [
      { start: 0, end: 2, id: 'xi', kind: 'person' },
      { start: 7, end: 11, id: 'wang', kind: 'person' },
      { start: 16, end: 18, id: 'ma', kind: 'person' },
    ]);
    expect(index.prune()).toEqual([]);
    const text = b.nodes[0]!;
    text.replaceData(7, 4, 'Wing');
    const dropped = index.prune();
    expect(dropped.map((m) => m.id)).toEqual(['wang']);
    expect(index.marks.map((m) => [m.id, m.order])).toEqual([['xi', 0], ['ma', 1]]);
    text.remove();
    expect(index.prune().map((m) => m.id)).toEqual(['xi', 'ma']);
    expect(index.marks).toEqual([]);
  });
});

describe('MarkIndex with StaticRanges (what Chromium and Firefox get)', () => {
  // happy-dom has no StaticRange; the real one is just these five fields, unvalidated.
  class FakeStaticRange {
    startContainer: Node; startOffset: number; endContainer: Node; endOffset: number;
    constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
      this.startContainer = init.startContainer; this.startOffset = init.startOffset;
      this.endContainer = init.endContainer; this.endOffset = init.endOffset;
    }
    get collapsed() { return this.startContainer === this.endContainer && this.startOffset === this.endOffset; }
  }
  afterEach(() => vi.unstubAllGlobals());

  it('makes static ranges, reads their words, and makes live ranges only on demand', () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const b = block('the <i>cyber</i> sovereignty of Xi');
    const index = new MarkIndex(() => document.createRange(), true);
    const [sov, xi] = index.add(b, [
      { start: 4, end: 21, id: 'term-sov', kind: 'term' },
      { start: 25, end: 27, id: 'person-xi', kind: 'person' },
    ]);
    expect(sov!.range).toBeInstanceOf(FakeStaticRange);
    expect([textOf(sov!), textOf(xi!)]).toEqual(['cyber sovereignty', 'Xi']);
    const live = index.liveRange(sov!);
    expect(live).toBeInstanceOf(Range);
    expect(live.toString()).toBe('cyber sovereignty');
    expect(index.atCaret(b.nodes[1]!, 2)?.id).toBe('term-sov');
  });

  it('prunes static marks whose words changed, moved or vanished', () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const b = block('Xi and <b>Wang</b> Huning and Ma');
    const index = new MarkIndex(() => document.createRange(), true);
    const [first] = index.add(b, [
      { start: 0, end: 2, id: 'xi', kind: 'person' },
      { start: 7, end: 18, id: 'wang', kind: 'person' },
      { start: 23, end: 25, id: 'ma', kind: 'person' },
    ]);
    expect(index.prune()).toEqual([]);
    // Text inserted before a mark in its node shifts the words: a static range would now be wrong.
    b.nodes[0]!.insertData(0, 'President ');
    expect(index.prune().map((m) => m.id)).toEqual(['xi']);
    b.nodes[1]!.data = 'Wing';
    expect(index.prune().map((m) => m.id)).toEqual(['wang']);
    b.nodes[2]!.remove();
    expect(index.prune().map((m) => m.id)).toEqual(['ma']);
    expect(index.marks).toEqual([]);
    // A range over removed text gives no rects and never throws.
    const gone = { ...first!, range: new FakeStaticRange({ startContainer: b.nodes[2]!, startOffset: 0, endContainer: b.nodes[2]!, endOffset: 99 }) as unknown as AbstractRange };
    expect(index.liveRange(gone).getClientRects().length).toBe(0);
  });
});
