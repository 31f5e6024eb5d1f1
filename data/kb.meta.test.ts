// Meta tests: the rules every knowledge-base record must follow, so a wrong or unsourced fact
// cannot ship. Each rule is also shown failing on a deliberately broken copy of the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, Lang } from '../core/kb/types';
import { allFacts, entityById, factById, figureById, kb, rolesOn, sourceById } from './index';
import { assertValidKnowledgeBase, validateKnowledgeBase, type AliasException } from './validate';

const clone = (): KnowledgeBase => structuredClone(kb);
const sheet = JSON.parse(
  readFileSync(new URL('../../shared/reference/wic-facts.json', import.meta.url), 'utf8'),
) as { id: string; sources: string[]; confidence: string }[];

describe('knowledge base validity', () => {
  it('validates against the schema and the cross-record rules', () => {
    expect(validateKnowledgeBase(kb)).toEqual([]);
    expect(() => assertValidKnowledgeBase()).not.toThrow();
  });

  it('names the file, record and field of a broken record', () => {
    const broken = clone();
    broken.figures.find((f) => f.id === 'fig-china-dev-earnings')!.sources = [];
    expect(validateKnowledgeBase(broken)).toContain('figures.json › fig-china-dev-earnings › sources: must have at least 1 source');
  });

  it('names nested records by their own id', () => {
    const broken = clone();
    const fact = broken.editions.find((e) => e.id === 'wic-2017')!.facts.find((f) => f.id === 'ed-2017-12')!;
    delete fact.attribution;
    expect(validateKnowledgeBase(broken)).toContain(
      'editions.json › wic-2017 › facts › ed-2017-12 › attribution: a single-source fact must say whom it is according to',
    );
  });

  it('rejects unknown keys and malformed dates', () => {
    const broken = clone() as unknown as { sources: Record<string, unknown>[] };
    broken.sources[0]!.date = '2017-13-01';
    broken.sources[1]!.publsher = 'typo';
    const errors = validateKnowledgeBase(broken);
    expect(errors).toContain(`sources.json › ${kb.sources[0]!.id} › date: must be a real calendar date`);
    expect(errors.some((e) => e.startsWith(`sources.json › ${kb.sources[1]!.id}: Unrecognized key`))).toBe(true);
  });
});

describe('every id referenced exists', () => {
  it('sources cited by facts, sides, roles, terms, figures, claims and quotes all exist', () => {
    const cited = new Set<string>();
    for (const f of allFacts()) {
      f.sources.forEach((s) => cited.add(s));
      f.sides?.forEach((side) => side.sources.forEach((s) => cited.add(s)));
    }
    kb.entities.forEach((e) => e.roles?.forEach((r) => r.sources.forEach((s) => cited.add(s))));
    kb.terms.forEach((t) => t.sources.forEach((s) => cited.add(s)));
    kb.figures.forEach((f) => f.sources.forEach((s) => cited.add(s)));
    kb.article.claims.forEach((c) => c.sources.forEach((s) => cited.add(s)));
    kb.article.quotes.forEach((q) => q.sources.forEach((s) => cited.add(s)));
    expect([...cited].filter((id) => !sourceById(id))).toEqual([]);
    expect(kb.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('claim facts, quote speakers and article figure/entity/term ids exist', () => {
    const missing = [
      ...kb.article.claims.flatMap((c) => c.factIds.filter((id) => !factById(id))),
      ...kb.article.quotes.map((q) => q.speakerId).filter((id) => entityById(id)?.kind !== 'person'),
      ...kb.article.figureIds.filter((id) => !figureById(id)),
      ...kb.article.entityIds.filter((id) => !entityById(id)),
      ...kb.article.termIds.filter((id) => !kb.terms.some((t) => t.id === id)),
    ];
    expect(missing).toEqual([]);
  });

  it('reports each kind of dangling reference', () => {
    const broken = clone();
    broken.article.claims.find((c) => c.id === 'claim-ren-orderly')!.factIds.push('nope');
    broken.article.quotes[0]!.speakerId = 'body-cac';
    broken.article.termIds.push('term-nope');
    broken.terms.find((t) => t.id === 'term-app-store')!.sources.push('src-nope');
    const errors = validateKnowledgeBase(broken);
    expect(errors).toContain('article-et-2017.json › claim-ren-orderly › factIds: unknown fact "nope"');
    expect(errors).toContain(`article-et-2017.json › ${kb.article.quotes[0]!.id} › speakerId: "body-cac" is not a person`);
    expect(errors).toContain('article-et-2017.json › termIds: unknown term "term-nope"');
    expect(errors).toContain('terms.json › term-app-store › sources: unknown source "src-nope"');
  });

  it('fact ids are unique across all files', () => {
    const ids = allFacts().map((f) => f.id);
    expect(ids.length).toBe(new Set(ids).size);
    const broken = clone();
    broken.brief.push(structuredClone(broken.brief[0]!));
    expect(validateKnowledgeBase(broken)).toContain('facts (all files) › gen-001 › id: is used by more than one record');
  });
});

describe('sources', () => {
  it('every fact, quote, figure, term and edition has at least one source', () => {
    const unsourced = [
      ...allFacts().filter((f) => f.sources.length === 0).map((f) => f.id),
      ...kb.article.quotes.filter((q) => q.sources.length === 0).map((q) => q.id),
      ...kb.figures.filter((f) => f.sources.length === 0).map((f) => f.id),
      ...kb.terms.filter((t) => t.sources.length === 0).map((t) => t.id),
      ...kb.editions.filter((e) => [e.xi, ...e.facts].every((f) => f.sources.length === 0)).map((e) => e.id),
    ];
    expect(unsourced).toEqual([]);
  });

  it('single-source facts carry an attribution', () => {
    const single = allFacts().filter((f) => f.confidence === 'single-source');
    expect(single.length).toBeGreaterThanOrEqual(29);
    expect(single.filter((f) => !f.attribution).map((f) => f.id)).toEqual([]);
  });

  it('every conflicting fact has at least two sides, each with a source', () => {
    const conflicting = allFacts().filter((f) => f.confidence === 'conflicting');
    expect(conflicting.map((f) => f.id).sort()).toEqual(
      ['ed-2014-03', 'ed-2018-03', 'ed-2019-03', 'ed-2020-02', 'p-zhuang-02', 't-wuz-04'],
    );
    for (const f of conflicting) {
      expect(f.sides!.length, f.id).toBeGreaterThanOrEqual(2);
      f.sides!.forEach((side) => expect(side.sources.length, f.id).toBeGreaterThan(0));
    }
    const broken = clone();
    const zhuang = broken.entities.find((e) => e.id === 'person-zhuang-rongwen')!.facts.find((f) => f.id === 'p-zhuang-02')!;
    zhuang.sides = zhuang.sides!.slice(0, 1);
    expect(validateKnowledgeBase(broken)).toContain(
      'entities.json › person-zhuang-rongwen › facts › p-zhuang-02 › sides: a conflicting fact must give at least 2 sides',
    );
  });

  it('carries every fact-sheet fact with all of its sources', () => {
    const urlsOf = (ids: string[]) => ids.map((id) => sourceById(id)!.url);
    const problems: string[] = [];
    for (const s of sheet) {
      const fact = factById(s.id);
      const figure = kb.figures.find((f) => f.sheetId === s.id);
      const record = fact ?? figure;
      if (!record) {
        problems.push(`${s.id}: not in the knowledge base`);
        continue;
      }
      const have = new Set(urlsOf(record.sources));
      const dropped = s.sources.filter((u) => !have.has(u));
      if (dropped.length) problems.push(`${s.id}: drops ${dropped.join(', ')}`);
      const expected = { 'confirmed-2-sources': 'confirmed', 'single-source': 'single-source', conflicting: 'conflicting' }[s.confidence];
      if (record.confidence !== expected) problems.push(`${s.id}: confidence ${record.confidence}, sheet says ${s.confidence}`);
    }
    expect(sheet.length).toBe(174);
    expect(problems).toEqual([]);
  });
});

describe('aliases', () => {
  it('are unique across entities, terms and the WIC names', () => {
    expect(validateKnowledgeBase(kb).filter((e) => e.startsWith('aliases'))).toEqual([]);
  });

  it('a shared alias fails unless an exception explains it, and stale exceptions fail', () => {
    const broken = clone();
    broken.terms.find((t) => t.id === 'term-wuzhen-process')!.aliases.push({ text: 'WUZHEN', lang: 'en' });
    const shared = validateKnowledgeBase(broken).filter((e) => e.startsWith('aliases'));
    expect(shared).toHaveLength(1);
    expect(shared[0]).toContain('place-wuzhen');
    expect(shared[0]).toContain('term-wuzhen-process');

    const exception: AliasException = { text: 'Wuzhen', owners: ['place-wuzhen', 'term-wuzhen-process'], reason: 'test' };
    expect(validateKnowledgeBase(broken, [exception]).filter((e) => e.startsWith('alias'))).toEqual([]);
    expect(validateKnowledgeBase(kb, [exception])).toEqual([
      'alias-exceptions.json › "Wuzhen": no longer shared, remove the exception',
    ]);
  });

  it('a written form points to one figure', () => {
    const broken = clone();
    broken.figures.find((f) => f.id === 'fig-app-store-global-earnings')!.writtenForms.push('$17bn');
    expect(validateKnowledgeBase(broken)).toContain(
      'figures.json › fig-app-store-global-earnings › writtenForms: "$17bn" is also a form of fig-china-dev-earnings',
    );
  });
});

describe('editions', () => {
  it('cover every year 2014-2025, ordinals 1-6 then by year', () => {
    expect(kb.editions.map((e) => e.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(kb.editions.map((e) => e.ordinal)).toEqual([1, 2, 3, 4, 5, 6, null, null, null, null, null, null]);
  });

  it('names.json date table mirrors editions.json', () => {
    expect(kb.names.editions).toEqual(kb.editions.map(({ year, ordinal, start, end }) => ({ year, ordinal, start, end })));
    const broken = clone();
    broken.names.editions[3]!.start = '2017-12-04';
    expect(validateKnowledgeBase(broken)).toContain(
      'names.json › editions[3] › start: "2017-12-04" differs from editions.json wic-2017 ("2017-12-03")',
    );
  });

  it('has ordinal words 1-6 for every language that numbers editions', () => {
    for (const [lang, forms] of Object.entries(kb.names.ordinals)) {
      const numbered = { ...forms.before, ...forms.after };
      expect(Object.keys(numbered).sort(), lang).toEqual(['1', '2', '3', '4', '5', '6']);
    }
    const langs = new Set([...kb.names.conference, ...kb.names.summit].map((a) => a.lang));
    const required: Lang[] = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'ar', 'ur', 'fil'];
    for (const lang of required) {
      expect(langs.has(lang), lang).toBe(true);
    }
    expect(kb.names.conference).toContainEqual({ text: 'WIC', lang: 'en', caseSensitive: true });
  });
});

describe('people at the time', () => {
  it('Xu Lin, not Zhuang Rongwen, headed the CAC in December 2017', () => {
    const onDay = (id: string, date: string) => rolesOn(entityById(id)!, date).map((r) => r.title);
    expect(onDay('person-xu-lin', '2017-12-03')).toContain('Director of the CAC');
    expect(onDay('person-zhuang-rongwen', '2017-12-03')).toEqual([]);
    expect(onDay('person-zhuang-rongwen', '2018-09-01')).toContain('Director of the CAC');
    expect(onDay('person-lu-wei', '2017-12-03')).toEqual([]);
    expect(onDay('person-xu-lin', '2018-08-15')).toContain('Director of the CAC');
  });
});
