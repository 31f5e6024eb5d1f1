// Where the real browsers live. Debian's packages; CI installs them (see .ci/run).
import { existsSync } from 'node:fs';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

function first(paths: (string | undefined)[]): string | undefined {
  return paths.find((p): p is string => !!p && existsSync(p));
}

export function chromiumPath(): string {
  const found = first(CHROMIUM);
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return found;
}

export function firefoxPath(): string {
  const found = first(FIREFOX);
  if (!found) throw new Error('Firefox ESR not found: install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).');
  return found;
}
