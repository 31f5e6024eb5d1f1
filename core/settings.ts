// Reader settings: defaults and a field-by-field sanitiser, so a corrupt or unknown stored value
// falls back to its default without costing the reader their other settings.

export type Theme = 'system' | 'light' | 'dark';
export type Side = 'right' | 'left';
export type Layout = 'auto' | 'push' | 'overlay';

export interface Settings {
  autoOpen: boolean;
  markTerms: boolean;
  hoverDelayMs: number;
  side: Side;
  layout: Layout;
  theme: Theme;
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoOpen: false,
  markTerms: true,
  hoverDelayMs: 300,
  side: 'right',
  layout: 'auto',
  theme: 'system',
  disabledSites: [],
});

export const HOVER_DELAY_RANGE = { min: 100, max: 1500 } as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Lower-cased host without a leading "www.", or null when `input` is not a usable host. */
export function normalizeSite(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (s.includes('/') || s.includes(':')) s = new URL(s.includes('://') ? s : `https://${s}`).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) || /^\[[0-9a-f:]+\]$/.test(s) ? s : null;
}

export function sanitizeSettings(raw: unknown): Settings {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const delay = typeof r.hoverDelayMs === 'number' && Number.isFinite(r.hoverDelayMs)
    ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, r.hoverDelayMs)))
    : d.hoverDelayMs;
  const sites = Array.isArray(r.disabledSites)
    ? [...new Set(r.disabledSites.map(normalizeSite).filter((s): s is string => s !== null))]
    : [];
  return {
    autoOpen: typeof r.autoOpen === 'boolean' ? r.autoOpen : d.autoOpen,
    markTerms: typeof r.markTerms === 'boolean' ? r.markTerms : d.markTerms,
    hoverDelayMs: delay,
    side: oneOf(r.side, ['right', 'left'], d.side),
    layout: oneOf(r.layout, ['auto', 'push', 'overlay'], d.layout),
    theme: oneOf(r.theme, ['system', 'light', 'dark'], d.theme),
    disabledSites: sites,
  };
}

export function isSiteDisabled(settings: Settings, host: string): boolean {
  const site = normalizeSite(host);
  if (!site) return false;
  return settings.disabledSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** The site a page URL belongs to (normalised host), or null for pages that have none (about:, data:, files). */
export function siteOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeSite(u.hostname) : null;
  } catch {
    return null;
  }
}

/** `settings` with `site` added to or removed from the sites where the extension stays quiet. */
export function withSiteDisabled(settings: Settings, site: string, disabled: boolean): Settings {
  const s = normalizeSite(site);
  if (!s) return settings;
  // Removing must also lift a parent-domain entry, or the site would stay disabled.
  const rest = settings.disabledSites.filter((d) => d !== s && !(disabled === false && s.endsWith(`.${d}`)));
  return { ...settings, disabledSites: disabled ? [...rest, s].sort() : rest };
}

/** Field-by-field equality, so writers can skip no-op saves and watchers no-op repaints. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return a.autoOpen === b.autoOpen && a.markTerms === b.markTerms && a.hoverDelayMs === b.hoverDelayMs &&
    a.side === b.side && a.layout === b.layout && a.theme === b.theme &&
    a.disabledSites.length === b.disabledSites.length && a.disabledSites.every((s, i) => s === b.disabledSites[i]);
}
