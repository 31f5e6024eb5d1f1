import type { NumberedSource } from '../citations.ts';
import { sourceAnchorId } from '../citations.ts';
import { formatDate } from '../format.ts';
import { ExternalIcon } from '../icons.tsx';
import { useView } from '../view-context.tsx';

export interface SourceListProps {
  sources: NumberedSource[];
  /** The entry a citation marker just led to: it offers a way back to where the reader was. */
  arrivedAt: number | null;
  onBack(): void;
}

/** Numbered sources; each opens in a new tab. Entry n has the id the [n] markers point at. */
export function SourceList({ sources, arrivedAt, onBack }: SourceListProps) {
  const { t, uiLang } = useView();
  return (
    <ol class="wic-sources">
      {sources.map(({ n, source }) => (
        <li key={source.id} id={sourceAnchorId(n)} class="wic-source" tabIndex={-1} data-source-id={source.id} data-arrived={arrivedAt === n ? 'true' : undefined}>
          <span class="wic-source__n" aria-hidden="true">{n}</span>
          <div class="wic-source__body">
            <a class="wic-link" href={source.url} target="_blank" rel="noopener noreferrer">
              <span lang="en">{source.title}</span>
              <ExternalIcon />
              <span class="wic-vh">{t('panel_new_tab')}</span>
            </a>
            <span class="wic-source__meta">
              <span lang="en">{source.publisher}</span>
              {source.date && <> · {formatDate(source.date, uiLang)}</>}
            </span>
            {arrivedAt === n && (
              <button type="button" class="wic-btn wic-btn--link" onClick={onBack}>
                {t('panel_back_to_text')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
