import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Article, Claim, Entity, Figure, Quote, Verdict } from '../../core/kb/types.ts';
import { FigureCard } from '../cards/FigureCard.tsx';
import type { FigureReading } from '../cards/FigureCard.tsx';
import { Cite } from '../Cite.tsx';
import { formatDate } from '../format.ts';
import { CheckIcon, ExternalIcon, FixIcon, InfoIcon } from '../icons.tsx';
import { Names } from '../Names.tsx';
import { useView } from '../view-context.tsx';

const VERDICT: Record<Verdict, { Icon: () => JSX.Element; label: string; why: string }> = {
  confirmed: { Icon: CheckIcon, label: 'panel_verdict_confirmed', why: 'panel_claim_why_confirmed' },
  context: { Icon: InfoIcon, label: 'panel_verdict_context', why: 'panel_claim_why_context' },
  corrected: { Icon: FixIcon, label: 'panel_verdict_corrected', why: 'panel_claim_why_corrected' },
};

function ClaimItem({ claim }: { claim: Claim }) {
  const { t } = useView();
  const { Icon, label, why } = VERDICT[claim.verdict];
  return (
    <li class="wic-claim" data-verdict={claim.verdict} data-claim-id={claim.id}>
      <p class={`wic-verdict wic-verdict--${claim.verdict}`}>
        <Icon />
        <span>{t(label)}</span>
      </p>
      <p class="wic-claim__said">
        <span class="wic-claim__label">{t('panel_claim_says')}</span> <q lang="en">{claim.text}</q>
      </p>
      <p class="wic-claim__why">
        <strong class="wic-claim__label">{t(why)}</strong>{' '}
        <span lang="en">{claim.explanation}</span> <Cite ids={claim.sources} />
      </p>
    </li>
  );
}

function QuoteItem({ quote, speaker }: { quote: Quote; speaker: Entity | undefined }) {
  const { t, uiLang } = useView();
  return (
    <li class="wic-quote" data-quote-id={quote.id}>
      <blockquote class="wic-quote__words" lang="en">{quote.words}</blockquote>
      <p class="wic-quote__who">
        {speaker && (
          <span class="wic-quote__speaker">
            <Names name={speaker.name} nameZh={speaker.nameZh} />
          </span>
        )}
        <span class="wic-quote__occasion">
          <span lang="en">{quote.occasion}</span>, <span lang="en">{quote.place}</span>, {formatDate(quote.date, uiLang)}
        </span>{' '}
        <Cite ids={quote.sources} />
      </p>
      {quote.translation && (
        <p class="wic-note wic-quote__translation">
          <strong>{t('panel_quote_translation', [quote.translation.by])}</strong>{' '}
          <span lang="en">{quote.translation.note}</span>
        </p>
      )}
    </li>
  );
}

const VERDICT_ORDER: Verdict[] = ['corrected', 'context', 'confirmed'];

/** Corrections first, then claims that need context; confirmed ones wait behind a button. */
function Claims({ claims }: { claims: Claim[] }) {
  const { t } = useView();
  const [showConfirmed, setShowConfirmed] = useState(false);
  const sorted = VERDICT_ORDER.flatMap((v) => claims.filter((c) => c.verdict === v));
  const confirmed = claims.filter((c) => c.verdict === 'confirmed').length;
  const folded = !showConfirmed && confirmed > 0 && confirmed < claims.length;
  const shown = folded ? sorted.filter((c) => c.verdict !== 'confirmed') : sorted;
  return (
    <>
      <p class="wic-tally">
        {VERDICT_ORDER.map((v) => {
          const n = claims.filter((c) => c.verdict === v).length;
          if (n === 0) return null;
          const { Icon, label } = VERDICT[v];
          return (
            <span key={v} class={`wic-verdict wic-verdict--${v}`}>
              <Icon />
              <span>{t(label)}</span>
              <span class="wic-tally__n">{n}</span>
            </span>
          );
        })}
      </p>
      <ul class="wic-claims">
        {shown.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} />
        ))}
      </ul>
      {folded && (
        <button type="button" class="wic-btn wic-btn--more" onClick={() => setShowConfirmed(true)}>
          {t('panel_show_confirmed', [String(confirmed)])}
        </button>
      )}
    </>
  );
}

export interface ArticleBodyProps {
  article: Article;
  isThisPage: boolean;
  figures: Figure[];
  entities: Entity[];
  figureReadings: Record<string, FigureReading>;
}

/** The E&T article, checked: key claims with verdicts, quotes in context, figures with precise values. */
export function ArticleBody({ article, isThisPage, figures, entities, figureReadings }: ArticleBodyProps) {
  const { t, uiLang } = useView();
  const speakerOf = (id: string) => entities.find((e) => e.id === id);
  return (
    <div class="wic-article">
      <p class="wic-article__intro">{t(isThisPage ? 'panel_article_intro_this' : 'panel_article_intro_other')}</p>
      <p class="wic-article__ref">
        <a href={article.url} target="_blank" rel="noopener noreferrer" class="wic-link">
          <span lang="en">{article.headline}</span>
          <ExternalIcon />
          <span class="wic-vh">{t('panel_new_tab')}</span>
        </a>
        <span class="wic-article__by">
          <span lang="en">{article.publisher}</span> · {formatDate(article.date, uiLang)}
        </span>
      </p>
      {article.claims.length > 0 && (
        <>
          <h4 class="wic-sub">{t('panel_article_claims')}</h4>
          <Claims claims={article.claims} />
        </>
      )}
      {article.quotes.length > 0 && (
        <>
          <h4 class="wic-sub">{t('panel_article_quotes')}</h4>
          <ul class="wic-quotes">
            {article.quotes.map((quote) => (
              <QuoteItem key={quote.id} quote={quote} speaker={speakerOf(quote.speakerId)} />
            ))}
          </ul>
        </>
      )}
      {figures.length > 0 && (
        <>
          <h4 class="wic-sub">{t('panel_article_figures')}</h4>
          <div class="wic-cards">
            {figures.map((figure) => {
              const reading = figureReadings[figure.id];
              return <FigureCard key={figure.id} figure={figure} headingLevel={4} {...(reading ? { pageReading: reading } : {})} />;
            })}
          </div>
        </>
      )}
      {article.imageCredits.length > 0 && (
        <p class="wic-note wic-credits">
          <strong>{t('panel_article_image_credits')}</strong>{' '}
          {article.imageCredits.map((c, i) => (
            <span key={i} lang="en">
              {i > 0 ? '; ' : ''}
              {c.caption}: {c.credit}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
