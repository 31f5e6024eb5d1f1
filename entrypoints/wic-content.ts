import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '../page/content-main';
import { CONTENT_GLOBAL, type ContentAlive } from '../page/gate/globals';

// Injected into the extension's isolated world by the background (ext/gate-driver.ts) when the gate
// finds the page may name the WIC, or when the reader asks for the panel. Injected again while a
// live copy runs, it does nothing; a copy left from a reloaded extension is replaced.
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  const running = g[CONTENT_GLOBAL];
  try {
    if (typeof running === 'function' && (running as ContentAlive)()) return;
  } catch { /* a copy from an extension that is gone */ }
  const ctx = new ContentScriptContext('content', {});
  startContent(ctx);
  const alive: ContentAlive = () => !ctx.isInvalid;
  g[CONTENT_GLOBAL] = alive;
});
