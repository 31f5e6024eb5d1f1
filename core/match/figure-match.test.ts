import { describe, expect, it } from 'vitest';
import type { Figure } from '../kb/types';
import { matchFigure, parseFigures, type FigureMatch } from './figures';

const fig = (f: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'unit'>): Figure => ({
  label: f.id, asOf: '2017-12-03', measures: f.id, writtenForms: [], sources: ['s'], confidence: 'confirmed', ...f,
});

const FIGURES: Figure[] = [
  fig({ id: 'fig-developers', value: 1_800_000, unit: 'developers', writtenForms: ['1.8 million', '180万'] }),
  fig({
    id: 'fig-earnings', value: 112e9, unit: 'CNY', equivalents: [{ value: 16.93e9, unit: 'USD', note: 'Reuters conversion' }],
    writtenForms: ['112 billion yuan', '1120亿元', '$16.93bn', 'nearly $17bn'],
  }),
  fig({ id: 'fig-share', value: 24, unit: 'percent', approx: true, writtenForms: ['a quarter', 'roughly a quarter', '24%'] }),
  fig({ id: 'fig-guests', value: 1500, unit: 'guests', approx: true, writtenForms: ['about 1,500', '1500多'] }),
  fig({ id: 'fig-netizens', value: 772e6, unit: 'people', tolerance: 0.01, writtenForms: ['7.72亿', '772 million'] }),
];

function check(text: string, options?: { lang?: string }): FigureMatch | null {
  const found = parseFigures(text, options);
  expect(found, text).toHaveLength(1);
  return matchFigure(found[0]!, FIGURES);
}
const rel = (text: string) => {
  const m = check(text);
  return m === null ? null : [m.figureId, m.relation];
};

describe('matchFigure', () => {
  it('finds the same figure written in other units, languages and scripts', () => {
    for (const t of ['112 billion yuan', '112bn yuan', '1120亿元', '一千一百二十亿元', '1,120억 위안', '112 milliards de yuans', 'RMB 112bn']) {
      expect(rel(t), t).toEqual(['fig-earnings', 'same']);
    }
    for (const t of ['1.8 million', '1.8m', '180万', '一百八十万', '1,800,000', '1 800 000', '1,8 Mio.', '1,8 млн']) {
      expect(rel(t), t).toEqual(['fig-developers', 'same']);
    }
  });

  it('compares dollars with the yuan figure through its equivalent', () => {
    expect(check('$16.93 billion')).toEqual<FigureMatch>({
      figureId: 'fig-earnings', relation: 'same', pageValue: 16.93e9, pageUnit: 'USD', sourceValue: 16.93e9, sourceUnit: 'USD', viaEquivalent: true,
    });
    expect(rel('US$17bn')).toEqual(['fig-earnings', 'rounded']);
    expect(rel('US$16.9bn')).toEqual(['fig-earnings', 'rounded']);
    expect(rel('169.3亿美元')).toEqual(['fig-earnings', 'same']);
  });

  it('calls a number within rounding or tolerance "rounded", and one a little farther "differs"', () => {
    expect(rel('$16.5bn')).toEqual(['fig-earnings', 'rounded']); // 2.5% off: within the 5% tolerance
    expect(rel('$20bn')).toEqual(['fig-earnings', 'differs']); // 18% off
    expect(rel('$15bn')).toEqual(['fig-earnings', 'differs']);
    expect(rel('$30bn')).toBeNull(); // 77% off: another number altogether
    expect(rel('112亿元')).toBeNull(); // 11.2bn: a tenth of the figure
    expect(rel('2 million')).toEqual(['fig-developers', 'rounded']); // one significant digit: 2 ± 0.5 million
    expect(rel('2.0 million')).toEqual(['fig-developers', 'differs']);
    expect(rel('1.75 million')).toEqual(['fig-developers', 'rounded']);
    expect(rel('1.7 million')).toEqual(['fig-developers', 'differs']); // 5.6% off, beyond its rounding
    expect(rel('775 million')).toEqual(['fig-netizens', 'rounded']); // this figure's own tolerance is 1%
    expect(rel('780 million')).toEqual(['fig-netizens', 'differs']);
  });

  it('matches shares only against percent figures', () => {
    expect(rel('a quarter of revenue')).toEqual(['fig-share', 'rounded']);
    expect(rel('roughly a quarter')).toEqual(['fig-share', 'rounded']);
    expect(rel('24%')).toEqual(['fig-share', 'same']);
    expect(rel('a fifth of revenue')).toEqual(['fig-share', 'differs']);
    expect(rel('a third of revenue')).toBeNull();
    expect(rel('half of revenue')).toBeNull();
    expect(rel('24 developers')).toBeNull();
    expect(rel('24 percentage points')).toBeNull();
  });

  it('never compares across unit families', () => {
    expect(rel('€16.93bn')).toBeNull();
    expect(rel('1.8 million yuan')).toBeNull();
  });

  it('lets an amount with no unit match a currency figure, but only when it agrees', () => {
    expect(rel('1120亿')).toEqual(['fig-earnings', 'same']);
    expect(rel('16.93 billion')).toEqual(['fig-earnings', 'same']);
    expect(rel('20 billion')).toBeNull();
    expect(matchFigure(parseFigures('1.8 million')[0]!, [FIGURES[1]!, fig({ id: 'n', value: 1.8e6, unit: 'CNY' }), FIGURES[0]!])?.figureId)
      .toBe('fig-developers');
  });

  it('notes a hedge the source does not need, or one the source contradicts', () => {
    const nearly = check('nearly 1.8 million');
    expect([nearly?.relation, nearly?.note]).toEqual(['same', 'hedged-but-exact']);
    const nearly17 = check('nearly $17bn');
    expect([nearly17?.relation, nearly17?.note]).toEqual(['rounded', undefined]);
    const over = check('more than 1.85 million');
    expect([over?.relation, over?.note]).toEqual(['rounded', 'hedge-contradicted']);
    const bound = check('more than 1.5 million');
    expect([bound?.figureId, bound?.relation, bound?.note]).toEqual(['fig-developers', 'rounded', undefined]); // a true bound
    const wrongBound = check('fewer than 1.5 million');
    expect([wrongBound?.relation, wrongBound?.note]).toEqual(['differs', 'hedge-contradicted']);
    const about = check('about 1,500 guests');
    expect([about?.figureId, about?.relation, about?.note]).toEqual(['fig-guests', 'same', undefined]);
  });

  it('keeps every written form of a figure matching that figure', () => {
    for (const f of FIGURES) {
      for (const form of f.writtenForms) {
        const found = parseFigures(form);
        expect(found, form).toHaveLength(1);
        const m = matchFigure(found[0]!, FIGURES);
        expect([form, m?.figureId, m?.relation === 'differs']).toEqual([form, f.id, false]);
      }
    }
  });

  it('prefers the closest figure when several are in range', () => {
    const two = [fig({ id: 'a', value: 100, unit: 'people' }), fig({ id: 'b', value: 104, unit: 'people' })];
    expect(matchFigure(parseFigures('103 people')[0]!, two)?.figureId).toBe('b');
    expect(matchFigure(parseFigures('100 people')[0]!, two)).toMatchObject({ figureId: 'a', relation: 'same' });
  });
});
