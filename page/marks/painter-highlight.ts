// Marks painted with the CSS Custom Highlight API: ranges registered under our own names and one
// ::highlight() stylesheet in the page document. Nothing is added to the article's DOM. The
// registry is shared with the page, so ensure() puts our highlights back if a page clears them.
import type { Mark, MarkIndex } from './mark-index';
import { pointInRects, type Painter } from './painter';
import { installSheet, type SheetHandle } from './sheet';
import { HIGHLIGHT_NAMES, highlightCss } from './styles';

interface CaretPosition { offsetNode: Node; offset: number }
type CaretFromPoint = (x: number, y: number) => CaretPosition | null;
type RangeFromPoint = (x: number, y: number) => Range | null;
type FromPoint = (x: number, y: number) => unknown[];

export function highlightApiAvailable(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && typeof CSS.highlights?.set === 'function';
}

function caretAt(doc: Document, x: number, y: number): CaretPosition | null {
  const proto = Document.prototype as unknown as Record<string, unknown>;
  const byPosition = proto.caretPositionFromPoint as CaretFromPoint | undefined;
  if (typeof byPosition === 'function') return byPosition.call(doc, x, y);
  const byRange = proto.caretRangeFromPoint as RangeFromPoint | undefined;
  if (typeof byRange === 'function') {
    const r = byRange.call(doc, x, y);
    return r ? { offsetNode: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export class HighlightPainter implements Painter {
  readonly kind = 'highlight' as const;
  private readonly term = new Highlight();
  private readonly figure = new Highlight();
  private readonly differs = new Highlight();
  private readonly active = new Highlight();
  private readonly byRange = new WeakMap<AbstractRange, Mark>();
  private readonly sheet: SheetHandle;
  private readonly entries: [string, Highlight][];

  constructor(private readonly doc: Document, dark: boolean) {
    this.active.priority = 1;
    this.entries = [
      [HIGHLIGHT_NAMES.term, this.term],
      [HIGHLIGHT_NAMES.figure, this.figure],
      [HIGHLIGHT_NAMES.differs, this.differs],
      [HIGHLIGHT_NAMES.active, this.active],
    ];
    this.sheet = installSheet(doc, highlightCss(dark));
    this.ensure();
  }

  beforeScan(): void {}

  paint(marks: readonly Mark[]): void {
    this.term.clear();
    this.figure.clear();
    this.differs.clear();
    for (const m of marks) {
      this.byRange.set(m.range, m);
      if (m.kind !== 'figure') this.term.add(m.range);
      else if (m.figure?.relation === 'differs') this.differs.add(m.range);
      else this.figure.add(m.range);
    }
    this.ensure();
  }

  drop(marks: readonly Mark[]): void {
    for (const m of marks) {
      this.term.delete(m.range);
      this.figure.delete(m.range);
      this.differs.delete(m.range);
      this.active.delete(m.range);
    }
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    if (mark) this.active.add(mark.range);
  }

  ensure(): boolean {
    let fixed = this.sheet.ensure();
    const registry = CSS.highlights;
    for (const [name, h] of this.entries) {
      if (registry.get(name) === h) continue;
      registry.set(name, h);
      fixed = true;
    }
    return fixed;
  }

  setDark(dark: boolean): void {
    this.sheet.update(highlightCss(dark));
  }

  hitTest(x: number, y: number, index: MarkIndex): Mark | null {
    const fromPoint = (CSS.highlights as unknown as { highlightsFromPoint?: FromPoint }).highlightsFromPoint;
    let mark: Mark | null = null;
    if (typeof fromPoint === 'function') {
      let hits: unknown[];
      try {
        hits = fromPoint.call(CSS.highlights, x, y);
      } catch {
        hits = [];
      }
      let ours = false;
      for (const hit of hits) {
        // Newer engines return { highlight, ranges }; older ones the Highlight alone.
        const h = (hit as { highlight?: Highlight }).highlight ?? (hit as Highlight);
        if (h !== this.term && h !== this.figure && h !== this.differs) continue;
        ours = true;
        const ranges = (hit as { ranges?: AbstractRange[] }).ranges;
        for (const r of ranges ?? []) mark ??= this.byRange.get(r) ?? null;
      }
      if (!ours) return null;
      if (mark) return mark;
    }
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    mark = index.atCaret(caret.offsetNode, caret.offset);
    return mark && pointInRects(x, y, index.liveRange(mark).getClientRects()) ? mark : null;
  }

  rects(mark: Mark, index: MarkIndex): DOMRectList {
    return index.liveRange(mark).getClientRects();
  }

  clear(): void {
    const registry = CSS.highlights;
    for (const [name, h] of this.entries) {
      h.clear();
      if (registry.get(name) === h) registry.delete(name);
    }
    this.sheet.remove();
  }
}
