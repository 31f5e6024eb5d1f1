// Reader settings in storage.local, through one versioned wxt/storage item. The item is defined on
// first use, not at import, so a page that only imports this module does no storage work at all.
// Every read goes through sanitizeSettings: a corrupt field falls back alone, the rest is kept.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, sameSettings, sanitizeSettings, withSiteDisabled, type Settings } from '../core/settings';
import { SETTINGS_STORAGE_KEY } from './settings-key';

export const SETTINGS_KEY = `local:${SETTINGS_STORAGE_KEY}` as const;
/** Bump with a migration below whenever the stored shape changes. */
export const SETTINGS_VERSION = 1;

type StoredSettings = WxtStorageItem<unknown, { v: number }>;
let item: StoredSettings | null = null;

function settingsItem(): StoredSettings {
  item ??= storage.defineItem<unknown, { v: number }>(SETTINGS_KEY, {
    fallback: null,
    version: SETTINGS_VERSION,
    // Version 1 is the first stored shape. A migration to version N receives the value stored at
    // N-1 and may be loose: its result is sanitised field by field like any other read.
    migrations: {},
  });
  return item;
}

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [] };
}

export async function getSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem().getValue());
  } catch {
    return defaultSettings(); // storage unavailable (extension reloading): behave as installed
  }
}

let writes: Promise<unknown> = Promise.resolve();

/** Applies `change` to the current settings and stores the result; writes from one context run in order. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = writes.then(async () => {
    const current = await getSettings();
    const next = sanitizeSettings(change(current));
    if (!sameSettings(current, next)) await settingsItem().setValue(next);
    return next;
  });
  writes = run.catch(() => undefined);
  return run;
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings((current) => ({ ...current, ...patch }));
}

export function setSiteDisabled(site: string, disabled: boolean): Promise<Settings> {
  return updateSettings((current) => withSiteDisabled(current, site, disabled));
}

export function resetSettings(): Promise<Settings> {
  return updateSettings(() => defaultSettings());
}

/** Calls `cb` with sanitised settings whenever they change in any context; returns the unwatch function. */
export function watchSettings(cb: (next: Settings, previous: Settings) => void): () => void {
  return settingsItem().watch((next, previous) => cb(sanitizeSettings(next), sanitizeSettings(previous)));
}
