// Build/test-time validation of the knowledge base: the zod schema plus the cross-record rules
// (ids that must exist, unique aliases, names.json in step with editions.json). Messages name the
// file, the record id and the field, e.g. "figures.json › fig-x › sources: must have at least 1 source".
import type { Alias, KnowledgeBase } from '../core/kb/types';
import { foldText } from '../core/text/fold';
import aliasExceptionsJson from './alias-exceptions.json';
import { allFacts, kb } from './index';
import { knowledgeBaseSchema } from './schema';

/** An alias deliberately shared by several records, with the reason it is not ambiguous. */
export interface AliasException {
  text: string;
  owners: string[];
  reason: string;
}

const FILES: Record<string, string> = {
  version: 'meta.json',
  sources: 'sources.json',
  brief: 'brief.json',
  editions: 'editions.json',
  entities: 'entities.json',
  terms: 'terms.json',
  figures: 'figures.json',
  article: 'article-et-2017.json',
  names: 'names.json',
};

/** "file › record-id › field › nested-id › field" for a zod-style path into the raw data. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [top, ...rest] = path;
  const file = FILES[String(top)] ?? 'knowledge base';
  const parts: string[] = [file];
  let node: unknown = (raw as Record<string, unknown> | null)?.[String(top)];
  for (const key of rest) {
    const child: unknown = node == null ? undefined : (node as Record<PropertyKey, unknown>)[key];
    if (typeof key === 'number') {
      const childId = (child as { id?: unknown } | undefined)?.id;
      const label = typeof childId === 'string' ? childId : `[${key}]`;
      // Collapse "facts › [3]" to "facts[3]" when there is no id to show.
      if (label.startsWith('[') && parts.length > 1) parts[parts.length - 1] += label;
      else parts.push(label);
    } else {
      parts.push(String(key));
    }
    node = child;
  }
  return parts.length === 1 ? file : `${parts[0]} › ${parts.slice(1).join(' › ')}`;
}

function at(file: string, ...segments: string[]): string {
  return [file, ...segments].join(' › ');
}

function aliasKey(alias: Alias): string {
  return foldText(alias.text.trim());
}

/** Cross-record rules; `base` has already passed the schema. */
function crossCheck(base: KnowledgeBase, exceptions: readonly AliasException[]): string[] {
  const errors: string[] = [];

  const duplicates = (file: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(at(file, id, 'id: is used by more than one record'));
      seen.add(id);
    }
  };
  duplicates('sources.json', base.sources.map((s) => s.id));
  duplicates('editions.json', base.editions.map((e) => e.id));
  duplicates('entities.json', base.entities.map((e) => e.id));
  duplicates('terms.json', base.terms.map((t) => t.id));
  duplicates('figures.json', base.figures.map((f) => f.id));
  duplicates('article-et-2017.json', [...base.article.claims.map((c) => c.id), ...base.article.quotes.map((q) => q.id)]);
  duplicates('facts (all files)', allFacts(base).map((f) => f.id));

  // Every source id used anywhere must exist; every source must be used.
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const used = new Set<string>();
  const checkSources = (where: string, ids: readonly string[]): void => {
    for (const id of ids) {
      used.add(id);
      if (!sourceIds.has(id)) errors.push(`${where}: unknown source "${id}"`);
    }
  };
  const checkFact = (where: string, fact: KnowledgeBase['brief'][number]): void => {
    checkSources(at(where, fact.id, 'sources'), fact.sources);
    fact.sides?.forEach((side, i) => checkSources(at(where, fact.id, `sides[${i}]`, 'sources'), side.sources));
  };
  base.brief.forEach((f) => checkFact('brief.json', f));
  for (const e of base.editions) {
    checkFact(at('editions.json', e.id, 'xi'), e.xi);
    e.facts.forEach((f) => checkFact(at('editions.json', e.id, 'facts'), f));
  }
  for (const e of base.entities) {
    e.facts.forEach((f) => checkFact(at('entities.json', e.id, 'facts'), f));
    e.roles?.forEach((r, i) => checkSources(at('entities.json', e.id, `roles[${i}]`, 'sources'), r.sources));
    if (!e.id.startsWith(`${e.kind}-`)) errors.push(at('entities.json', e.id, `kind: "${e.kind}" does not match the id prefix`));
    if (e.facts.length === 0 && !e.roles?.length) errors.push(at('entities.json', e.id, 'facts: must have a sourced fact or role'));
  }
  for (const t of base.terms) {
    checkSources(at('terms.json', t.id, 'sources'), t.sources);
    t.facts.forEach((f) => checkFact(at('terms.json', t.id, 'facts'), f));
  }
  base.figures.forEach((f) => checkSources(at('figures.json', f.id, 'sources'), f.sources));
  base.article.claims.forEach((c) => checkSources(at('article-et-2017.json', c.id, 'sources'), c.sources));
  base.article.quotes.forEach((q) => checkSources(at('article-et-2017.json', q.id, 'sources'), q.sources));
  for (const s of base.sources) {
    if (!used.has(s.id)) errors.push(at('sources.json', s.id, 'id: is not cited by any record'));
  }

  // Article references.
  const factIds = new Set(allFacts(base).map((f) => f.id));
  const entities = new Map(base.entities.map((e) => [e.id, e]));
  const termIds = new Set(base.terms.map((t) => t.id));
  const figureIds = new Set(base.figures.map((f) => f.id));
  const art = 'article-et-2017.json';
  for (const c of base.article.claims) {
    for (const id of c.factIds) if (!factIds.has(id)) errors.push(at(art, c.id, `factIds: unknown fact "${id}"`));
  }
  for (const q of base.article.quotes) {
    const speaker = entities.get(q.speakerId);
    if (!speaker) errors.push(at(art, q.id, `speakerId: unknown entity "${q.speakerId}"`));
    else if (speaker.kind !== 'person') errors.push(at(art, q.id, `speakerId: "${q.speakerId}" is not a person`));
  }
  base.article.figureIds.forEach((id) => figureIds.has(id) || errors.push(at(art, `figureIds: unknown figure "${id}"`)));
  base.article.entityIds.forEach((id) => entities.has(id) || errors.push(at(art, `entityIds: unknown entity "${id}"`)));
  base.article.termIds.forEach((id) => termIds.has(id) || errors.push(at(art, `termIds: unknown term "${id}"`)));

  // Aliases: one folded text, one referent — unless an exception explains why not.
  const owners = new Map<string, { text: string; owners: Set<string> }>();
  const addAlias = (owner: string, alias: Alias): void => {
    const key = aliasKey(alias);
    const entry = owners.get(key) ?? { text: alias.text, owners: new Set<string>() };
    entry.owners.add(owner);
    owners.set(key, entry);
  };
  // Conference and summit names both name the WIC.
  base.names.conference.forEach((a) => addAlias('wic', a));
  base.names.summit.forEach((a) => addAlias('wic', a));
  // Display names count too: the hover matcher looks for them as well.
  const named = (owner: string, name: string, nameZh: string | undefined): void => {
    addAlias(owner, { text: name, lang: 'en' });
    if (nameZh) addAlias(owner, { text: nameZh, lang: 'zh-Hans' });
  };
  base.editions.forEach((e) => named(e.id, e.name, e.nameZh));
  base.entities.forEach((e) => {
    named(e.id, e.name, e.nameZh);
    e.aliases.forEach((a) => addAlias(e.id, a));
  });
  base.terms.forEach((t) => {
    named(t.id, t.name, t.nameZh);
    t.aliases.forEach((a) => addAlias(t.id, a));
  });
  const excused = new Map(exceptions.map((x) => [foldText(x.text), new Set(x.owners)]));
  for (const [key, { text, owners: who }] of owners) {
    if (who.size < 2) continue;
    const allowed = excused.get(key);
    if (allowed && [...who].every((o) => allowed.has(o))) continue;
    errors.push(`aliases › "${text}": shared by ${[...who].join(', ')} (make it unique or add it to alias-exceptions.json with a reason)`);
  }
  for (const x of exceptions) {
    const entry = owners.get(foldText(x.text));
    if (!entry || entry.owners.size < 2) errors.push(`alias-exceptions.json › "${x.text}": no longer shared, remove the exception`);
  }

  // A written form must point to one figure.
  const forms = new Map<string, string>();
  for (const f of base.figures) {
    for (const form of f.writtenForms) {
      const key = foldText(form);
      const other = forms.get(key);
      if (other && other !== f.id) errors.push(at('figures.json', f.id, `writtenForms: "${form}" is also a form of ${other}`));
      forms.set(key, f.id);
    }
  }

  // names.json's date table must mirror editions.json.
  const table = base.names.editions;
  if (table.length !== base.editions.length) {
    errors.push(at('names.json', `editions: lists ${table.length} editions, editions.json has ${base.editions.length}`));
  }
  base.editions.forEach((e, i) => {
    const row = table[i];
    if (!row) return;
    for (const field of ['year', 'ordinal', 'start', 'end'] as const) {
      if (row[field] !== e[field]) {
        errors.push(at('names.json', `editions[${i}]`, `${field}: ${JSON.stringify(row[field])} differs from editions.json ${e.id} (${JSON.stringify(e[field])})`));
      }
    }
  });
  base.editions.forEach((e, i) => {
    const prev = base.editions[i - 1];
    if (prev && prev.year >= e.year) errors.push(at('editions.json', e.id, 'year: editions must be in year order'));
  });

  return errors;
}

/**
 * Every problem in `raw` (shaped like a KnowledgeBase), as messages naming file, record and field.
 * Empty means valid.
 */
export function validateKnowledgeBase(
  raw: unknown,
  aliasExceptions: readonly AliasException[] = aliasExceptionsJson as AliasException[],
): string[] {
  const parsed = knowledgeBaseSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`);
  }
  return crossCheck(parsed.data, aliasExceptions);
}

/** Throws with every message if the bundled knowledge base is invalid (called from the build). */
export function assertValidKnowledgeBase(): void {
  const errors = validateKnowledgeBase(kb);
  if (errors.length > 0) {
    throw new Error(`Knowledge base is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.join('\n')}`);
  }
}
