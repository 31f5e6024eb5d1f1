import type { ToContent } from '../core/messages';
import type { PageVerdict } from './detect-here';

/** What the lazily loaded WIC app offers the content script. */
export interface WicApp {
  toggle(opts: { focus: boolean }): void;
  setVerdict(verdict: PageVerdict): void;
  onMessage(message: ToContent): void;
  destroy(): void;
}

/** Filled in by entrypoints/wic-app.ts when it loads; read by page/load-app.ts. */
export const APP_GLOBAL = '__wicFactPanelApp';
export type StartWicApp = (ctx: import('wxt/utils/content-script-context').ContentScriptContext, verdict: PageVerdict) => Promise<WicApp>;
