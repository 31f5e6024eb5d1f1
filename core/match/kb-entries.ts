// What the hover matcher looks for, taken from the knowledge base: every entity and term under all
// its names, the WIC's own names, and edition names ("4th World Internet Conference").

import type { Alias, KnowledgeBase } from '../kb/types';
import type { MatchEntry } from './term-matcher';

/** Entry id for the conference's own names (`kb.names.conference`). */
export const WIC_ENTRY_ID = 'wic';
/** Entry id for the summit's names (`kb.names.summit`). */
export const WIC_SUMMIT_ENTRY_ID = 'wic-summit';

function withNames(aliases: readonly Alias[], name: string, nameZh: string | undefined): Alias[] {
  const all: Alias[] = [...aliases, { text: name, lang: 'en' }];
  if (nameZh !== undefined) all.push({ text: nameZh, lang: 'zh-Hans' });
  return all;
}

/**
 * Entries in a fixed order (WIC names, editions, entities, terms); when two entries share an alias the
 * earlier one wins. Kind 'wic' entries have id `wic`, `wic-summit` or an edition id ("wic-2017").
 */
export function matchEntriesFromKb(kb: KnowledgeBase): MatchEntry[] {
  const entries: MatchEntry[] = [
    { id: WIC_ENTRY_ID, kind: 'wic', aliases: [...kb.names.conference] },
    { id: WIC_SUMMIT_ENTRY_ID, kind: 'wic', aliases: [...kb.names.summit] },
  ];
  for (const e of kb.editions) entries.push({ id: e.id, kind: 'wic', aliases: withNames([], e.name, e.nameZh) });
  for (const e of kb.entities) entries.push({ id: e.id, kind: e.kind, aliases: withNames(e.aliases, e.name, e.nameZh) });
  for (const t of kb.terms) entries.push({ id: t.id, kind: 'term', aliases: withNames(t.aliases, t.name, t.nameZh) });
  return entries;
}
