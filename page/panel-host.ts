// The <wic-fact-panel> host element and its open shadow root. Page CSS cannot reach inside;
// the :host rules below win over page !important rules for the host box itself.
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageVerdict } from './detect-here';

const HOST_CSS = `:host{all:initial !important;display:block !important;position:fixed !important;top:0 !important;right:0 !important;z-index:2147483647 !important;width:0 !important;height:0 !important;}
:host([hidden]){display:none !important;}
.wic-panel{position:fixed;top:0;right:0;width:380px;height:100vh;background:#fff;color:#111;font:14px/1.5 system-ui,sans-serif;box-shadow:0 0 0 1px #d0d4dc,-8px 0 24px rgba(0,0,0,.12);overflow:auto;padding:16px;box-sizing:border-box}`;

export interface PanelHost {
  toggle(opts: { focus: boolean }): void;
  setVerdict(v: PageVerdict): void;
  destroy(): void;
}

export function mountPanelHost(ctx: ContentScriptContext, initial: PageVerdict): PanelHost {
  let verdict = initial;
  let open = false;
  const host = document.createElement('wic-fact-panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  const draw = () => render(
    open ? h('aside', { class: 'wic-panel', 'data-edition': verdict.edition ? String(verdict.edition) : '', 'aria-label': 'WIC context' }, h('h2', null, 'WIC context')) : null,
    root,
  );
  draw();
  document.documentElement.append(host);
  ctx.onInvalidated(() => { render(null, root); host.remove(); });
  return {
    toggle() { open = !open; draw(); },
    setVerdict(v) { verdict = v; draw(); },
    destroy() { render(null, root); host.remove(); },
  };
}
