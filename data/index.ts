// The bundled knowledge base, assembled from the JSON files in this folder. No zod here: the data
// is validated at build/test time (data/validate.ts), so run-time code just trusts the types.
// The content script should import data/names.ts instead, to avoid bundling everything below.
import type {
  Alias,
  Article,
  Edition,
  Entity,
  Fact,
  Figure,
  KnowledgeBase,
  Role,
  Source,
  Term,
} from '../core/kb/types';
import articleJson from './article-et-2017.json';
import briefJson from './brief.json';
import editionsJson from './editions.json';
import entitiesJson from './entities.json';
import figuresJson from './figures.json';
import metaJson from './meta.json';
import sourcesJson from './sources.json';
import termsJson from './terms.json';
import { wicNames } from './names';

export const kb: KnowledgeBase = {
  version: metaJson.version,
  sources: sourcesJson as unknown as Source[],
  brief: briefJson as unknown as Fact[],
  editions: editionsJson as unknown as Edition[],
  entities: entitiesJson as unknown as Entity[],
  terms: termsJson as unknown as Term[],
  figures: figuresJson as unknown as Figure[],
  article: articleJson as unknown as Article,
  names: wicNames,
};

function indexBy<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

let sourceMap: Map<string, Source> | undefined;
let entityMap: Map<string, Entity> | undefined;
let termMap: Map<string, Term> | undefined;
let figureMap: Map<string, Figure> | undefined;
let factMap: Map<string, Fact> | undefined;

export function sourceById(id: string): Source | undefined {
  return (sourceMap ??= indexBy(kb.sources)).get(id);
}

export function entityById(id: string): Entity | undefined {
  return (entityMap ??= indexBy(kb.entities)).get(id);
}

export function termById(id: string): Term | undefined {
  return (termMap ??= indexBy(kb.terms)).get(id);
}

export function figureById(id: string): Figure | undefined {
  return (figureMap ??= indexBy(kb.figures)).get(id);
}

/** Every fact in the knowledge base, wherever it lives (brief, editions, entities, terms). */
export function allFacts(base: KnowledgeBase = kb): Fact[] {
  return [
    ...base.brief,
    ...base.editions.flatMap((e) => [e.xi, ...e.facts]),
    ...base.entities.flatMap((e) => e.facts),
    ...base.terms.flatMap((t) => t.facts),
  ];
}

export function factById(id: string): Fact | undefined {
  return (factMap ??= indexBy(allFacts())).get(id);
}

export function editionByYear(year: number): Edition | undefined {
  return kb.editions.find((e) => e.year === year);
}

/** Does `date` fall within [from, to]? Bounds of month or year precision cover the whole month/year. */
function within(date: string, from: string | undefined, to: string | undefined): boolean {
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/**
 * The roles an entity is known to hold on `date` (ISO). Attested roles count only inside their
 * attested window; other roles without `to` count as still held.
 */
export function rolesOn(entity: Entity, date: string): Role[] {
  return (entity.roles ?? []).filter((r) => (r.from ? within(date, r.from, r.to) : false));
}

/** An alias with what it names: an entity, a term, or the WIC itself (conference / summit names). */
export interface AliasRef extends Alias {
  kind: 'entity' | 'term' | 'conference' | 'summit';
  id: string;
}

/** Every alias the hover matcher and detection may look for, with its referent. */
export function aliasIndex(base: KnowledgeBase = kb): AliasRef[] {
  return [
    ...base.names.conference.map((a) => ({ ...a, kind: 'conference' as const, id: 'wic' })),
    ...base.names.summit.map((a) => ({ ...a, kind: 'summit' as const, id: 'wic' })),
    ...base.entities.flatMap((e) => e.aliases.map((a) => ({ ...a, kind: 'entity' as const, id: e.id }))),
    ...base.terms.flatMap((t) => t.aliases.map((a) => ({ ...a, kind: 'term' as const, id: t.id }))),
  ];
}
