import type { Entity, Role } from '../../core/kb/types.ts';
import { Cite } from '../Cite.tsx';
import { FactList } from '../FactView.tsx';
import { formatDate, formatDateRange } from '../format.ts';
import { Names } from '../Names.tsx';
import type { Translate, UiLang } from '../view-context.tsx';
import { useView } from '../view-context.tsx';
import { FoundInPage } from './FoundInPage.tsx';
import { CardHeading } from './heading.tsx';
import type { HeadingLevel } from './heading.tsx';

export interface EntityCardProps {
  entity: Entity;
  /** Occurrences on the page (from the matcher); with onJump, shows "Show in page". */
  count?: number;
  onJump?: (id: string) => void;
  headingLevel?: HeadingLevel;
  /** Facts shown before "Show n more" (default 2: cards stay short). */
  factLimit?: number;
}

function rolePeriod(role: Role, t: Translate, lang: UiLang): string {
  if (role.attested) {
    const span = role.from && role.to ? formatDateRange(role.from, role.to, lang) : formatDate(role.from ?? role.to ?? '', lang);
    return span ? t('panel_role_attested', [span]) : '';
  }
  if (role.from && role.to) return formatDateRange(role.from, role.to, lang);
  if (role.from) return t('panel_role_since', [formatDate(role.from, lang)]);
  if (role.to) return t('panel_role_until', [formatDate(role.to, lang)]);
  return '';
}

/** A person, body or place: names (English and Chinese), one-line summary, roles and facts, each sourced. */
export function EntityCard({ entity, count, onJump, headingLevel = 4, factLimit = 2 }: EntityCardProps) {
  const { t, uiLang } = useView();
  const roles = entity.roles ?? [];
  return (
    <div class="wic-card" data-entity-id={entity.id} data-kind={entity.kind}>
      <CardHeading level={headingLevel}>
        <Names name={entity.name} nameZh={entity.nameZh} />
      </CardHeading>
      <p class="wic-card__lead" lang="en">{entity.summary}</p>
      {roles.length > 0 && (
        <ul class="wic-roles">
          {roles.map((role, i) => {
            const period = rolePeriod(role, t, uiLang);
            return (
              <li key={i} class="wic-role">
                <span class="wic-role__title" lang="en">{role.title}</span>
                {period && <span class="wic-role__when">{period}</span>}
                <Cite ids={role.sources} />
                {role.note && <span class="wic-note wic-role__note" lang="en">{role.note}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <FactList facts={entity.facts} limit={factLimit} />
      <FoundInPage id={entity.id} count={count} onJump={onJump} />
    </div>
  );
}
