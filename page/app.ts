// The WIC app: everything the reader sees on a page about the WIC. Loaded lazily (wic-app.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToContent } from '../core/messages';
import type { WicApp } from './app-types';
import type { PageVerdict } from './detect-here';
import { mountPanelHost } from './panel-host';

export async function startWicApp(ctx: ContentScriptContext, verdict: PageVerdict): Promise<WicApp> {
  const host = mountPanelHost(ctx, verdict);
  return {
    toggle: (opts) => host.toggle(opts),
    setVerdict: (v) => host.setVerdict(v),
    onMessage: (_m: ToContent) => undefined,
    destroy: () => host.destroy(),
  };
}
