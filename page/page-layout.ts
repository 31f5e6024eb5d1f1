// Makes room for the open panel. Push: the page's root box gets a margin on the panel's side, so
// the article reflows beside the panel; overlay: the page is left as it is. The rule lives in one
// adopted stylesheet of ours, removed on close, so the page is restored exactly.

export const PANEL_WIDTH = 380;
/** Content width the page must keep for the panel to push rather than overlay. */
export const MIN_PAGE_WIDTH = 480;

export type LayoutMode = 'push' | 'overlay';

/** The CSS `zoom` a page put on an element and its ancestors (1 where unsupported or unset). */
export function zoomOf(el: Element | null | undefined): number {
  const z = (el as (Element & { currentCSSZoom?: number }) | null | undefined)?.currentCSSZoom;
  return typeof z === 'number' && Number.isFinite(z) && z > 0 ? z : 1;
}

/**
 * The viewport width in CSS px. In standards mode the root's clientWidth is the viewport without its
 * scrollbar, whatever the root's zoom or margins; in quirks mode it is the root's own (zoomed,
 * pushed) box, so take the window's width there.
 */
export function viewportWidthOf(doc: Document): number {
  const root = doc.documentElement;
  if (doc.compatMode === 'BackCompat' || !root?.clientWidth) return doc.defaultView?.innerWidth ?? 0;
  return root.clientWidth;
}

export function chooseLayout(viewportWidth: number, preference: 'auto' | 'push' | 'overlay'): LayoutMode {
  if (preference === 'overlay') return 'overlay';
  const room = viewportWidth - PANEL_WIDTH >= MIN_PAGE_WIDTH;
  // "push" is honoured only where the page keeps a readable width; a squeezed page is worse than an overlay.
  return room ? 'push' : 'overlay';
}

/** Width of the panel when it overlays a narrow window. */
export function overlayWidth(viewportWidth: number): number {
  return Math.max(280, Math.min(PANEL_WIDTH - 20, viewportWidth - 16));
}

export interface PageLayout {
  /** `refresh`: measure the page's fixed bars again even if the mode did not change (after a resize). */
  set(mode: LayoutMode | null, side: 'left' | 'right', refresh?: boolean): void;
  remove(): void;
}

/** Most fixed bars (headers, cookie notices, chat buttons) are shallow; don't walk huge pages. */
const MAX_SCAN = 4000;

export function createPageLayout(doc: Document): PageLayout {
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  // Fixed elements we moved out from under the panel, with their style attribute as it was.
  let moved: { el: HTMLElement; style: string | null }[] = [];

  const write = (css: string) => {
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(css);
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Constructable sheets unavailable here: fall back to a <style> element.
    }
    if (!styleEl) {
      styleEl = doc.createElement('style');
      (doc.head ?? doc.documentElement).append(styleEl);
    }
    styleEl.textContent = css;
  };

  const restoreFixed = () => {
    for (const { el, style } of moved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    moved = [];
  };

  // A pushed page still has position: fixed bars spanning the viewport; their controls would sit
  // under the panel. Shift or narrow those that reach into the panel's strip.
  const clearFixed = (side: 'left' | 'right') => {
    const view = doc.defaultView;
    if (!view || !doc.body) return;
    const vw = viewportWidthOf(doc);
    const all = doc.body.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < MAX_SCAN; i++) {
      const el = all[i];
      if (!(el instanceof HTMLElement) || el.localName.startsWith('wic-')) continue;
      const cs = view.getComputedStyle(el);
      if (cs.position !== 'fixed' || cs.display === 'none') continue;
      const rect = el.getBoundingClientRect();
      const intrudes = side === 'right' ? rect.right > vw - PANEL_WIDTH : rect.left < PANEL_WIDTH;
      if (!intrudes || rect.width === 0) continue;
      moved.push({ el, style: el.getAttribute('style') });
      const edge = side === 'right' ? 'right' : 'left';
      const offset = cs.getPropertyValue(edge);
      // Computed lengths are in the element's own zoomed px; rects and the panel are in viewport px.
      const z = zoomOf(el);
      if (offset !== 'auto' && offset !== '') el.style.setProperty(edge, `calc(${offset} + ${PANEL_WIDTH / z}px)`, 'important');
      else el.style.setProperty('max-width', `${Math.max(0, vw - PANEL_WIDTH) / z}px`, 'important');
    }
  };

  // What is applied now; re-applying the same rule would restyle the whole page for nothing.
  let applied: string | null = null;
  const inPlace = (): boolean => (sheet ? doc.adoptedStyleSheets.includes(sheet) : !!styleEl?.isConnected);

  const remove = () => {
    applied = null;
    restoreFixed();
    if (sheet && doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    styleEl?.remove();
    styleEl = null;
  };

  return {
    set(mode, side, refresh = false) {
      const prop = side === 'right' ? 'margin-right' : 'margin-left';
      const css = mode === 'push' ? `html{${prop}:${PANEL_WIDTH / zoomOf(doc.documentElement)}px !important}` : null;
      if (css !== null && css === applied && inPlace() && !refresh) return;
      if (css === null && applied === null) return;
      remove();
      if (css === null) return;
      write(css);
      clearFixed(side);
      applied = css;
    },
    remove,
  };
}
