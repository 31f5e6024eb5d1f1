// @vitest-environment happy-dom
// The Highlight API path with a stand-in registry (happy-dom has none): the article's DOM is not
// touched, our names are registered, a page clearing the registry gets overruled, clear() leaves
// nothing behind — not even someone else's highlight under a similar name.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks } from './collect';
import { MarkIndex } from './mark-index';
import { HighlightPainter, highlightApiAvailable } from './painter-highlight';
import { HIGHLIGHT_NAMES } from './styles';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  document.body.innerHTML = '<article><p>The Cyberspace Administration of China and <b>cyber</b> sovereignty; $20bn.</p></article>';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function indexed() {
  const [block] = collectBlocks(document, document.querySelector('article')!);
  const index = new MarkIndex(() => document.createRange());
  index.add(block!, [
    { start: 4, end: 38, id: 'body-cac', kind: 'body' },
    { start: 43, end: 60, id: 'term-cyber-sovereignty', kind: 'term' },
    { start: 62, end: 67, id: 'fig-x', kind: 'figure', figure: { figureId: 'fig-x', relation: 'differs', pageValue: 2e10, pageUnit: 'USD', sourceValue: 1.7e10, sourceUnit: 'USD', viaEquivalent: false } },
  ]);
  return index;
}

describe('HighlightPainter', () => {
  it('paints by registering ranges: zero nodes added to the article', () => {
    expect(highlightApiAvailable()).toBe(true);
    const before = document.querySelector('article')!.innerHTML;
    const index = indexed();
    const painter = new HighlightPainter(document, false);
    painter.paint(index.marks);
    expect(document.querySelector('article')!.innerHTML).toBe(before);
    expect(registry.get(HIGHLIGHT_NAMES.term)?.size).toBe(2);
    expect(registry.get(HIGHLIGHT_NAMES.differs)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.figure)?.size).toBe(0);
    expect(registry.get(HIGHLIGHT_NAMES.active)?.priority).toBe(1);
    painter.setActive(index.marks[1]!);
    expect([...registry.get(HIGHLIGHT_NAMES.active)!].map((r) => r.toString())).toEqual(['cyber sovereignty']);
    painter.drop([index.marks[1]!]);
    expect(registry.get(HIGHLIGHT_NAMES.term)?.size).toBe(1);
    expect(registry.get(HIGHLIGHT_NAMES.active)?.size).toBe(0);
  });

  it('puts its highlights back when a page clears or replaces them', () => {
    const painter = new HighlightPainter(document, false);
    painter.paint(indexed().marks);
    expect(painter.ensure()).toBe(false);
    registry.clear();
    expect(painter.ensure()).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.term)?.size).toBe(2);
    registry.set(HIGHLIGHT_NAMES.term, new FakeHighlight());
    expect(painter.ensure()).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.term)?.size).toBe(2);
  });

  it('clear() removes only its own entries and its stylesheet', () => {
    registry.set('page-own', new FakeHighlight());
    const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    const before = sheets();
    const painter = new HighlightPainter(document, false);
    expect(sheets()).toBe(before + 1);
    painter.paint(indexed().marks);
    const replaced = new FakeHighlight();
    registry.set(HIGHLIGHT_NAMES.figure, replaced); // a page took one of our names
    painter.clear();
    expect([...registry.keys()].sort()).toEqual(['page-own', HIGHLIGHT_NAMES.figure]);
    expect(registry.get(HIGHLIGHT_NAMES.figure)).toBe(replaced);
    expect(sheets()).toBe(before);
  });

  it('hit-tests through the caret position when highlightsFromPoint is missing', () => {
    const index = indexed();
    const painter = new HighlightPainter(document, false);
    painter.paint(index.marks);
    const text = index.marks[1]!.block.nodes[2]!; // " sovereignty; $20bn."
    const proto = Document.prototype as unknown as Record<string, unknown>;
    const saved = proto.caretPositionFromPoint;
    proto.caretPositionFromPoint = () => ({ offsetNode: text, offset: 4 });
    const rect = { left: 0, right: 500, top: 0, bottom: 30, width: 500, height: 30, x: 0, y: 0 } as DOMRect;
    const spy = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
    try {
      expect(painter.hitTest(10, 10, index)?.id).toBe('term-cyber-sovereignty');
      expect(painter.hitTest(900, 900, index)).toBeNull(); // the caret is near, but the point is off the words
    } finally {
      proto.caretPositionFromPoint = saved;
      spy.mockRestore();
    }
  });
});
