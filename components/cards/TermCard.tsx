import type { Term } from '../../core/kb/types.ts';
import { Cite } from '../Cite.tsx';
import { FactList } from '../FactView.tsx';
import { Names } from '../Names.tsx';
import { FoundInPage } from './FoundInPage.tsx';
import { CardHeading } from './heading.tsx';
import type { HeadingLevel } from './heading.tsx';

export interface TermCardProps {
  term: Term;
  count?: number;
  onJump?: (id: string) => void;
  headingLevel?: HeadingLevel;
  /** Facts shown before "Show n more" (default 2: cards stay short). */
  factLimit?: number;
}

/** A key term: names, a plain definition with its sources, and context facts. */
export function TermCard({ term, count, onJump, headingLevel = 4, factLimit = 2 }: TermCardProps) {
  return (
    <div class="wic-card" data-term-id={term.id}>
      <CardHeading level={headingLevel}>
        <Names name={term.name} nameZh={term.nameZh} />
      </CardHeading>
      <p class="wic-card__lead">
        <span lang="en">{term.definition}</span> <Cite ids={term.sources} />
      </p>
      <FactList facts={term.facts} limit={factLimit} />
      <FoundInPage id={term.id} count={count} onJump={onJump} />
    </div>
  );
}
