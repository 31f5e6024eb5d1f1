import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Edition } from '../../core/kb/types.ts';
import { ChevronIcon, CloseIcon, Logo } from '../icons.tsx';
import { Names } from '../Names.tsx';
import { useView } from '../view-context.tsx';

export interface PanelHeaderProps {
  titleId: string;
  titleRef: Ref<HTMLHeadingElement>;
  year: number | null;
  edition: Edition | null;
  reasons: { key: string; values: string[] }[];
  onClose(): void;
}

/** Title, the edition the page is about, a close button and "Why am I seeing this?". */
export function PanelHeader({ titleId, titleRef, year, edition, reasons, onClose }: PanelHeaderProps) {
  const { t } = useView();
  const [whyOpen, setWhyOpen] = useState(false);
  const reasonTexts = reasons.map((r) => t(r.key, r.values)).filter((text) => text !== '');
  return (
    <header class="wic-head">
      <div class="wic-head__row">
        <Logo />
        <h2 class="wic-head__title" id={titleId} ref={titleRef} tabIndex={-1}>
          {t('panel_title')}
        </h2>
        <button type="button" class="wic-icon-btn" aria-label={t('panel_close')} title={t('panel_close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {year !== null && (
        <p class="wic-head__edition">
          <span class="wic-year">{year}</span>
          {edition && <Names name={edition.name} nameZh={edition.nameZh} />}
        </p>
      )}
      {reasonTexts.length > 0 && (
        <div class="wic-why">
          <button
            type="button"
            class="wic-why__toggle"
            aria-expanded={whyOpen ? 'true' : 'false'}
            aria-controls="wic-why-list"
            onClick={() => setWhyOpen(!whyOpen)}
          >
            <span>{t('panel_why')}</span>
            <ChevronIcon />
          </button>
          <ul id="wic-why-list" class="wic-why__list" hidden={!whyOpen}>
            {reasonTexts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
