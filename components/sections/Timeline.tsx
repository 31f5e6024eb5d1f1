import type { Edition } from '../../core/kb/types.ts';
import { formatDateRange } from '../format.ts';
import { Names } from '../Names.tsx';
import { useView } from '../view-context.tsx';

/** Every edition from 2014 on; the page's own edition is marked. */
export function Timeline({ editions, currentYear }: { editions: Edition[]; currentYear: number | null }) {
  const { t, uiLang } = useView();
  return (
    <ol class="wic-timeline">
      {editions.map((edition) => {
        const current = edition.year === currentYear;
        return (
          <li
            key={edition.id}
            class="wic-timeline__item"
            data-year={edition.year}
            data-current={current ? 'true' : 'false'}
            {...(current ? { 'aria-current': 'true' as const } : {})}
          >
            <span class="wic-timeline__year">{edition.year}</span>
            <div class="wic-timeline__body">
              <p class="wic-timeline__name">
                <Names name={edition.name} nameZh={edition.nameZh} />
                {current && <span class="wic-tag">{t('panel_timeline_this_page')}</span>}
              </p>
              <p class="wic-timeline__when">
                {formatDateRange(edition.start, edition.end, uiLang)} · <span lang="en">{edition.place}</span>
              </p>
              <p class="wic-timeline__theme" lang="en">{edition.theme.en}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
