import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { APP_GLOBAL } from '../page/app-types';
import { startWicApp } from '../page/app';

// Loaded by page/load-app.ts with import(); hands its entry point to the content script.
export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[APP_GLOBAL] = startWicApp;
});
