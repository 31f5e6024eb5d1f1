// Tells the content script whether the reader turned the extension off for this page's site, now and
// whenever the setting changes. Only started on pages about or mentioning the WIC: others never read storage.
// It reads storage.local directly rather than through wxt/storage (ext/settings-store.ts), which would
// add ~9 KB to the script every page loads; sanitizeSettings makes the raw read just as safe.
import { browser, type Browser } from 'wxt/browser';
import { isSiteDisabled, sanitizeSettings } from '../core/settings';
import { SETTINGS_STORAGE_KEY } from './settings-key';

/** Calls `onChange(off)` once with the current answer and again each time it flips; returns a stop function. */
export function followSiteSetting(host: string, onChange: (off: boolean) => void): () => void {
  let off: boolean | null = null;
  let heardChange = false;
  const apply = (stored: unknown) => {
    const next = isSiteDisabled(sanitizeSettings(stored), host);
    if (next === off) return;
    off = next;
    onChange(next);
  };
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_STORAGE_KEY];
    if (area !== 'local' || !change) return;
    heardChange = true;
    apply(change.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  // A change heard meanwhile is newer than this first read.
  browser.storage.local.get(SETTINGS_STORAGE_KEY).then(
    (got) => { if (!heardChange) apply(got[SETTINGS_STORAGE_KEY]); },
    () => { if (!heardChange) apply(null); },
  );
  return () => browser.storage.onChanged.removeListener(onChanged);
}
