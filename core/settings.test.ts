import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, isSiteDisabled, normalizeSite, sameSettings, sanitizeSettings, siteOfUrl, withSiteDisabled, type Settings,
} from './settings';

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [] });

describe('sanitizeSettings', () => {
  it('gives the defaults for anything that is not an object', () => {
    for (const raw of [undefined, null, 'garbage', 42, true, [], () => 1]) expect(sanitizeSettings(raw)).toEqual(defaults());
  });

  it('replaces only the corrupt fields and keeps the rest', () => {
    const out = sanitizeSettings({
      autoOpen: true, markTerms: 'yes', hoverDelayMs: 'soon', side: 'left', layout: 'sideways', theme: 'dark',
      disabledSites: ['Example.COM', 'not a site!', 7, 'www.news.example.org', 'example.com'], unknown: 1,
    });
    expect(out).toEqual({
      autoOpen: true, markTerms: true, hoverDelayMs: 300, side: 'left', layout: 'auto', theme: 'dark',
      disabledSites: ['example.com', 'news.example.org'],
    });
  });

  it('clamps and rounds the hover delay', () => {
    expect(sanitizeSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(100);
    expect(sanitizeSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(1500);
    expect(sanitizeSettings({ hoverDelayMs: 333.7 }).hoverDelayMs).toBe(334);
    expect(sanitizeSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
    expect(sanitizeSettings({ hoverDelayMs: Infinity }).hoverDelayMs).toBe(300);
  });

  it('always returns valid settings and is idempotent, whatever is stored', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const once = sanitizeSettings(raw);
      expect(sanitizeSettings(once)).toEqual(once);
      expect(['right', 'left']).toContain(once.side);
      expect(['auto', 'push', 'overlay']).toContain(once.layout);
      expect(['system', 'light', 'dark']).toContain(once.theme);
      expect(once.disabledSites.every((s) => normalizeSite(s) === s)).toBe(true);
    }));
  });
});

describe('sites', () => {
  it('normalises hosts and page addresses to a site', () => {
    expect(normalizeSite(' WWW.Reuters.com ')).toBe('reuters.com');
    expect(normalizeSite('https://www.reuters.com/world/china/')).toBe('reuters.com');
    expect(normalizeSite('news.example.org:8080/path')).toBe('news.example.org');
    expect(normalizeSite('example.com.')).toBe('example.com');
    expect(normalizeSite('http://[::1]:3000/')).toBe('[::1]');
    for (const bad of ['', '  ', 'not a site!', 'a..b', 42, null]) expect(normalizeSite(bad)).toBeNull();
  });

  it('knows the site of web pages only', () => {
    expect(siteOfUrl('https://www.eandt.theiet.org/content/x#y')).toBe('eandt.theiet.org');
    expect(siteOfUrl('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    for (const none of ['about:blank', 'chrome://extensions', 'file:///tmp/a.html', 'data:text/html,x', '', 'nonsense']) {
      expect(siteOfUrl(none)).toBeNull();
    }
  });

  it('treats subdomains of a disabled site as disabled', () => {
    const s = { ...defaults(), disabledSites: ['example.com'] };
    expect(isSiteDisabled(s, 'example.com')).toBe(true);
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'badexample.com')).toBe(false);
    expect(isSiteDisabled(s, 'example.org')).toBe(false);
  });

  it('adds a site once, sorted, and removing it (or a subdomain of it) shows the site again', () => {
    let s = withSiteDisabled(defaults(), 'www.Zeit.de', true);
    s = withSiteDisabled(s, 'https://example.com/a', true);
    s = withSiteDisabled(s, 'example.com', true);
    expect(s.disabledSites).toEqual(['example.com', 'zeit.de']);
    const shown = withSiteDisabled(s, 'news.example.com', false);
    expect(shown.disabledSites).toEqual(['zeit.de']);
    expect(isSiteDisabled(shown, 'news.example.com')).toBe(false);
    expect(withSiteDisabled(s, 'not a site!', true)).toBe(s);
  });

  it('compares settings field by field', () => {
    expect(sameSettings(defaults(), defaults())).toBe(true);
    expect(sameSettings(defaults(), { ...defaults(), theme: 'dark' })).toBe(false);
    expect(sameSettings(defaults(), { ...defaults(), disabledSites: ['a.com'] })).toBe(false);
    expect(sameSettings({ ...defaults(), disabledSites: ['a.com', 'b.com'] }, { ...defaults(), disabledSites: ['b.com', 'a.com'] })).toBe(false);
  });
});
