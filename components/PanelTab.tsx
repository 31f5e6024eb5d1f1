import { Logo } from './icons.tsx';
import type { Translate, UiLang } from './view-context.tsx';

export interface PanelTabProps {
  t: Translate;
  uiLang: UiLang;
  theme: 'light' | 'dark';
  /** Page edge the tab hugs (the same side the panel opens on). */
  side: 'left' | 'right';
  /** Year of the edition the page is about, shown on the tab; null when unknown. */
  edition: number | null;
  onOpen(): void;
}

/** The small tab at the page edge on a detected page; opening it slides out the panel. */
export function PanelTab({ t, uiLang, theme, side, edition, onOpen }: PanelTabProps) {
  const label = edition === null ? t('panel_tab_label') : t('panel_tab_label_year', [String(edition)]);
  return (
    <button
      type="button"
      class="wic-tab"
      data-theme={theme}
      data-side={side}
      lang={uiLang === 'zh' ? 'zh-Hans' : 'en'}
      aria-label={label}
      title={label}
      aria-expanded="false"
      onClick={onOpen}
    >
      <Logo bare />
      <span class="wic-tab__mark">{t('panel_tab_mark')}</span>
      {edition !== null && (
        <>
          {' '}
          <span class="wic-tab__year">{edition}</span>
        </>
      )}
    </button>
  );
}
