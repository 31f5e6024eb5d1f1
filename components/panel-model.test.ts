import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../core/kb/types.ts';
import { kb as realKb } from '../data/index.ts';
import { cardCitations, collectSourceIds } from './citations.ts';
import { buildPanelModel } from './panel-model.ts';
import type { PanelPage } from './panel-model.ts';
import { fixtureKb } from './testing/fixture-kb.ts';

const page = (p: Partial<PanelPage> = {}): PanelPage => ({ kind: 'about', edition: 2017, isEtArticle: true, reasons: [], ...p });

describe('buildPanelModel', () => {
  it('picks the page’s edition and the article for the E&T article or any 2017 page', () => {
    expect(buildPanelModel(fixtureKb, page(), {}).edition?.id).toBe('wic-2017');
    expect(buildPanelModel(fixtureKb, page({ isEtArticle: false }), {}).article).not.toBeNull();
    expect(buildPanelModel(fixtureKb, page({ edition: 2014, isEtArticle: false }), {}).article).toBeNull();
    expect(buildPanelModel(fixtureKb, page({ edition: null, isEtArticle: true }), {}).article).not.toBeNull();
    expect(buildPanelModel(fixtureKb, page({ edition: 1999 }), {}).edition).toBeNull();
  });

  it('shows each figure once: the article’s in the article section, the rest under Figures', () => {
    const m = buildPanelModel(fixtureKb, page(), {});
    expect(m.articleFigures.map((f) => f.id)).toEqual(['fig-china-developers', 'fig-china-dev-earnings']);
    expect(m.figures.map((f) => f.id)).toEqual(['fig-fotn-china-2017']);
    expect(buildPanelModel(fixtureKb, page({ edition: 2014, isEtArticle: false }), {}).figures).toHaveLength(3);
  });

  it('ranks what the page mentions first (most often first), then what the article names, then the rest', () => {
    const m = buildPanelModel(fixtureKb, page(), { 'person-xu-lin': 1, 'body-freedom-house': 4 });
    expect(m.people.map((e) => e.id)).toEqual(['person-xu-lin', 'person-xi-jinping', 'person-ren-xianliang']);
    expect(m.bodies.map((e) => e.id)).toEqual(['body-freedom-house', 'body-cac']);
    const none = buildPanelModel(fixtureKb, page({ edition: 2014, isEtArticle: false }), {});
    expect(none.people.map((e) => e.id)).toEqual(fixtureKb.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  });

  it('sorts the timeline by year', () => {
    const shuffled: KnowledgeBase = { ...fixtureKb, editions: [...fixtureKb.editions].reverse() };
    expect(buildPanelModel(shuffled, page(), {}).timeline.map((e) => e.year)).toEqual([2014, 2017, 2018]);
  });

  it('numbers sources 1..n in the order the panel first cites them, skipping unknown ids', () => {
    const kb: KnowledgeBase = { ...fixtureKb, brief: [{ id: 'b', text: 'x', confidence: 'confirmed', sources: ['nope', 'src-cnbc-vpn-2017'] }, ...fixtureKb.brief] };
    const m = buildPanelModel(kb, page(), {});
    expect(m.sources[0]).toMatchObject({ n: 1, source: { id: 'src-cnbc-vpn-2017' } });
    expect(m.sources.map((s) => s.n)).toEqual(m.sources.map((_, i) => i + 1));
    expect(m.sources.some((s) => s.source.id === 'nope')).toBe(false);
  });
});

describe('citations', () => {
  it('collects sources of facts, conflicting sides, roles, claims and quotes, each once', () => {
    const ids = collectSourceIds([
      { sources: ['a', 'b'], sides: [{ text: '', sources: ['c', 'a'] }] },
      { roles: [{ sources: ['d'] }], facts: [{ sources: ['b', 'e'] }] },
    ]);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('numbers a standalone card’s sources locally and links them to the source itself', () => {
    const term = fixtureKb.terms[0]!;
    const cite = cardCitations(fixtureKb, term);
    expect(cite.ref(term.sources[0]!)).toMatchObject({ n: 1, external: true, href: fixtureKb.sources.find((s) => s.id === term.sources[0])!.url });
    expect(cite.ref('src-cnbc-vpn-2017')).toBeUndefined();
    expect(cite.source('src-cnbc-vpn-2017')?.publisher).toBe('CNBC');
  });
});

describe('with the bundled knowledge base', () => {
  it.each(realKb.editions.map((e) => e.year))('every source the %i panel cites is in the source list', (year) => {
    const m = buildPanelModel(realKb, page({ edition: year, isEtArticle: year === 2017 }), {});
    const shown = new Set(m.sources.map((s) => s.source.id));
    const cited = collectSourceIds([realKb.brief, m.edition, m.article, m.articleFigures, m.people, m.bodies, m.places, m.terms, m.figures]);
    expect(cited.filter((id) => !shown.has(id))).toEqual([]);
    expect(m.edition?.year).toBe(year);
  });
});
