import { describe, expect, it } from 'vitest';
import { parseFigures, type ParseFiguresOptions } from './figures';

type Row = [raw: string, value: number, unit: string | null];

const rows = (text: string, options?: ParseFiguresOptions): Row[] => parseFigures(text, options).map((m) => [m.raw, m.value, m.unit]);
const one = (text: string, options?: ParseFiguresOptions) => {
  const found = parseFigures(text, options);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('parseFigures: currencies and scales', () => {
  it('reads dollar amounts written the ways the press writes them', () => {
    expect(rows('$16.93 billion')).toEqual([['$16.93 billion', 16_930_000_000, 'USD']]);
    expect(rows('US$17bn')).toEqual([['US$17bn', 17e9, 'USD']]);
    expect(rows('US$ 16.9bn')).toEqual([['US$ 16.9bn', 16.9e9, 'USD']]);
    expect(rows('USD 1,000')).toEqual([['USD 1,000', 1000, 'USD']]);
    expect(rows('$17b and $2.5m and $2 m')).toEqual([['$17b', 17e9, 'USD'], ['$2.5m', 2.5e6, 'USD'], ['$2 m', 2e6, 'USD']]);
    expect(rows('16.93 billion US dollars')).toEqual([['16.93 billion US dollars', 16.93e9, 'USD']]);
    expect(rows('€15bn, £3m, ¥500, HK$1bn, 180k')).toEqual([
      ['€15bn', 15e9, 'EUR'], ['£3m', 3e6, 'GBP'], ['¥500', 500, 'CNY'], ['HK$1bn', 1e9, 'HKD'], ['180k', 180_000, null],
    ]);
  });

  it('reads yuan amounts in English, Chinese and mixed forms', () => {
    expect(rows('112bn yuan')).toEqual([['112bn yuan', 112e9, 'CNY']]);
    expect(rows('112 billion yuan (RMB 112bn)')).toEqual([['112 billion yuan', 112e9, 'CNY'], ['RMB 112bn', 112e9, 'CNY']]);
    expect(rows('1120亿元')).toEqual([['1120亿元', 112e9, 'CNY']]);
    expect(rows('112亿元')).toEqual([['112亿元', 11.2e9, 'CNY']]);
    expect(rows('1,120亿元人民币')).toEqual([['1,120亿元人民币', 112e9, 'CNY']]);
    expect(rows('169.3亿美元')).toEqual([['169.3亿美元', 16.93e9, 'USD']]);
    expect(rows('一千一百二十亿元')).toEqual([['一千一百二十亿元', 112e9, 'CNY']]);
  });

  it('reads 万 and 亿 with digits and with Chinese numerals', () => {
    expect(rows('180万')).toEqual([['180万', 1.8e6, null]]);
    expect(rows('一百八十万开发者')).toEqual([['一百八十万', 1.8e6, null]]);
    expect(rows('7.72亿网民')).toEqual([['7.72亿', 772e6, null]]);
    expect(rows('七亿七千二百万网民')).toEqual([['七亿七千二百万', 772e6, null]]);
    expect(rows('三点五亿')).toEqual([['三点五亿', 3.5e8, null]]);
    expect(rows('十万')).toEqual([['十万', 1e5, null]]);
    expect(rows('1千万 and ２万')).toEqual([['1千万', 1e7, null], ['２万', 2e4, null]]);
  });

  it('reads Japanese and Korean amounts', () => {
    expect(rows('約169億ドル')).toEqual([['169億ドル', 16.9e9, 'USD']]);
    expect(rows('1120億元')).toEqual([['1120億元', 112e9, 'CNY']]);
    expect(rows('1,120억 위안')).toEqual([['1,120억 위안', 112e9, 'CNY']]);
    expect(rows('180만 명의 개발자')).toEqual([['180만', 1.8e6, null]]);
    expect(rows('169억 달러를')).toEqual([['169억 달러', 16.9e9, 'USD']]);
  });

  it('reads European, Russian and Arabic scale words with their decimal commas', () => {
    expect(rows('1,8 Mio. Entwickler')).toEqual([['1,8 Mio.', 1.8e6, null]]);
    expect(rows('16,93 Mrd. US-Dollar')).toEqual([['16,93 Mrd. US-Dollar', 16.93e9, 'USD']]);
    expect(rows('112 Milliarden Yuan')).toEqual([['112 Milliarden Yuan', 112e9, 'CNY']]);
    expect(rows('112 milliards de yuans')).toEqual([['112 milliards de yuans', 112e9, 'CNY']]);
    expect(rows('1,8 million de développeurs')).toEqual([['1,8 million', 1.8e6, null]]);
    expect(rows('112.000 millones de yuanes')).toEqual([['112.000 millones de yuanes', 112e9, 'CNY']]);
    expect(rows('112 mil millones de yuanes')).toEqual([['112 mil millones de yuanes', 112e9, 'CNY']]);
    expect(rows('16,9 bilhões de dólares')).toEqual([['16,9 bilhões de dólares', 16.9e9, 'USD']]);
    expect(rows('1,8 млн разработчиков и 112 млрд юаней')).toEqual([['1,8 млн', 1.8e6, null], ['112 млрд юаней', 112e9, 'CNY']]);
    expect(rows('1.8 مليون مطور و112 مليار يوان')).toEqual([['1.8 مليون', 1.8e6, null], ['112 مليار يوان', 112e9, 'CNY']]);
    expect(rows('١٫٨ مليون')).toEqual([['١٫٨ مليون', 1.8e6, null]]);
  });
});

describe('parseFigures: separators', () => {
  it('reads thousands separators by locale heuristics', () => {
    expect(rows('1,800,000 / 1.800.000 / 1 800 000 / 1\u202f800\u202f000 / 1\'800\'000')).toEqual([
      ['1,800,000', 1.8e6, null], ['1.800.000', 1.8e6, null], ['1 800 000', 1.8e6, null], ['1\u202f800\u202f000', 1.8e6, null],
      ['1\'800\'000', 1.8e6, null],
    ]);
    expect(rows('1,800,000.50 and 1.800.000,50')).toEqual([['1,800,000.50', 1800000.5, null], ['1.800.000,50', 1800000.5, null]]);
    expect(rows('16.93 and 16,93')).toEqual([['16.93', 16.93, null], ['16,93', 16.93, null]]);
  });

  it('decides an ambiguous "1,800" or "1.800" by the page language', () => {
    expect(one('1,800 developers').value).toBe(1800);
    expect(one('1.800 developers').value).toBe(1.8);
    expect(one('1.800 Entwickler', { lang: 'de' }).value).toBe(1800);
    expect(one('1,800 Entwickler', { lang: 'de-DE' }).value).toBe(1.8);
    expect(one('0,500 g', { lang: 'en' }).value).toBe(0.5);
  });

  it('does not read "1 8000" or "2017 100" as one grouped number', () => {
    expect(rows('1 8000')).toEqual([['1', 1, null], ['8000', 8000, null]]);
  });
});

describe('parseFigures: percentages and shares', () => {
  it('reads percent in its spellings, and percentage points apart from percent', () => {
    expect(rows('24%, 24 %, 24 per cent, 24 percent, 24 Prozent, 24 pour cent, 24 por ciento, 24 процента')).toEqual(
      Array.from({ length: 8 }, (_, k) => [['24%', '24 %', '24 per cent', '24 percent', '24 Prozent', '24 pour cent', '24 por ciento', '24 процента'][k]!, 24, 'percent']),
    );
    expect(rows('30.1% of GDP')).toEqual([['30.1%', 30.1, 'percent']]);
    expect(rows('up 2 percentage points, 2个百分点')).toEqual([['2 percentage points', 2, 'percentage-points'], ['2个百分点', 2, 'percentage-points']]);
    expect(rows('百分之二十四, 百分之24, 百分之百')).toEqual([['百分之二十四', 24, 'percent'], ['百分之24', 24, 'percent'], ['百分之百', 100, 'percent']]);
    expect(rows('٢٤٪')).toEqual([['٢٤٪', 24, 'percent']]);
  });

  it('reads fractions as shares', () => {
    expect(rows('a quarter of total App Store revenue')).toEqual([['a quarter', 25, 'percent']]);
    expect(rows('three-quarters of users, two thirds of them, half of all, one in four')).toEqual([
      ['three-quarters', 75, 'percent'], ['two thirds', 200 / 3, 'percent'], ['half', 50, 'percent'], ['one in four', 25, 'percent'],
    ]);
    expect(rows('四分之一, 4分の1, 4분의 1, 一半')).toEqual([
      ['四分之一', 25, 'percent'], ['4分の1', 25, 'percent'], ['4분의 1', 25, 'percent'], ['一半', 50, 'percent'],
    ]);
    expect(rows('ein Viertel der Einnahmen, un quart des revenus, la mitad de los ingresos, четверть')).toEqual([
      ['ein Viertel', 25, 'percent'], ['un quart', 25, 'percent'], ['la mitad', 50, 'percent'], ['четверть', 25, 'percent'],
    ]);
  });

  it('does not read ordinary uses of the same words as shares', () => {
    expect(rows('a third party, in the second half, a quarter century, the third quarter, behalf')).toEqual([]);
    expect(rows('roughly a quarter.')).toEqual([['a quarter', 25, 'percent']]);
  });
});

describe('parseFigures: hedges', () => {
  it('flags hedged numbers and records the direction', () => {
    const cases: [string, string, 'about' | 'below' | 'above'][] = [
      ['nearly 1.8 million', '1.8 million', 'below'], ['about 1,500 guests', '1,500', 'about'], ['more than 400 companies', '400', 'above'],
      ['roughly a quarter', 'a quarter', 'about'], ['over $17bn', '$17bn', 'above'], ['近180万', '180万', 'below'],
      ['约1120亿元', '1120亿元', 'about'], ['超过1500人', '1500', 'above'], ['1500多人', '1500多', 'above'], ['180万左右', '180万左右', 'about'],
      ['knapp 1,8 Mio.', '1,8 Mio.', 'below'], ['près de 1,8 million', '1,8 million', 'below'], ['casi 1,8 millones', '1,8 millones', 'below'],
      ['почти 1,8 млн', '1,8 млн', 'below'], ['حوالي 1.8 مليون', '1.8 مليون', 'about'], ['約169億ドル', '169億ドル', 'about'],
      ['약 180만', '180만', 'about'], ['80+ countries', '80+', 'above'],
    ];
    for (const [text, raw, hedge] of cases) {
      const m = one(text);
      expect([m.raw, m.approx, m.hedge], text).toEqual([raw, true, hedge]);
    }
    expect(one('1.8 million').approx).toBe(false);
    expect(one('nearly all of the 1.8 million').approx).toBe(false);
  });
});

describe('parseFigures: what is not a figure', () => {
  it('leaves out years and dates unless they carry a unit', () => {
    expect(rows('In 2017, on 3 December, December 3, 2017, Dec. 3 and 3. Dezember, le 3 décembre, el 3 de diciembre, 3 декабря')).toEqual([]);
    expect(rows('2017年12月3日, 12月3日, 2017년 12월 3일')).toEqual([]);
    expect(rows('2017-12-03, 3.12.2017, 12/3/2017, 2014-2019, 2014–19, 1990s, 10:30, 24/7')).toEqual([]);
    expect(rows('2017 yuan')).toEqual([['2017 yuan', 2017, 'CNY']]);
  });

  it('leaves out phone numbers, ordinals, versions and labels', () => {
    expect(rows('+86 571 8888 1234, (010) 1234 5678, 010-12345678, 555-1234, 400-820-1234, 13812345678')).toEqual([]);
    expect(rows('the 4th WIC, 第四届, 第4届, 제4회, 4e édition, 5G, G20, A320, COVID-19, MP3, v1.2.3, 192.168.0.1, #3')).toEqual([]);
  });

  it('keeps plain counts and leaves ranges sane', () => {
    expect(rows('24 sub-forums and 1,500 guests')).toEqual([['24', 24, null], ['1,500', 1500, null]]);
    expect(rows('10-20% and $10–20bn, 3 to 4')).toEqual([
      ['10', 10, 'percent'], ['20%', 20, 'percent'], ['$10', 10e9, 'USD'], ['20bn', 20e9, 'USD'], ['3', 3, null], ['4', 4, null],
    ]);
    expect(rows('1.5-2 million')).toEqual([['1.5', 1.5e6, null], ['2 million', 2e6, null]]);
    expect(rows('scored 87/100, 87 out of 100, 4/5 stars')).toEqual([['87/100', 87, null], ['87 out of 100', 87, null], ['4/5', 4, null]]);
  });
});

describe('parseFigures: the E&T article sentence', () => {
  it('finds exactly the three figures with hedges, units and precision', () => {
    const text =
      'On Sunday, Cook informed the conference in a keynote address that there are nearly 1.8 million Chinese developers ' +
      'using Apple’s App Store have earned nearly $17bn: a quarter of total App Store revenue.';
    const found = parseFigures(text);
    expect(found.map((m) => [m.raw, m.value, m.unit, m.hedge, m.precision])).toEqual([
      ['1.8 million', 1.8e6, null, 'below', 5e4],
      ['$17bn', 17e9, 'USD', 'below', 5e8],
      ['a quarter', 25, 'percent', null, 2.5],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });
});
