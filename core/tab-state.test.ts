import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { badgeFor, EMPTY_TAB, parseStoredTabs, siteToggleFor, type TabState } from './tab-state';

const tab = (patch: Partial<TabState>): TabState => ({ ...EMPTY_TAB, ...patch });

describe('badgeFor', () => {
  it('says WIC on pages about the WIC, a quiet mark on mentions and on switched-off sites, nothing elsewhere', () => {
    expect(badgeFor(tab({ kind: 'about' }))).toEqual({ text: 'WIC', color: '#1f4fbf', titleKey: 'actionTitleAbout' });
    expect(badgeFor(tab({ kind: 'mentions' }))).toEqual({ text: '·', color: '#6b7280', titleKey: 'actionTitleMentions' });
    expect(badgeFor(tab({ kind: 'about', siteDisabled: true })).text).toBe('·');
    expect(badgeFor(tab({ kind: 'none', open: true })).text).toBe('');
  });

  it('paints each kind in its own colour (the background uses the colour to tell a page was replaced)', () => {
    expect(badgeFor(tab({ kind: 'about' })).color).not.toBe(badgeFor(tab({ kind: 'none' })).color);
  });
});

describe('parseStoredTabs', () => {
  it('restores what the registry stored', () => {
    const stored = { 12: { kind: 'about', edition: 2017, open: true, siteDisabled: false, url: 'https://a.com/x' } };
    expect(parseStoredTabs(stored)).toEqual(new Map([[12, stored[12]]]));
  });

  it('drops or repairs whatever is malformed', () => {
    const out = parseStoredTabs({ x: {}, '-1': {}, 3: null, 4: { kind: 'bogus', edition: 1.5, open: 'yes', url: 5 } });
    expect(out).toEqual(new Map([[4, EMPTY_TAB]]));
    expect(parseStoredTabs('garbage').size).toBe(0);
    expect(parseStoredTabs(undefined).size).toBe(0);
  });
});

describe('siteToggleFor', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };

  it('offers to switch a known site off, or on again', () => {
    expect(siteToggleFor(tab({ url: 'https://www.zeit.de/a' }), settings)).toEqual({ site: 'zeit.de', disabled: false });
    expect(siteToggleFor(tab({ url: 'https://news.example.com/a' }), settings)).toEqual({ site: 'news.example.com', disabled: true });
  });

  it('offers nothing where the site is unknown or not a web page', () => {
    expect(siteToggleFor(EMPTY_TAB, settings)).toBeNull();
    expect(siteToggleFor(tab({ url: 'file:///tmp/a.html' }), settings)).toBeNull();
  });
});
