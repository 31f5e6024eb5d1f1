// Shows the hover card (or, for touch, the bottom sheet) in a shadow root of its own, mounted
// inside the panel host's shadow root so the page keeps exactly one <wic-fact-panel> element.
// The popover is placed by @floating-ui/dom on the marked words' client rects and follows scrolling.
import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { KnowledgeBase } from '../../core/kb/types';
import hoverCss from '../../components/hover/hover.css?inline';
import { HoverCard, type HoverSubject } from '../../components/hover/HoverCard';
import type { Translate, UiLang } from '../../components/view-context';
import { installSheet, type SheetHandle } from './sheet';

export interface CardAnchor {
  /** The marked words' client rects, read fresh each time the card is placed. */
  rects(): ArrayLike<DOMRect>;
  /** An element near the words, whose scrolling ancestors move the card. */
  context: Element | null;
}

export interface CardRequest {
  subject: HoverSubject;
  mode: 'popover' | 'sheet';
  anchor: CardAnchor;
  /** Where the pointer is, so a mark broken over two lines gets the card at the right line. */
  pointer?: { x: number; y: number } | undefined;
  position?: { n: number; total: number } | undefined;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
}

export interface CardLayerDeps {
  /** Where to mount: the panel host's shadow root. */
  root(): ShadowRoot | Element | null;
  kb: KnowledgeBase;
  t: Translate;
  uiLang: UiLang;
  theme(): 'light' | 'dark';
  /** The card's own close button was used. */
  onCloseButton(): void;
  onOpenInPanel?: ((id: string) => void) | undefined;
}

export interface CardLayer {
  readonly shown: boolean;
  readonly mode: 'popover' | 'sheet' | null;
  show(req: CardRequest): void;
  hide(): void;
  /** Is the event (or the point) inside the card? */
  contains(x: number, y: number, event?: Event): boolean;
  /** Does keyboard focus sit inside the card? */
  hasFocus(): boolean;
  /** Where the card is drawn, or null when none is shown. */
  rect(): DOMRect | null;
  destroy(): void;
}

const EMPTY_RECT = { x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };

function union(rects: ArrayLike<DOMRect>): typeof EMPTY_RECT {
  if (rects.length === 0) return EMPTY_RECT;
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
}

/** Key events inside the card are ours: page hotkeys listening on document/window never see them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
const stop = (e: Event): void => e.stopPropagation();

function deepActive(): HTMLElement | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}

export function createCardLayer(deps: CardLayerDeps): CardLayer {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let sheet: SheetHandle | null = null;
  let shadow: ShadowRoot | null = null;
  let current: CardRequest | null = null;
  let stopUpdates: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  let focusWhenPlaced: HTMLElement | null = null;

  const ensureHost = (): HTMLElement | null => {
    const root = deps.root();
    if (!root) return null;
    if (!host) {
      host = document.createElement('div');
      host.setAttribute('data-wic-hover', '');
      shadow = host.attachShadow({ mode: 'open' });
      sheet = installSheet(shadow, hoverCss);
      mount = document.createElement('div');
      shadow.append(mount);
      for (const type of KEY_EVENTS) shadow.addEventListener(type, stop);
    }
    if (host.parentNode !== root) root.appendChild(host);
    sheet?.ensure();
    return mount;
  };

  const cardEl = (): HTMLElement | null => (mount?.querySelector('.wic-hover') as HTMLElement | null) ?? null;

  const place = async (req: CardRequest, el: HTMLElement): Promise<void> => {
    const reference = {
      getBoundingClientRect: () => union(req.anchor.rects()),
      getClientRects: () => Array.from(req.anchor.rects()),
      ...(req.anchor.context ? { contextElement: req.anchor.context } : {}),
    };
    const pos = await computePosition(reference, el, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(req.pointer ? { x: req.pointer.x, y: req.pointer.y, padding: 2 } : { padding: 2 }),
        offset(8),
        flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            el.style.maxHeight = `${Math.max(180, Math.min(420, Math.floor(availableHeight)))}px`;
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (current !== req) return;
    el.style.left = `${Math.round(pos.x)}px`;
    el.style.top = `${Math.round(pos.y)}px`;
    el.style.setProperty('--wic-hover-from', pos.placement.startsWith('top') ? '-4px' : '4px');
    el.style.visibility = pos.middlewareData.hide?.referenceHidden ? 'hidden' : '';
    el.setAttribute('data-placed', 'true');
    // Hidden elements take no focus: focus once the card is placed and visible (after a scroll, maybe).
    if (focusWhenPlaced === el && !el.style.visibility) {
      el.focus({ preventScroll: true });
      if (shadow?.activeElement === el) focusWhenPlaced = null;
    }
  };

  const layer: CardLayer = {
    get shown() {
      return current !== null;
    },
    get mode() {
      return current?.mode ?? null;
    },
    show(req) {
      const target = ensureHost();
      if (!target) return;
      stopUpdates?.();
      stopUpdates = null;
      current = req;
      const subjectKey = req.subject.kind === 'term' ? req.subject.term.id : req.subject.kind === 'entity' ? req.subject.entity.id : req.subject.figure.id;
      render(h(HoverCard, {
        key: `${subjectKey}:${req.mode}`,
        kb: deps.kb,
        subject: req.subject,
        t: deps.t,
        uiLang: deps.uiLang,
        theme: deps.theme(),
        mode: req.mode,
        position: req.position,
        onClose: deps.onCloseButton,
        onOpenInPanel: deps.onOpenInPanel,
      }), target);
      const el = cardEl();
      if (!el) return;
      if (req.mode === 'popover') {
        el.setAttribute('data-placed', 'false');
        el.style.maxHeight = '';
        const reference = { getBoundingClientRect: () => union(req.anchor.rects()), ...(req.anchor.context ? { contextElement: req.anchor.context } : {}) };
        stopUpdates = autoUpdate(reference, el, () => void place(req, el).catch(() => undefined), { animationFrame: false, layoutShift: false });
      } else {
        el.setAttribute('data-placed', 'true');
        el.style.left = '';
        el.style.top = '';
      }
      focusWhenPlaced = null;
      if (req.focus) {
        const active = deepActive();
        if (active && active !== document.body && !layer.hasFocus()) returnFocus ??= active;
        if (req.mode === 'popover') focusWhenPlaced = el;
        else el.focus({ preventScroll: true });
      }
    },
    hide() {
      if (!current) return;
      const hadFocus = layer.hasFocus();
      current = null;
      focusWhenPlaced = null;
      stopUpdates?.();
      stopUpdates = null;
      if (mount) render(null, mount);
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    contains(x, y, event) {
      if (!current || !host) return false;
      if (event && typeof event.composedPath === 'function' && event.composedPath().includes(host)) return true;
      const el = cardEl();
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    hasFocus() {
      return !!shadow && shadow.activeElement !== null;
    },
    rect() {
      return current ? cardEl()?.getBoundingClientRect() ?? null : null;
    },
    destroy() {
      layer.hide();
      if (mount) render(null, mount);
      sheet?.remove();
      host?.remove();
      host = null;
      mount = null;
      shadow = null;
      sheet = null;
    },
  };
  return layer;
}
