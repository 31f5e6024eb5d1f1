// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../core/kb/types.ts';
import { fixtureKb } from '../testing/fixture-kb.ts';
import { click, mountCard, textOf, unmountAll, zhT } from '../testing/render.tsx';
import { EntityCard } from './EntityCard.tsx';
import { FigureCard } from './FigureCard.tsx';
import { TermCard } from './TermCard.tsx';

const entity = (id: string) => fixtureKb.entities.find((e) => e.id === id)!;
const term = (id: string) => fixtureKb.terms.find((t) => t.id === id)!;
const figure = (id: string) => fixtureKb.figures.find((f) => f.id === id)!;

afterEach(unmountAll);

const metaOf = (root: Element) =>
  Object.fromEntries([...root.querySelectorAll('.wic-meta > div')].map((d) => [textOf(d.querySelector('dt')), textOf(d.querySelector('dd'))]));

describe('cards on their own (as the hover card shows them)', () => {
  it('EntityCard: names, summary, roles with periods, facts, each cited with links straight to the sources', () => {
    const xu = entity('person-xu-lin');
    const root = mountCard(fixtureKb, xu, <EntityCard entity={xu} headingLevel={2} />);
    expect(textOf(root.querySelector('h2'))).toBe('Xu Lin 徐麟');
    expect(textOf(root)).toContain('Head of the Cyberspace Administration of China');
    const role = root.querySelector('.wic-role')!;
    expect(textOf(role.querySelector('.wic-role__title'))).toBe('Director, Cyberspace Administration of China');
    expect(textOf(role.querySelector('.wic-role__when'))).toMatch(/Jun 2016\s*–\s*Aug 2018/);
    const markers = [...root.querySelectorAll<HTMLAnchorElement>('a.wic-cite')];
    expect(markers.map((a) => a.textContent)).toEqual(['1', '2', '1', '2']);
    expect(markers[0]?.getAttribute('href')).toBe(fixtureKb.sources.find((s) => s.id === 'src-people-xulin-2016')?.url);
    for (const a of markers) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('EntityCard: role dates that are only attested say so, with the role note', () => {
    const ren = entity('person-ren-xianliang');
    const root = mountCard(fixtureKb, ren, <EntityCard entity={ren} />);
    expect(textOf(root.querySelector('.wic-role__when'))).toMatch(/^on record: Nov\s*–\s*Dec 2017$/);
    expect(textOf(root.querySelector('.wic-role__note'))).toBe('The sources read do not give the start or end of the post.');
    expect(textOf(root.querySelector('[data-fact-id="p-ren-02"] .wic-attrib'))).toBe('According to the official SCIO transcript:');
  });

  it('EntityCard: an open-ended role reads "since"; the jump button fires with the id', async () => {
    const xi = entity('person-xi-jinping');
    const onJump = vi.fn();
    const root = mountCard(fixtureKb, xi, <EntityCard entity={xi} count={2} onJump={onJump} />);
    expect(textOf(root.querySelector('.wic-role__when'))).toBe('since 15 Nov 2012');
    await click(root.querySelector('.wic-jump'));
    expect(onJump).toHaveBeenCalledWith('person-xi-jinping');
  });

  it('EntityCard: shows two facts, the rest behind "Show n more"', async () => {
    const base = entity('person-xu-lin');
    const many = { ...base, facts: Array.from({ length: 5 }, (_, i) => ({ ...base.facts[0]!, id: `f${i}` })) };
    const root = mountCard(fixtureKb, many, <EntityCard entity={many} />);
    expect(root.querySelectorAll('[data-fact-id]')).toHaveLength(2);
    const more = root.querySelector('.wic-btn--more');
    expect(textOf(more)).toBe('Show 3 more');
    await click(more);
    expect(root.querySelectorAll('[data-fact-id]')).toHaveLength(5);
  });

  it('TermCard: names, definition with its sources', () => {
    const sov = term('term-cyber-sovereignty');
    const root = mountCard(fixtureKb, sov, <TermCard term={sov} />);
    expect(root.querySelector('h4')).not.toBeNull();
    expect(textOf(root.querySelector('.wic-card__title'))).toBe('Cyber sovereignty 网络主权');
    expect(textOf(root.querySelector('.wic-card__lead'))).toContain("China's principle that each state may govern the internet");
    expect([...root.querySelectorAll<HTMLAnchorElement>('.wic-card__lead a.wic-cite')].map((a) => a.dataset.sourceId)).toEqual(sov.sources);
    expect(root.querySelector('.wic-jump')).toBeNull();
  });

  it('FigureCard: precise value, equivalent, what it measures, date and sources', () => {
    const f = figure('fig-china-dev-earnings');
    const root = mountCard(fixtureKb, f, <FigureCard figure={f} />);
    expect(textOf(root.querySelector('data'))).toBe('CN¥112 billion');
    expect(root.querySelector('data')?.getAttribute('value')).toBe('112000000000');
    expect(textOf(root.querySelector('.wic-figure__equiv'))).toBe('≈ US$16.93 billion (Reuters conversion)');
    const meta = metaOf(root);
    expect(meta['Measures']).toBe('Cumulative App Store earnings of developers in China since 2008');
    expect(meta['As of']).toBe('3 Dec 2017');
    expect(root.querySelectorAll('a.wic-cite')).toHaveLength(2);
    expect(root.querySelector('.wic-mismatch')).toBeNull();
  });

  it('FigureCard: says when the page’s number differs from the sourced one', () => {
    const f = figure('fig-china-developers');
    const root = mountCard(fixtureKb, f, <FigureCard figure={f} pageReading={{ text: '2.5 million', differs: true }} />);
    expect(textOf(root.querySelector('.wic-mismatch'))).toBe('The page says “2.5 million”; the sourced value is 1.8 million developers.');
  });

  it('FigureCard: no mismatch line when the page’s number agrees', () => {
    const f = figure('fig-china-developers');
    const root = mountCard(fixtureKb, f, <FigureCard figure={f} pageReading={{ text: '1.8 million', differs: false }} />);
    expect(root.querySelector('.wic-mismatch')).toBeNull();
  });

  it('FigureCard: approximate, shares, single-source and conflicting figures are labelled', () => {
    const f: Figure = {
      ...figure('fig-china-developers'), id: 'share', label: 'Share', value: 24, unit: 'percent', approx: true,
      shareOf: 'cumulative global developer earnings', confidence: 'single-source', sources: ['src-macrumors-cook-2017'],
    };
    const root = mountCard(fixtureKb, f, <FigureCard figure={f} />);
    expect(textOf(root.querySelector('data'))).toBe('about 24%');
    expect(metaOf(root)['Share of']).toBe('cumulative global developer earnings');
    expect(textOf(root.querySelector('.wic-attrib'))).toBe('Only MacRumors reports this');
    const split = { ...f, confidence: 'conflicting' as const };
    unmountAll();
    const again = mountCard(fixtureKb, split, <FigureCard figure={split} />);
    expect(textOf(again.querySelector('.wic-flag'))).toBe('Sources disagree');
  });

  it('formats values for Chinese readers with 万/亿', () => {
    const f = figure('fig-china-developers');
    const root = mountCard(fixtureKb, f, <FigureCard figure={f} />, zhT, 'zh');
    expect(textOf(root.querySelector('data'))).toBe('180万 developers');
    expect(metaOf(root)['截至']).toBe('2017年12月3日');
  });
});
