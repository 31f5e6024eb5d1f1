// Per-tab state kept by the background, and what the toolbar button should show for it.
import type { CoverageKind } from './messages';
import { isSiteDisabled, siteOfUrl, type Settings } from './settings';

export interface TabState {
  kind: CoverageKind;
  edition: number | null;
  open: boolean;
  siteDisabled: boolean;
  /** The document URL the content script last reported from ('' when none). */
  url: string;
}

export const EMPTY_TAB: Readonly<TabState> = Object.freeze({ kind: 'none', edition: null, open: false, siteDisabled: false, url: '' });

export interface BadgeLook {
  text: string;
  color: string;
  titleKey: 'actionTitle' | 'actionTitleAbout' | 'actionTitleMentions';
}

export function badgeFor(state: TabState): BadgeLook {
  if (state.kind === 'about' && !state.siteDisabled) return { text: 'WIC', color: '#1f4fbf', titleKey: 'actionTitleAbout' };
  if (state.kind === 'mentions' || state.kind === 'about') return { text: '·', color: '#6b7280', titleKey: 'actionTitleMentions' };
  return { text: '', color: '#6b7280', titleKey: 'actionTitle' };
}

/** Tab states as stored in session storage: keys are tab ids; anything malformed is dropped. */
export function parseStoredTabs(raw: unknown): Map<number, TabState> {
  const out = new Map<number, TabState>();
  if (raw === null || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0 || value === null || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    const kind = v.kind === 'about' || v.kind === 'mentions' ? v.kind : 'none';
    out.set(id, {
      kind,
      edition: typeof v.edition === 'number' && Number.isInteger(v.edition) ? v.edition : null,
      open: v.open === true,
      siteDisabled: v.siteDisabled === true,
      url: typeof v.url === 'string' ? v.url : '',
    });
  }
  return out;
}

/** What the toolbar button's "Don't show / Show on this site" item offers for a tab. */
export interface SiteToggle {
  site: string;
  /** true: the site is off now, so the item offers to show it again. */
  disabled: boolean;
}

/** null when the tab has no known site (the content script never spoke there, or it is not a web page). */
export function siteToggleFor(state: TabState, settings: Settings): SiteToggle | null {
  const site = siteOfUrl(state.url);
  return site ? { site, disabled: isSiteDisabled(settings, site) } : null;
}
