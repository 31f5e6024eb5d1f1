import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent, type ContentHandle } from '../page/content-main';
import { CONTENT_GLOBAL, type StartContent } from '../page/gate/globals';

// Loaded by the gate (page/gate/gate-main.ts) with import() when a page may name the WIC, or when the
// reader asks for the panel; hands the gate a function that starts the content code once.
export default defineUnlistedScript(() => {
  let handle: ContentHandle | null = null;
  const start: StartContent = (message) => {
    handle ??= startContent(new ContentScriptContext('content', {}));
    if (message !== undefined) handle.deliver(message);
  };
  (globalThis as unknown as Record<string, unknown>)[CONTENT_GLOBAL] = start;
});
