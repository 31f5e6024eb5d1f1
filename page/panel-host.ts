// The one <wic-fact-panel> element on a WIC page: an open shadow root holding the edge tab and
// the panel. Page CSS cannot reach inside; the :host rules win over page !important rules for
// the host box. Key events from inside never reach page hotkeys. Focus returns where it was.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KnowledgeBase } from '../core/kb/types';
import type { Translate, UiLang } from '../components/view-context';
import panelCss from '../components/panel.css?inline';
import hostCss from './panel-host.css?inline';
import { benchEnd, benchStart } from './bench-timing';
import { PanelView, type PanelViewState } from './panel-view';
import { chooseLayout, createPageLayout, overlayWidth, PANEL_WIDTH, viewportWidthOf, zoomOf } from './page-layout';

export const HOST_TAG = 'wic-fact-panel';

export interface PanelHostOptions {
  ctx: ContentScriptContext;
  kb: KnowledgeBase;
  t: Translate;
  uiLang: UiLang;
  state: Omit<PanelViewState, 'layout' | 'width' | 'focusOnOpen'>;
  layoutPreference: 'auto' | 'push' | 'overlay';
  onOpenChange(open: boolean): void;
  onDisableSite(): void;
  onUndoDisable(): void;
  onToggleMarks(on: boolean): void;
  onJumpToTerm(id: string): void;
}

export interface PanelHost {
  readonly shadow: ShadowRoot;
  open(opts: { focus: boolean }): void;
  close(): void;
  isOpen(): boolean;
  update(patch: Partial<PanelHostOptions['state']> & { layoutPreference?: PanelHostOptions['layoutPreference'] }): void;
  destroy(): void;
}

function adoptCss(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // No constructable sheets in this context: a <style> inside our own shadow root.
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** A rule of ours after the others in the shadow root, rewritten as the page's zoom changes. */
function lateRule(shadow: ShadowRoot): (css: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return (css) => sheet.replaceSync(css);
  } catch {
    const style = document.createElement('style');
    shadow.append(style);
    return (css) => { style.textContent = css; };
  }
}

function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  // A page may have defined <wic-fact-panel> itself (taking its shadow root, or with callbacks that
  // would hide or empty ours); then we make a fresh, undefined-name twin that nobody else controls.
  for (const tag of [HOST_TAG, `${HOST_TAG}-x${Math.random().toString(36).slice(2, 8)}`]) {
    try {
      const host = document.createElement(tag);
      // :defined means the page registered the name: its callbacks would run on our element.
      if (host.matches(':defined')) continue;
      const shadow = host.attachShadow({ mode: 'open' });
      return { host, shadow };
    } catch {
      continue;
    }
  }
  throw new Error('no shadow root available');
}

export function mountPanelHost(opts: PanelHostOptions): PanelHost {
  const { ctx, kb, t, uiLang } = opts;
  const { host, shadow } = createHost();
  adoptCss(shadow, `${hostCss}\n${panelCss}`);
  const mountPoint = document.createElement('div');
  shadow.append(mountPoint);
  // A page that sets CSS zoom on <html> (or the fullscreen element) would scale the panel with it.
  const zoomRule = lateRule(shadow);
  let zoomed = 1;
  const unzoom = () => {
    const z = zoomOf(host.parentElement);
    if (z === zoomed) return;
    zoomed = z;
    zoomRule(z === 1 ? '' : `:host{zoom:${1 / z} !important}`);
  };

  // In the top layer (a manual popover) the panel is placed against the viewport and painted above
  // the page, whatever transform, filter or animation the page puts on <html> (hostile-css.html).
  const raise = (): boolean => {
    try {
      if (!host.isConnected || typeof host.showPopover !== 'function') return false;
      if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
      return true;
    } catch {
      return false;
    }
  };

  const layout = createPageLayout(document);
  let state: PanelViewState = { ...opts.state, layout: 'overlay', width: PANEL_WIDTH, focusOnOpen: false };
  let preference = opts.layoutPreference;
  let returnFocus: Element | null = null;

  const fit = (refresh = false) => {
    unzoom();
    const vw = viewportWidthOf(document) || window.innerWidth;
    const mode = chooseLayout(vw, preference);
    state = { ...state, layout: mode, width: mode === 'push' ? PANEL_WIDTH : overlayWidth(vw) };
    layout.set(state.open && !document.fullscreenElement ? mode : null, state.side, refresh);
  };

  const draw = () => {
    // The shadow root's root element carries the page's edition whether the panel is open or only
    // its edge tab shows ("" when unknown): tests outside the project rely on it.
    mountPoint.setAttribute('data-edition', state.page.edition === null ? '' : String(state.page.edition));
    render(h(PanelView, {
      kb, t, uiLang, state,
      onOpen: () => api.open({ focus: true }),
      onClose: () => api.close(),
      onDisableSite: opts.onDisableSite,
      onUndoDisable: opts.onUndoDisable,
      onToggleMarks: opts.onToggleMarks,
      onJumpToTerm: opts.onJumpToTerm,
    }), mountPoint);
    place();
  };

  // In the document only while it shows something (the panel, its edge tab or the undo notice): after
  // an in-page navigation to a page not about the WIC, or once a panel opened on such a page is
  // closed, the page is left exactly as it was.
  const place = () => {
    const showing = state.open || state.showTab || !!state.hiddenOn;
    if (!showing) {
      if (host.isConnected) host.remove();
    } else if (!host.isConnected) {
      (document.fullscreenElement ?? document.documentElement).append(host);
      raise();
      unzoom();
    }
  };

  // Keys typed inside the panel are ours: page hotkeys listening on document/window never see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    ctx.addEventListener(shadow, type, (e: Event) => {
      if (type === 'keydown' && (e as KeyboardEvent).key === 'Escape' && state.open) api.close();
      e.stopPropagation();
    });
  }

  ctx.addEventListener(window, 'resize', () => { if (state.open) { fit(true); draw(); } }, { passive: true });

  // Fullscreen: follow an element that went fullscreen (the top layer would hide us otherwise),
  // but stay out of the way of fullscreen video.
  ctx.addEventListener(document, 'fullscreenchange', () => {
    const fs = document.fullscreenElement;
    const media = fs instanceof HTMLVideoElement || fs instanceof HTMLCanvasElement || fs instanceof HTMLIFrameElement;
    host.hidden = !!fs && media;
    // Inside the fullscreen element (Chromium makes everything outside it inert: fullscreen.html), and
    // raised again in the top layer above it.
    if (host.isConnected && fs && !media) fs.append(host);
    else if (host.isConnected && host.parentNode !== document.documentElement) document.documentElement.append(host);
    raise();
    fit();
    draw();
  });

  const api: PanelHost = {
    shadow,
    open({ focus }) {
      // Bench build only: the open request handled → the panel's render committed (see BENCHMARKS.md).
      const t = benchStart();
      // A page may have removed us (html-deleter.html: a late hydration keeps only head and body);
      // draw() puts the host back.
      if (host.isConnected && state.open) return;
      const active = document.activeElement;
      returnFocus = active && active !== document.body && active !== host ? active : null;
      state = { ...state, open: true, focusOnOpen: focus };
      fit();
      draw();
      benchEnd('wic:panel-render', t);
      opts.onOpenChange(true);
    },
    close() {
      if (!state.open) return;
      const hadFocus = shadow.activeElement !== null;
      state = { ...state, open: false, focusOnOpen: false };
      layout.set(null, state.side);
      draw();
      opts.onOpenChange(false);
      if (hadFocus) {
        if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
        else (shadow.querySelector('.wic-tab') as HTMLElement | null)?.focus({ preventScroll: true });
      }
    },
    isOpen: () => state.open && host.isConnected,
    update(patch) {
      const { layoutPreference, ...rest } = patch;
      // Measuring the viewport forces a layout: on a 10 MB page (big-text) a refit on every count
      // update blocked the page for seconds. Only a new side or layout preference needs one.
      const refit = (!!layoutPreference && layoutPreference !== preference) || (rest.side !== undefined && rest.side !== state.side);
      if (layoutPreference) preference = layoutPreference;
      state = { ...state, ...rest };
      if (refit) fit();
      draw();
    },
    destroy() {
      render(null, mountPoint);
      layout.remove();
      host.remove();
    },
  };

  draw();
  ctx.onInvalidated(() => api.destroy());
  return api;
}
