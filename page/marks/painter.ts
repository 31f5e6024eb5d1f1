// How marks reach the screen. Two ways: the CSS Custom Highlight API (the article's DOM is not
// touched) and, only where that API is missing, <wic-mark> elements wrapped around the words.
import type { Mark, MarkIndex } from './mark-index';

export interface Painter {
  readonly kind: 'highlight' | 'wrap';
  /** Called before the page is re-read (the wrap painter takes its elements out first). */
  beforeScan(): void;
  paint(marks: readonly Mark[]): void;
  /** Takes some marks off the page (their text changed). */
  drop(marks: readonly Mark[]): void;
  setActive(mark: Mark | null): void;
  /** Re-asserts highlights and the stylesheet if the page removed them; true when it had to. */
  ensure(): boolean;
  setDark(dark: boolean): void;
  /** The mark drawn at a viewport point, if any. */
  hitTest(x: number, y: number, index: MarkIndex): Mark | null;
  /** Client rects of a mark as drawn (for placing the card and hit-testing). */
  rects(mark: Mark, index: MarkIndex): DOMRectList | DOMRect[];
  /** Removes every mark and the stylesheet. */
  clear(): void;
}

const SLOP = 2;

export function pointInRects(x: number, y: number, rects: ArrayLike<DOMRect>): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}
