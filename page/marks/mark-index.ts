// The marks on the page, in document order, with what hit-testing needs: text node → block, and a
// binary search over each block's (sorted, non-overlapping) marks. Marks hold StaticRanges where the
// browser has them: cheap to make, and unlike live ranges they add no work to every later DOM
// change on the page. A live Range is made only when geometry is needed (hover, card, scrolling).
import type { FigureMatch } from '../../core/match/figures';
import type { Block } from './collect';
import type { MarkKind, MarkSpec } from './match-block';

export interface Mark {
  id: string;
  kind: MarkKind;
  /** Offsets into block.text. */
  start: number;
  end: number;
  /** The page's words, as indexed; a range whose text no longer reads so is stale. */
  text: string;
  block: IndexedBlock;
  range: AbstractRange;
  /** Position in document order. */
  order: number;
  figure?: FigureMatch;
}

export interface IndexedBlock extends Block {
  marks: Mark[];
}

/** The words a mark's range covers now (its text nodes may have changed since it was made). */
export function textOf(mark: Mark): string {
  const r = mark.range;
  if (r instanceof Range) return r.toString();
  const { startContainer: a, endContainer: b, startOffset, endOffset } = r;
  if (a.nodeType !== 3 || b.nodeType !== 3) return '';
  if (a === b) return (a as Text).data.slice(startOffset, endOffset);
  const nodes = mark.block.nodes;
  const from = nodes.indexOf(a as Text);
  const to = nodes.indexOf(b as Text, from);
  if (from < 0 || to < 0) return '';
  let out = (a as Text).data.slice(startOffset);
  for (let i = from + 1; i < to; i++) out += nodes[i]!.data;
  return out + (b as Text).data.slice(0, endOffset);
}

/** Where `offset` of a block's text lies: start boundaries prefer the next node, end boundaries this one. */
export function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!isEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}

/** The mark covering `offset` (start ≤ offset < end) in a sorted, non-overlapping list. */
export function markAtOffset<T extends { start: number; end: number }>(marks: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = marks[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return null;
}

export class MarkIndex {
  readonly marks: Mark[] = [];
  readonly blocks: IndexedBlock[] = [];
  private readonly byNode = new Map<Text, { block: IndexedBlock; i: number }>();

  constructor(
    private readonly newRange: () => Range,
    private readonly staticRanges = typeof StaticRange === 'function',
  ) {}

  /** A live Range over the mark's words (for client rects), or a collapsed one if they are gone. */
  liveRange(mark: Mark): Range {
    if (mark.range instanceof Range) return mark.range;
    const r = this.newRange();
    try {
      r.setStart(mark.range.startContainer, mark.range.startOffset);
      r.setEnd(mark.range.endContainer, mark.range.endOffset);
    } catch {
      // the nodes changed: an empty range has no rects, so nothing is hit or placed against it
    }
    return r;
  }

  /** Indexes a block and creates a live range for each of its marks. */
  add(block: Block, specs: readonly MarkSpec[]): Mark[] {
    const indexed: IndexedBlock = { ...block, marks: [] };
    const made: Mark[] = [];
    for (const s of specs) {
      const a = locate(block, s.start, false);
      const b = locate(block, s.end, true);
      let range: AbstractRange;
      if (this.staticRanges) {
        range = new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
      } else {
        const live = this.newRange();
        try {
          live.setStart(a.node, a.offset);
          live.setEnd(b.node, b.offset);
        } catch {
          continue; // the text changed under us; the next scan will see it
        }
        range = live;
      }
      const mark: Mark = {
        id: s.id, kind: s.kind, start: s.start, end: s.end, text: block.text.slice(s.start, s.end),
        block: indexed, range, order: this.marks.length,
        ...(s.figure ? { figure: s.figure } : {}),
      };
      indexed.marks.push(mark);
      this.marks.push(mark);
      made.push(mark);
    }
    if (indexed.marks.length > 0) {
      this.blocks.push(indexed);
      indexed.nodes.forEach((node, i) => this.byNode.set(node, { block: indexed, i }));
    }
    return made;
  }

  /** The mark at a caret position (a text node and an offset in it); the character after or before it. */
  atCaret(node: Node, offset: number): Mark | null {
    const hit = this.byNode.get(node as Text);
    if (!hit) return null;
    const at = hit.block.starts[hit.i]! + offset;
    return markAtOffset(hit.block.marks, at) ?? (at > 0 ? markAtOffset(hit.block.marks, at - 1) : null);
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of this.marks) out[m.id] = (out[m.id] ?? 0) + 1;
    return out;
  }

  /** Drops marks whose text changed or vanished; true when any went. */
  prune(): Mark[] {
    const dropped: Mark[] = [];
    for (const b of this.blocks) {
      b.marks = b.marks.filter((m) => {
        const ok = !m.range.collapsed && m.range.startContainer.isConnected && m.range.endContainer.isConnected && textOf(m) === m.text;
        if (!ok) dropped.push(m);
        return ok;
      });
    }
    if (dropped.length === 0) return dropped;
    const gone = new Set(dropped);
    const kept = this.marks.filter((m) => !gone.has(m));
    this.marks.length = 0;
    kept.forEach((m, i) => { m.order = i; this.marks.push(m); });
    return dropped;
  }
}
