// The E&T article as the data tells it: everyone and everything it names resolves to a record,
// its quotes are its own words, and the corrections the issue asks for are there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../core/kb/types';
import { foldText } from '../core/text/fold';
import { aliasIndex, figureById, kb } from './index';

const articleText = readFileSync(new URL('../../shared/reference/et-article-2017.txt', import.meta.url), 'utf8');

/** Same folding as the matcher, plus typographic quotes and dashes made plain. */
const norm = (s: string) => foldText(s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' '));

/** Names, terms and figures the article uses, as it writes them. */
const NAMED = {
  entity: [
    'Xi Jinping', 'Wang Huning', 'Ren Xianliang', 'Tim Cook', 'Sundar Pichai', 'Jack Ma', 'Aly Song',
    'Cyberspace Administration of China', 'Freedom House', 'Apple', 'Google', 'Facebook', 'YouTube', 'Alibaba', 'Reuters', 'Beijing',
  ],
  term: [
    'internet sovereignty', 'cyber sovereignty', 'virtual private networks', 'Freedom of the Net', 'Politburo Standing Committee',
    'App Store', 'store user information within the country', 'community that will join a common future in cyberspace',
  ],
  figure: ['1.8 million', '$17bn', 'a quarter'],
};

/** Problems with the article's named things in `base`: absent from the text, unresolved, or not linked from the article. */
function coverageProblems(base: KnowledgeBase): string[] {
  const text = norm(articleText);
  const problems: string[] = [];
  const aliases = new Map(aliasIndex(base).map((a) => [norm(a.text), a]));
  const forms = new Map(base.figures.flatMap((f) => f.writtenForms.map((w) => [norm(w), f.id] as const)));
  const linked = new Set([...base.article.entityIds, ...base.article.termIds]);
  for (const kind of ['entity', 'term'] as const) {
    for (const name of NAMED[kind]) {
      if (!text.includes(norm(name))) problems.push(`"${name}" is not in the article text`);
      const ref = aliases.get(norm(name));
      if (!ref || ref.kind !== kind) problems.push(`"${name}" does not resolve to ${kind === 'entity' ? 'an' : 'a'} ${kind}`);
      else if (!linked.has(ref.id)) problems.push(`"${name}" resolves to ${ref.id}, which the article record does not list`);
    }
  }
  for (const form of NAMED.figure) {
    if (!text.includes(norm(form))) problems.push(`"${form}" is not in the article text`);
    const id = forms.get(norm(form));
    if (!id) problems.push(`"${form}" does not resolve to a figure`);
    else if (!base.article.figureIds.includes(id)) problems.push(`"${form}" resolves to ${id}, which the article record does not list`);
  }
  return problems;
}

describe('E&T article coverage', () => {
  it('every person, body, term and figure the article names is in the data and linked', () => {
    expect(coverageProblems(kb)).toEqual([]);
  });

  it('fails when a record is removed or unlinked', () => {
    const removed = structuredClone(kb);
    removed.entities = removed.entities.filter((e) => e.id !== 'person-ren-xianliang');
    expect(coverageProblems(removed)).toEqual(['"Ren Xianliang" does not resolve to an entity']);

    const unlinked = structuredClone(kb);
    unlinked.article.termIds = unlinked.article.termIds.filter((id) => id !== 'term-freedom-on-the-net');
    expect(coverageProblems(unlinked)).toEqual([
      '"Freedom of the Net" resolves to term-freedom-on-the-net, which the article record does not list',
    ]);

    const noForm = structuredClone(kb);
    noForm.figures = noForm.figures.filter((f) => f.id !== 'fig-china-dev-share');
    expect(coverageProblems(noForm)).toEqual(['"a quarter" does not resolve to a figure']);
  });

  it('headline, quotes and image credits are the article’s own words', () => {
    const text = norm(articleText);
    expect(text).toContain(norm(kb.article.headline));
    for (const q of kb.article.quotes) {
      for (const part of q.words.split(' … ')) expect(text, q.id).toContain(norm(part));
    }
    for (const credit of kb.article.imageCredits) {
      expect(text).toContain(norm(credit.caption));
      expect(text).toContain(norm(`Image credit: ${credit.credit}`));
    }
  });
});

describe('E&T article corrections', () => {
  const claim = (id: string) => kb.article.claims.find((c) => c.id === id)!;

  it.each([
    ['claim-freedom-of-the-net', 's-01', 'Freedom on the Net'],
    ['claim-quarter-of-revenue', 's-02', 'paid developers worldwide'],
    ['claim-nearly-1-8-million', 's-03', 'exactly 1.8 million'],
    ['claim-xi-letter-quote', 's-04', "Reuters' English words"],
    ['claim-ren-orderly', 's-05', 'in Beijing on 16 November 2017'],
    ['claim-data-storage-rule', 's-06', "'critical information infrastructure'"],
  ])('%s is corrected with %s', (id, factId, wording) => {
    expect(claim(id).verdict).toBe('corrected');
    expect(claim(id).factIds).toContain(factId);
    expect(claim(id).explanation).toContain(wording);
  });

  it('every claim is linked to facts and sources', () => {
    for (const c of kb.article.claims) {
      expect(c.factIds.length, c.id).toBeGreaterThan(0);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
    }
  });

  it('the developer figures carry the exact values, conversion and written forms', () => {
    const earnings = figureById('fig-china-dev-earnings')!;
    expect(earnings).toMatchObject({ value: 112e9, unit: 'CNY' });
    expect(earnings.equivalents).toContainEqual(expect.objectContaining({ value: 16.93e9, unit: 'USD' }));
    expect(earnings.writtenForms).toEqual(expect.arrayContaining(['$17bn', '$16.93 billion', '112 billion yuan', '1120亿元']));
    expect(figureById('fig-china-dev-count')).toMatchObject({ value: 1.8e6, unit: 'developers' });
    expect(figureById('fig-china-dev-count')!.writtenForms).toEqual(expect.arrayContaining(['1.8 million', '180万']));
    const share = figureById('fig-china-dev-share')!;
    expect(share.shareOf).toMatch(/developer earnings/);
    expect(share.writtenForms).toContain('a quarter');
  });

  it('quotes say whose translation they are and where they were said', () => {
    const quote = (id: string) => kb.article.quotes.find((q) => q.id === id)!;
    expect(quote('quote-xi-fast-lane').translation?.by).toBe('Reuters');
    expect(quote('quote-xi-fast-lane').occasion).toMatch(/letter/);
    expect(quote('quote-ren-orderly')).toMatchObject({ place: 'Beijing', date: '2017-11-16' });
    expect(quote('quote-cook-theme').translation).toBeUndefined();
  });
});
