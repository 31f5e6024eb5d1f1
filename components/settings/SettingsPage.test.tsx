// @vitest-environment happy-dom
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from '../../core/settings';
import { click, enT, mount, textOf, unmountAll, zhT } from '../testing/render.tsx';
import { keyEchoT } from '../testing/translator.ts';
import type { Translate } from '../view-context.tsx';
import { SettingsPage } from './SettingsPage.tsx';
import type { Shortcut } from './ShortcutList.tsx';
import { resolveTheme } from './theme.ts';

const SHORTCUTS: Shortcut[] = [
  { name: 'toggle-panel', description: 'Show or hide the WIC context panel', shortcut: 'Alt+Shift+K' },
  { name: 'next-term', description: 'Go to the next marked term', shortcut: '' },
];

/** The page with a store behind it, as the options entrypoint wires it. */
function renderPage(initial: Partial<Settings> = {}, t: Translate = enT) {
  const stored = { current: sanitizeSettings({ ...DEFAULT_SETTINGS, ...initial }) };
  const onChangeShortcuts = vi.fn();
  function Harness() {
    const [settings, setSettings] = useState(stored.current);
    const latest = useRef(settings);
    latest.current = settings;
    const update = async (change: (s: Settings) => Settings) => {
      stored.current = sanitizeSettings(change(latest.current));
      setSettings(stored.current);
      return stored.current;
    };
    return <SettingsPage t={t} uiLang="en" settings={settings} shortcuts={SHORTCUTS} update={update} onChangeShortcuts={onChangeShortcuts} />;
  }
  const root = mount(<Harness />);
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & Element>(sel) as unknown as T;
  return { root, stored, onChangeShortcuts, $ };
}

async function change(el: HTMLInputElement, value?: string | boolean) {
  await act(async () => {
    if (typeof value === 'boolean') el.checked = value;
    else if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event(typeof value === 'string' && el.type === 'text' ? 'input' : 'change', { bubbles: true }));
  });
  await act(async () => { await Promise.resolve(); });
}

async function submit(form: HTMLFormElement) {
  await act(async () => { form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
  await act(async () => { await Promise.resolve(); });
}

afterEach(unmountAll);

describe('SettingsPage', () => {
  it('takes every visible string and label from t', () => {
    const { root } = renderPage({ disabledSites: ['example.com'] }, keyEchoT);
    const text = textOf(root).replace(/⟦[^⟧]*⟧/g, '').replace(/example\.com|Alt\+Shift\+K|Show or hide the WIC context panel|Go to the next marked term/g, '');
    expect(text.trim()).toBe('');
    for (const el of root.querySelectorAll('[aria-label], [placeholder]')) {
      for (const attr of ['aria-label', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v !== null) expect(v).toMatch(/^⟦.*⟧$/);
      }
    }
  });

  it('shows the stored values, each control labelled', () => {
    const { $ } = renderPage({ autoOpen: true, side: 'left', layout: 'overlay', theme: 'dark', hoverDelayMs: 600, markTerms: false });
    expect($<HTMLInputElement>('#auto-open').checked).toBe(true);
    expect($<HTMLInputElement>('#mark-terms').checked).toBe(false);
    expect($<HTMLInputElement>('#side-left').checked).toBe(true);
    expect($<HTMLInputElement>('#layout-overlay').checked).toBe(true);
    expect($<HTMLInputElement>('#theme-dark').checked).toBe(true);
    expect($<HTMLInputElement>('#hover-delay').value).toBe('600');
    expect($<HTMLInputElement>('#hover-delay').getAttribute('aria-valuetext')).toBe('600 ms');
    for (const id of ['auto-open', 'mark-terms', 'hover-delay', 'site-add']) expect($(`label[for="${id}"]`)).not.toBeNull();
    expect(textOf($('legend'))).toBe('Panel side');
  });

  it('stores each change as it is made', async () => {
    const { $, stored } = renderPage();
    await change($('#auto-open'), true);
    await change($('#side-left'), true);
    await change($('#layout-push'), true);
    await change($('#theme-light'), true);
    await change($('#mark-terms'), false);
    await change($('#hover-delay'), '750');
    expect(stored.current).toEqual({
      autoOpen: true, markTerms: false, hoverDelayMs: 750, side: 'left', layout: 'push', theme: 'light', disabledSites: [],
    });
    expect(textOf($('[role="status"]'))).toBe('Saved.');
  });

  it('adds a site from a host or an address, refuses what is not one, and removes it', async () => {
    const { $, root, stored } = renderPage({ disabledSites: ['zeit.de'] });
    const input = $<HTMLInputElement>('#site-add');
    await change(input, 'not a site!');
    await submit($('form'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(textOf($('[role="alert"]'))).toBe('Enter a site such as example.com, or a page address.');
    expect(stored.current.disabledSites).toEqual(['zeit.de']);

    await change(input, 'https://www.Reuters.com/world/');
    await submit($('form'));
    expect(stored.current.disabledSites).toEqual(['reuters.com', 'zeit.de']);
    expect(input.value).toBe('');
    expect($('[role="alert"]')).toBeNull();
    expect([...root.querySelectorAll('.wic-set__site-name')].map(textOf)).toEqual(['reuters.com', 'zeit.de']);

    await click($('button[aria-label="Remove reuters.com"]'));
    expect(stored.current.disabledSites).toEqual(['zeit.de']);
    expect(document.activeElement).toBe($('button[aria-label="Remove zeit.de"]'));
    await click($('button[aria-label="Remove zeit.de"]'));
    expect(stored.current.disabledSites).toEqual([]);
    expect(document.activeElement).toBe(input);
    expect(textOf($('.wic-set__empty'))).toContain('None yet.');
  });

  it('resets to the defaults and undoes the reset', async () => {
    const before = { side: 'left' as const, theme: 'dark' as const, disabledSites: ['a.com'], hoverDelayMs: 900 };
    const { $, root, stored } = renderPage(before);
    await click([...root.querySelectorAll('button')].find((b) => textOf(b) === 'Reset to defaults'));
    expect(stored.current).toEqual({ ...DEFAULT_SETTINGS, disabledSites: [] });
    expect(textOf($('[role="status"]'))).toBe('Settings reset to defaults.Undo');
    await click($('[role="status"] button'));
    expect(stored.current).toMatchObject(before);
    expect(textOf($('[role="status"]'))).toBe('Previous settings restored.');
  });

  it('lists the shortcuts and sends the reader to the browser to change them', async () => {
    const { root, onChangeShortcuts } = renderPage();
    expect([...root.querySelectorAll('.wic-set__key-row')].map(textOf)).toEqual([
      'Show or hide the WIC context panelAlt+Shift+K',
      'Go to the next marked termNot set',
    ]);
    await click([...root.querySelectorAll('button')].find((b) => textOf(b) === 'Change shortcuts'));
    expect(onChangeShortcuts).toHaveBeenCalledOnce();
  });

  it('reads in Simplified Chinese', () => {
    const { $ } = renderPage({}, zhT);
    expect(textOf($('h1'))).toBe('WIC 事实面板设置');
    expect(textOf($('label[for="auto-open"]'))).toBe('自动打开面板');
  });
});

describe('resolveTheme', () => {
  it('follows the system unless the reader chose', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
