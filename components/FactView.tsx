import { useState } from 'preact/hooks';
import type { Fact } from '../core/kb/types.ts';
import { Cite } from './Cite.tsx';
import { SplitIcon } from './icons.tsx';
import type { Translate } from './view-context.tsx';
import { useView } from './view-context.tsx';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who a single-source fact rests on: its attribution phrase ("according to Reuters"), else its source's publisher. */
function attributionOf(fact: Fact, t: Translate, publisherOf: (id: string) => string | undefined): string | undefined {
  if (fact.attribution) return t('panel_attribution', [capitalised(fact.attribution)]);
  const publisher = fact.sources[0] === undefined ? undefined : publisherOf(fact.sources[0]);
  return publisher === undefined ? undefined : t('panel_according_to', [publisher]);
}

/**
 * One fact, shown as its support allows: plain when confirmed, "According to …" when it rests on one
 * source, and never flat when sources disagree — then each side is shown with its own citations.
 */
export function FactView({ fact }: { fact: Fact }) {
  const { t, cite } = useView();
  if (fact.confidence === 'conflicting') {
    const sides = fact.sides ?? [];
    return (
      <div class="wic-fact wic-fact--conflict" data-fact-id={fact.id} data-confidence="conflicting">
        <p class="wic-flag wic-flag--conflict">
          <SplitIcon />
          <span>{t('panel_sources_disagree')}</span>
        </p>
        {sides.length > 0 ? (
          <ul class="wic-sides">
            {sides.map((side, i) => (
              <li key={i} class="wic-side">
                <span lang="en">{side.text}</span> <Cite ids={side.sources} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="wic-fact__text">
            <span lang="en">{fact.text}</span> <Cite ids={fact.sources} />
          </p>
        )}
        {fact.note && <p class="wic-note" lang="en">{fact.note}</p>}
      </div>
    );
  }
  const who = fact.confidence === 'single-source' ? attributionOf(fact, t, (id) => cite.source(id)?.publisher) : undefined;
  return (
    <div class="wic-fact" data-fact-id={fact.id} data-confidence={fact.confidence}>
      <p class="wic-fact__text">
        {who !== undefined && <span class="wic-attrib">{who} </span>}
        <span lang="en">{fact.text}</span> <Cite ids={fact.sources} />
      </p>
      {fact.note && <p class="wic-note" lang="en">{fact.note}</p>}
    </div>
  );
}

/** Facts as a list; with `limit`, the rest wait behind "Show n more" so long lists stay scannable. */
export function FactList({ facts, limit }: { facts: Fact[]; limit?: number }) {
  const { t } = useView();
  const [all, setAll] = useState(false);
  if (facts.length === 0) return null;
  const folded = limit !== undefined && !all && facts.length > limit + 1;
  const shown = folded ? facts.slice(0, limit) : facts;
  return (
    <>
      <ul class="wic-facts">
        {shown.map((fact) => (
          <li key={fact.id}>
            <FactView fact={fact} />
          </li>
        ))}
      </ul>
      {folded && (
        <button type="button" class="wic-btn wic-btn--more" onClick={() => setAll(true)}>
          {t('panel_show_more', [String(facts.length - shown.length)])}
        </button>
      )}
    </>
  );
}
