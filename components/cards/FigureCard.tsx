import type { Figure } from '../../core/kb/types.ts';
import { Cite } from '../Cite.tsx';
import { formatDate, formatQuantity } from '../format.ts';
import { SplitIcon, FixIcon } from '../icons.tsx';
import { useView } from '../view-context.tsx';
import { CardHeading } from './heading.tsx';
import type { HeadingLevel } from './heading.tsx';

/** What the page wrote for this figure, and whether it differs from the sourced value beyond rounding. */
export interface FigureReading {
  text: string;
  differs: boolean;
}

export interface FigureCardProps {
  figure: Figure;
  pageReading?: FigureReading;
  headingLevel?: HeadingLevel;
}

/** A figure with its precise value, unit, date, what it measures and its sources. */
export function FigureCard({ figure, pageReading, headingLevel = 4 }: FigureCardProps) {
  const { t, uiLang, cite } = useView();
  const exact = formatQuantity(figure.value, figure.unit, uiLang);
  const value = figure.approx ? t('panel_figure_approx', [exact]) : exact;
  const equivalents = figure.equivalents ?? [];
  const single = figure.confidence === 'single-source' ? cite.source(figure.sources[0] ?? '')?.publisher : undefined;
  return (
    <div class="wic-card wic-figure" data-figure-id={figure.id}>
      <CardHeading level={headingLevel}>
        <span lang="en">{figure.label}</span>
      </CardHeading>
      <p class="wic-figure__value">
        <data value={String(figure.value)}>{value}</data>
        {equivalents.map((eq, i) => (
          <span key={i} class="wic-figure__equiv">
            {t('panel_figure_equivalent', [formatQuantity(eq.value, eq.unit, uiLang)])}
            {eq.note && <span lang="en"> ({eq.note})</span>}
          </span>
        ))}
      </p>
      {pageReading?.differs && (
        <p class="wic-mismatch" data-differs="true">
          <FixIcon />
          <span>{t('panel_figure_differs', [pageReading.text, value])}</span>
        </p>
      )}
      {figure.confidence === 'conflicting' && (
        <p class="wic-flag wic-flag--conflict">
          <SplitIcon />
          <span>{t('panel_sources_disagree')}</span>
        </p>
      )}
      <dl class="wic-meta">
        <div>
          <dt>{t('panel_figure_measures')}</dt>
          <dd lang="en">{figure.measures}</dd>
        </div>
        {figure.shareOf && (
          <div>
            <dt>{t('panel_figure_share_of')}</dt>
            <dd lang="en">{figure.shareOf}</dd>
          </div>
        )}
        <div>
          <dt>{t('panel_figure_as_of')}</dt>
          <dd>{formatDate(figure.asOf, uiLang)}</dd>
        </div>
        <div>
          <dt>{t('panel_figure_sources')}</dt>
          <dd>
            {single !== undefined && <span class="wic-attrib">{t('panel_figure_single_source', [single])} </span>}
            <Cite ids={figure.sources} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
