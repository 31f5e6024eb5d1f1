// One read of the article: collect a block, match it, index its marks; again until the deadline.
// Reading stops at a number of marks no reader could use (a 10 MB page would otherwise get tens of
// thousands), which also bounds the work of one block and of painting.
import { BlockCollector, DEFAULT_MAX_CHARS, type Block } from './collect';
import { MarkIndex } from './mark-index';
import { matchText, windows, type BlockMatcher, type MarkSpec } from './match-block';

export const MAX_MARKS = 3000;

export class ScanJob {
  readonly index: MarkIndex;
  private readonly collector: BlockCollector;
  private block: Block | null = null;
  private queue: [number, number][] = [];
  private specs: MarkSpec[] = [];
  private matched = 0;
  private full = false;
  private readonly maxChars: number;
  blocks = 0;

  constructor(
    doc: Document,
    root: Element,
    private readonly matcher: BlockMatcher,
    newRange: () => Range,
    private readonly now: () => number,
    maxChars?: number,
    private readonly maxMarks = MAX_MARKS,
  ) {
    this.index = new MarkIndex(newRange);
    this.maxChars = maxChars ?? DEFAULT_MAX_CHARS;
    this.collector = new BlockCollector(doc, root, { maxChars: this.maxChars });
  }

  get chars(): number {
    return this.collector.chars;
  }

  /** Works until `deadline`; true when the whole article has been read. */
  step(deadline: number): boolean {
    for (;;) {
      if (this.block) {
        const w = this.queue.shift();
        if (w) {
          const [a, b] = w;
          const text = this.block.text;
          const specs = matchText(a === 0 && b === text.length ? text : text.slice(a, b), a, this.matcher);
          for (const s of specs) this.specs.push(s);
          if (this.index.marks.length + this.specs.length >= this.maxMarks) {
            this.specs.length = Math.max(0, this.maxMarks - this.index.marks.length);
            this.queue = [];
            this.full = true;
          }
        }
        if (this.queue.length === 0) {
          if (this.specs.length > 0) this.index.add(this.block, this.specs);
          this.block = null;
          this.specs = [];
          if (this.full) return true;
        }
      } else {
        const next = this.collector.next();
        if (next) {
          this.block = next;
          this.blocks++;
          // One huge text node can overshoot the collector's cap; read no further than the cap.
          const room = Math.max(0, this.maxChars - this.matched);
          this.queue = windows(next.text).filter(([a]) => a < room).map(([a, b]) => [a, Math.min(b, a + room)] as [number, number]);
          this.matched += Math.min(next.text.length, room);
        } else if (this.collector.done) {
          return true;
        }
      }
      if (this.now() >= deadline) return false;
    }
  }
}
