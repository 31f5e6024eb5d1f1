import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kb } from '../../data/index';
import type { KnowledgeBase } from '../kb/types';
import { matchFigure, parseFigures } from './figures';
import { matchEntriesFromKb } from './kb-entries';
import { compileTermMatcher } from './term-matcher';

const FIXTURE = {
  version: 'test', sources: [], brief: [], figures: [],
  names: {
    conference: [{ text: 'World Internet Conference', lang: 'en' }, { text: 'WIC', lang: 'en', caseSensitive: true }],
    summit: [{ text: 'Wuzhen Summit', lang: 'en' }],
  },
  editions: [{ id: 'wic-2017', year: 2017, ordinal: 4, name: '4th World Internet Conference', nameZh: '第四届世界互联网大会' }],
  entities: [{ id: 'person-xu-lin', kind: 'person', name: 'Xu Lin', nameZh: '徐麟', aliases: [{ text: 'Xu Lin', lang: 'en' }] }],
  terms: [{ id: 'term-gfw', name: 'Great Firewall', aliases: [{ text: 'GFW', lang: 'en', caseSensitive: true }] }],
} as unknown as KnowledgeBase;

describe('matchEntriesFromKb', () => {
  it('takes the WIC names, edition names, entities and terms, display names included', () => {
    const entries = matchEntriesFromKb(FIXTURE);
    expect(entries.map((e) => [e.id, e.kind, e.aliases.map((a) => a.text)])).toEqual([
      ['wic', 'wic', ['World Internet Conference', 'WIC']],
      ['wic-summit', 'wic', ['Wuzhen Summit']],
      ['wic-2017', 'wic', ['4th World Internet Conference', '第四届世界互联网大会']],
      ['person-xu-lin', 'person', ['Xu Lin', 'Xu Lin', '徐麟']],
      ['term-gfw', 'term', ['GFW', 'Great Firewall']],
    ]);
    const m = compileTermMatcher(entries);
    expect(m.findAll('At the 4th World Internet Conference (WIC), Xu Lin and the GFW; 第四届世界互联网大会').map((x) => x.id))
      .toEqual(['wic-2017', 'wic', 'person-xu-lin', 'term-gfw', 'wic-2017']);
  });
});

describe('the real knowledge base against the E&T article', () => {
  const article = readFileSync(new URL('../../../shared/reference/et-article-2017.txt', import.meta.url), 'utf8');
  const matcher = compileTermMatcher(matchEntriesFromKb(kb));

  it('finds the names and terms the article uses', () => {
    const found = new Set(matcher.findAll(article).map((m) => m.id));
    for (const id of [
      'wic', 'body-cac', 'term-cyber-sovereignty', 'person-xi-jinping', 'person-wang-huning', 'person-ren-xianliang',
      'person-tim-cook', 'person-sundar-pichai', 'person-jack-ma', 'body-apple', 'body-google', 'body-alibaba', 'body-freedom-house',
      'term-politburo-standing-committee', 'term-app-store', 'person-aly-song',
    ]) expect(found, id).toContain(id);
    expect(matcher.findAll('the wic and wicked').length).toBe(0);
  });

  it('checks the article’s three figures against the sourced ones', () => {
    const results = parseFigures(article).map((m) => [m.raw, matchFigure(m, kb.figures)] as const);
    expect(results.map(([raw, r]) => [raw, r?.figureId, r?.relation, r?.note])).toEqual([
      ['1.8 million', 'fig-china-dev-count', 'same', 'hedged-but-exact'],
      ['$17bn', 'fig-china-dev-earnings', 'rounded', undefined],
      ['a quarter', 'fig-china-dev-share', 'rounded', undefined],
    ]);
  });

  it('parses every written form of every figure back to that figure', () => {
    for (const f of kb.figures) {
      for (const form of f.writtenForms) {
        const found = parseFigures(form);
        const r = found.length === 1 ? matchFigure(found[0]!, kb.figures) : null;
        expect([form, r?.figureId, r?.relation === 'differs'], f.id).toEqual([form, f.id, false]);
      }
    }
  });
});
