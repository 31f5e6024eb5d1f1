import type { Article, Edition, Entity, Figure, KnowledgeBase, Term } from '../core/kb/types.ts';
import { collectSourceIds, numberSources } from './citations.ts';
import type { NumberedSource } from './citations.ts';

export type PageKind = 'about' | 'mentions' | 'none';

/** What the content script knows about the page (from detection). */
export interface PanelPage {
  kind: PageKind;
  /** Year of the edition the page is about, or null when unknown. */
  edition: number | null;
  /** Why detection decided so; each rendered as t(key, values). */
  reasons: { key: string; values: string[] }[];
  /** The page is E&T's December 2017 article that the knowledge base checks claim by claim. */
  isEtArticle: boolean;
}

/** What the panel shows, in the order it shows it. */
export interface PanelModel {
  edition: Edition | null;
  article: Article | null;
  articleFigures: Figure[];
  people: Entity[];
  bodies: Entity[];
  places: Entity[];
  terms: Term[];
  figures: Figure[];
  timeline: Edition[];
  sources: NumberedSource[];
}

const ARTICLE_EDITION = 2017;

/** Items found on the page first (most often first), then those the article names, then the rest. */
function rank<T extends { id: string }>(items: T[], counts: Record<string, number>, featured: string[]): T[] {
  const score = (item: T): [number, number] => {
    const count = counts[item.id] ?? 0;
    const featuredAt = featured.indexOf(item.id);
    return [count, featuredAt === -1 ? Number.POSITIVE_INFINITY : featuredAt];
  };
  return items
    .map((item, index) => ({ item, index, s: score(item) }))
    .sort((a, b) => b.s[0] - a.s[0] || a.s[1] - b.s[1] || a.index - b.index)
    .map(({ item }) => item);
}

export function buildPanelModel(kb: KnowledgeBase, page: PanelPage, termCounts: Record<string, number>): PanelModel {
  const edition = page.edition === null ? null : kb.editions.find((e) => e.year === page.edition) ?? null;
  const article = page.isEtArticle || page.edition === ARTICLE_EDITION ? kb.article : null;
  const figureById = new Map(kb.figures.map((f) => [f.id, f]));
  const articleFigures = article
    ? article.figureIds.map((id) => figureById.get(id)).filter((f): f is Figure => f !== undefined)
    : [];
  const shownInArticle = new Set(articleFigures.map((f) => f.id));
  const entities = rank(kb.entities, termCounts, article?.entityIds ?? []);
  const model = {
    edition,
    article,
    articleFigures,
    people: entities.filter((e) => e.kind === 'person'),
    bodies: entities.filter((e) => e.kind === 'body'),
    places: entities.filter((e) => e.kind === 'place'),
    terms: rank(kb.terms, termCounts, article?.termIds ?? []),
    figures: kb.figures.filter((f) => !shownInArticle.has(f.id)),
    timeline: [...kb.editions].sort((a, b) => a.year - b.year),
  };
  const cited = collectSourceIds([
    kb.brief,
    edition ? [edition.xi, edition.facts] : [],
    article ? [article.claims, article.quotes] : [],
    model.articleFigures,
    model.people,
    model.bodies,
    model.places,
    model.terms,
    model.figures,
  ]);
  return { ...model, sources: numberSources(kb, cited) };
}
