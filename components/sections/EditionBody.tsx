import type { Edition } from '../../core/kb/types.ts';
import { FactList, FactView } from '../FactView.tsx';
import { formatDateRange } from '../format.ts';
import { useView } from '../view-context.tsx';

/** Dates, place, theme (English and Chinese), how Xi took part, attendees and moments. */
export function EditionBody({ edition }: { edition: Edition }) {
  const { t, uiLang } = useView();
  return (
    <div class="wic-edition">
      <dl class="wic-meta wic-meta--wide">
        <div>
          <dt>{t('panel_edition_dates')}</dt>
          <dd>{formatDateRange(edition.start, edition.end, uiLang)}</dd>
        </div>
        <div>
          <dt>{t('panel_edition_place')}</dt>
          <dd lang="en">{edition.place}</dd>
        </div>
        <div>
          <dt>{t('panel_edition_theme')}</dt>
          <dd>
            <span class="wic-theme-en" lang="en">{edition.theme.en}</span>
            {edition.theme.zh && <span class="wic-theme-zh" lang="zh-Hans">{edition.theme.zh}</span>}
          </dd>
        </div>
      </dl>
      <h4 class="wic-sub">{t('panel_edition_xi')}</h4>
      <FactView fact={edition.xi} />
      {edition.facts.length > 0 && (
        <>
          <h4 class="wic-sub">{t('panel_edition_moments')}</h4>
          <FactList facts={edition.facts} limit={6} />
        </>
      )}
    </div>
  );
}
