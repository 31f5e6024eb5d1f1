import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToContent } from '../core/messages';
import type { PageVerdict } from './detect-here';

/** How the app starts: open straight away (toolbar/command) and whether the site is switched off. */
export interface AppInit {
  open: boolean;
  /** null while the per-site setting has not been read yet. */
  siteOff: boolean | null;
}

/** What the lazily loaded WIC app offers the content script. */
export interface WicApp {
  toggle(opts: { focus: boolean }): void;
  setVerdict(verdict: PageVerdict): void;
  setSiteOff(off: boolean): void;
  onMessage(message: ToContent): void;
  destroy(): void;
}

/** Filled in by entrypoints/wic-app.ts when it loads; read by page/load-app.ts. */
export const APP_GLOBAL = '__wicFactPanelApp';
export type StartWicApp = (ctx: ContentScriptContext, verdict: PageVerdict, init: AppInit) => Promise<WicApp>;
