import { describe, expect, it } from 'vitest';
import names from '../../data/names.json';
import { dayOf, editionAround, isoDay, isoOf, textDay, urlDay } from './dates';

const day = (iso: string): number => isoDay(iso);

describe('reading dates', () => {
  it('reads ISO dates and rejects impossible ones', () => {
    expect(isoOf(isoDay('2017-12-04T08:00:00+08:00'))).toBe('2017-12-04');
    expect(isoOf(isoDay('2017/12/4 10:00'))).toBe('2017-12-04');
    expect(isoDay('2017-13-04')).toBeNaN();
    expect(isoDay('yesterday')).toBeNaN();
    expect(dayOf(2017, 2, 0)).toBeNaN();
  });

  it('reads dates in URL paths as news sites write them', () => {
    expect(isoOf(urlDay('/english/2015-12/16/c_134923301.htm'))).toBe('2015-12-16');
    expect(isoOf(urlDay('/a/201712/04/WS5a24.html'))).toBe('2017-12-04');
    expect(isoOf(urlDay('/n3/2022/1101/c90000-10165760.html'))).toBe('2022-11-01');
    expect(isoOf(urlDay('/2017/12/04/china_reboots/'))).toBe('2017-12-04');
    expect(urlDay('/article/idUSKBN1DX03G')).toBeNaN();
    expect(urlDay('/content/120171204')).toBeNaN();
  });

  it('reads the first written date in a dateline', () => {
    expect(isoOf(textDay('WUZHEN, Dec. 3, 2017 (Xinhua) --'))).toBe('2017-12-03');
    expect(isoOf(textDay('Published 4 December 2017'))).toBe('2017-12-04');
    expect(isoOf(textDay('2017年12月3日 10:52'))).toBe('2017-12-03');
    expect(isoOf(textDay('송고시간 2019년 10월 20일'))).toBe('2019-10-20');
    expect(isoOf(textDay('04.12.2017, 13.12 Uhr'))).toBe('2017-12-04');
    expect(textDay('He decided 2017 was the year')).toBeNaN();
    expect(textDay('31.02.2017')).toBeNaN();
  });
});

describe('editionAround', () => {
  const editions = names.editions;
  it('finds the edition whose news window holds the day', () => {
    expect(editionAround(day('2017-12-04'), editions)?.year).toBe(2017);
    expect(editionAround(day('2017-11-05'), editions)?.year).toBe(2017);
    expect(editionAround(day('2017-12-19'), editions)?.year).toBe(2017);
    expect(editionAround(day('2017-12-21'), editions)).toBeNull();
    expect(editionAround(day('2019-03-23'), editions)).toBeNull();
    expect(editionAround(NaN, editions)).toBeNull();
  });
});
