// Loads the WIC app bundle (panel, knowledge base, marks) into this content script's isolated
// world. It is a separate file so pages that are not about the WIC never pay to parse it.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { APP_GLOBAL, type AppInit, type StartWicApp, type WicApp } from './app-types';
import type { PageVerdict } from './detect-here';

export async function loadApp(ctx: ContentScriptContext, verdict: PageVerdict, init: AppInit): Promise<WicApp | null> {
  const holder = globalThis as unknown as Record<string, StartWicApp | undefined>;
  if (!holder[APP_GLOBAL]) {
    const url = browser.runtime.getURL('/wic-app.js');
    await import(/* @vite-ignore */ url);
  }
  const start = holder[APP_GLOBAL];
  if (!start || ctx.isInvalid) return null;
  return start(ctx, verdict, init);
}
