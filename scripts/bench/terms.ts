// The term list the mark.js baseline searches for: every name the hover matcher knows (all aliases of
// people, bodies, places and terms in every language, the WIC's own names, edition names) plus the
// figures' written forms, so both highlighters look for the same strings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface TermList {
  terms: string[];
  /** 'kb' when the knowledge base loaded; otherwise the WIC names plus the article's key terms. */
  source: 'kb' | 'names+article';
}

// Until data/index.ts exists: the E&T article's people, bodies and terms as written there.
const ARTICLE_KEY_TERMS = [
  'Xi Jinping', 'President Xi', 'Wang Huning', 'Ren Xianliang', 'Tim Cook', 'Sundar Pichai', 'Jack Ma',
  'Cyberspace Administration of China', 'Politburo Standing Committee', 'Freedom House', 'Freedom of the Net',
  'internet sovereignty', 'cyber sovereignty', 'virtual private networks', 'App Store', 'Apple', 'Google', 'Alibaba',
  'Wuzhen', '1.8 million', '$17bn', 'a quarter',
];

interface AliasLike { text: string }

export async function loadTermList(root: string): Promise<TermList> {
  const seen = new Set<string>();
  const add = (t: string | undefined): void => { if (t && t.trim()) seen.add(t); };
  try {
    const { kb } = (await import(resolve(root, 'data/index.ts'))) as { kb: import('../../core/kb/types').KnowledgeBase };
    const aliases = (list: readonly AliasLike[]): void => list.forEach((a) => add(a.text));
    kb.entities.forEach((e) => { add(e.name); add(e.nameZh); aliases(e.aliases); });
    kb.terms.forEach((t) => { add(t.name); add(t.nameZh); aliases(t.aliases); });
    kb.editions.forEach((e) => { add(e.name); add(e.nameZh); });
    aliases(kb.names.conference);
    aliases(kb.names.summit);
    kb.figures.forEach((f) => f.writtenForms.forEach(add));
    return { terms: [...seen], source: 'kb' };
  } catch {
    const names = JSON.parse(readFileSync(resolve(root, 'data/names.json'), 'utf8')) as { conference: AliasLike[]; summit: AliasLike[] };
    [...names.conference, ...names.summit].forEach((a) => add(a.text));
    ARTICLE_KEY_TERMS.forEach(add);
    return { terms: [...seen], source: 'names+article' };
  }
}
