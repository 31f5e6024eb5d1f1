// The fallback where the Highlight API is missing: each mark's words are wrapped in <wic-mark>
// elements (one per text node it covers). This is the only path that changes the article's DOM;
// the wrappers are taken out again before every re-read and on clear().
import { closest, createRange } from './dom';
import type { Mark, MarkIndex } from './mark-index';
import { pointInRects, type Painter } from './painter';
import { installSheet, type SheetHandle } from './sheet';
import { fallbackCss, MARK_TAG } from './styles';

function unwrap(el: HTMLElement): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

export class WrapPainter implements Painter {
  readonly kind = 'wrap' as const;
  private readonly sheet: SheetHandle;
  private readonly wrapped = new Map<Mark, HTMLElement[]>();
  private readonly byElement = new WeakMap<Element, Mark>();
  private active: Mark | null = null;

  constructor(private readonly doc: Document, dark: boolean) {
    this.sheet = installSheet(doc, fallbackCss(dark));
  }

  beforeScan(): void {
    this.unwrapAll();
  }

  paint(marks: readonly Mark[]): void {
    this.unwrapAll();
    // Last first: splitting a text node for one mark leaves the live ranges of earlier marks intact.
    for (let k = marks.length - 1; k >= 0; k--) {
      const m = marks[k]!;
      const els = this.wrap(m);
      if (els.length === 0) continue;
      this.wrapped.set(m, els);
      for (const el of els) this.byElement.set(el, m);
      const r = createRange(this.doc);
      r.setStartBefore(els[0]!);
      r.setEndAfter(els[els.length - 1]!);
      m.range = r;
    }
  }

  private wrap(m: Mark): HTMLElement[] {
    const { startContainer, startOffset, endContainer, endOffset } = m.range;
    const nodes = m.block.nodes;
    const from = nodes.indexOf(startContainer as Text);
    const to = nodes.indexOf(endContainer as Text);
    if (from < 0 || to < from) return [];
    const out: HTMLElement[] = [];
    for (let i = from; i <= to; i++) {
      let node = nodes[i]!;
      const a = i === from ? startOffset : 0;
      const b = i === to ? endOffset : node.data.length;
      if (b <= a || !node.parentNode) continue;
      if (b < node.data.length) node.splitText(b);
      if (a > 0) node = node.splitText(a);
      const el = this.doc.createElement(MARK_TAG);
      el.dataset.kind = m.kind;
      if (m.figure?.relation === 'differs') el.dataset.differs = '';
      node.parentNode!.insertBefore(el, node);
      el.appendChild(node);
      out.push(el);
    }
    return out;
  }

  drop(marks: readonly Mark[]): void {
    for (const m of marks) {
      for (const el of this.wrapped.get(m) ?? []) unwrap(el);
      this.wrapped.delete(m);
      if (this.active === m) this.active = null;
    }
  }

  private unwrapAll(): void {
    for (const els of this.wrapped.values()) for (const el of els) unwrap(el);
    this.wrapped.clear();
    this.active = null;
  }

  setActive(mark: Mark | null): void {
    if (this.active) for (const el of this.wrapped.get(this.active) ?? []) delete el.dataset.active;
    this.active = mark;
    if (mark) for (const el of this.wrapped.get(mark) ?? []) el.dataset.active = '';
  }

  ensure(): boolean {
    return this.sheet.ensure();
  }

  setDark(dark: boolean): void {
    this.sheet.update(fallbackCss(dark));
  }

  hitTest(x: number, y: number, _index: MarkIndex): Mark | null {
    const hit = this.doc.elementFromPoint(x, y);
    const el = hit ? closest(hit, MARK_TAG) : null;
    const mark = el ? this.byElement.get(el) ?? null : null;
    return mark && pointInRects(x, y, this.rects(mark)) ? mark : null;
  }

  rects(mark: Mark, _index?: MarkIndex): DOMRect[] {
    return (this.wrapped.get(mark) ?? []).flatMap((el) => [...el.getClientRects()]);
  }

  clear(): void {
    this.unwrapAll();
    this.sheet.remove();
  }
}
