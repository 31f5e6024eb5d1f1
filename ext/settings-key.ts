/** Where the settings live in storage.local. Its own module so the content script can read them without wxt/storage. */
export const SETTINGS_STORAGE_KEY = 'settings';
