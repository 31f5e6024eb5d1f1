// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelTab } from './PanelTab.tsx';
import { click, enT, mount, textOf, unmountAll, zhT } from './testing/render.tsx';
import { keyEchoT } from './testing/translator.ts';

afterEach(unmountAll);

describe('PanelTab', () => {
  it('is a button named for what it does, its visible text first in its name, showing the edition year', async () => {
    const onOpen = vi.fn();
    const root = mount(<PanelTab t={enT} uiLang="en" theme="light" side="right" edition={2017} onOpen={onOpen} />);
    const tab = root.querySelector<HTMLButtonElement>('button.wic-tab')!;
    expect(tab.getAttribute('type')).toBe('button');
    expect(tab.getAttribute('aria-label')).toBe('WIC 2017: open the context panel');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(textOf(tab)).toBe('WIC 2017');
    expect(tab.getAttribute('aria-label')?.startsWith(textOf(tab))).toBe(true);
    expect(tab.getAttribute('tabindex')).toBeNull();
    await click(tab);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('knows its side and theme, and works without an edition', () => {
    const root = mount(<PanelTab t={zhT} uiLang="zh" theme="dark" side="left" edition={null} onOpen={() => {}} />);
    const tab = root.querySelector<HTMLElement>('.wic-tab')!;
    expect(tab.dataset.side).toBe('left');
    expect(tab.dataset.theme).toBe('dark');
    expect(tab.getAttribute('lang')).toBe('zh-Hans');
    expect(tab.getAttribute('aria-label')).toBe('WIC：打开背景面板');
    expect(tab.querySelector('.wic-tab__year')).toBeNull();
  });

  it('takes all its text from t()', () => {
    const root = mount(<PanelTab t={keyEchoT} uiLang="en" theme="light" side="right" edition={2015} onOpen={() => {}} />);
    const tab = root.querySelector('.wic-tab')!;
    expect(textOf(tab).replace(/⟦[^⟧]*⟧/g, '').replace('2015', '').trim()).toBe('');
    expect(tab.getAttribute('aria-label')).toBe('⟦panel_tab_label_year|2015⟧');
  });
});
