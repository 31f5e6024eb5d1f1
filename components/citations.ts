import type { KnowledgeBase, Source } from '../core/kb/types.ts';
import type { CitationIndex, CitationRef } from './view-context.tsx';

/** Source ids cited anywhere inside `value` (every `sources: string[]`), in order of first appearance. */
export function collectSourceIds(value: unknown, into: string[] = [], seen = new Set<string>()): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, into, seen);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) {
          if (typeof id === 'string' && !seen.has(id)) {
            seen.add(id);
            into.push(id);
          }
        }
      } else {
        collectSourceIds(child, into, seen);
      }
    }
  }
  return into;
}

export interface NumberedSource {
  n: number;
  source: Source;
}

/** Numbers the cited sources 1..k in citation order, skipping ids the knowledge base does not know. */
export function numberSources(kb: KnowledgeBase, ids: string[]): NumberedSource[] {
  const byId = new Map(kb.sources.map((s) => [s.id, s]));
  const out: NumberedSource[] = [];
  for (const id of ids) {
    const source = byId.get(id);
    if (source) out.push({ n: out.length + 1, source });
  }
  return out;
}

export const sourceAnchorId = (n: number): string => `wic-src-${n}`;

function indexFrom(
  kb: KnowledgeBase,
  numbered: NumberedSource[],
  toRef: (entry: NumberedSource) => CitationRef,
): CitationIndex {
  const refs = new Map(numbered.map((entry) => [entry.source.id, toRef(entry)]));
  const all = new Map(kb.sources.map((s) => [s.id, s]));
  return { ref: (id) => refs.get(id), source: (id) => all.get(id) };
}

/** Markers lead to the panel's own numbered source list. */
export function panelCitations(
  kb: KnowledgeBase,
  numbered: NumberedSource[],
  follow: (sourceId: string, event: Event) => void,
): CitationIndex {
  const index = indexFrom(kb, numbered, ({ n, source }) => ({
    id: source.id,
    n,
    href: `#${sourceAnchorId(n)}`,
    external: false,
    source,
  }));
  return { ...index, follow };
}

/** Standalone cards (hover card): markers are numbered locally and open the source in a new tab. */
export function cardCitations(kb: KnowledgeBase, cited: unknown): CitationIndex {
  const numbered = numberSources(kb, collectSourceIds(cited));
  return indexFrom(kb, numbered, ({ n, source }) => ({ id: source.id, n, href: source.url, external: true, source }));
}
