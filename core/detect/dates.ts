// Dates as day numbers (days since 1970-01-01 UTC), read from metadata, URLs and running text.
import type { EditionDates } from '../kb/types';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

export function dayOf(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  return m >= 1 && m <= 12 && y >= 1990 && y <= 2100 && new Date(t).getUTCDate() === d ? t / 864e5 : NaN;
}

/** "2017-12-04", "2017-12-04T08:00:00+08:00", "2017/12/04 10:00" → day number, else NaN. */
export function isoDay(s: string): number {
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  return m ? dayOf(+m[1]!, +m[2]!, +m[3]!) : NaN;
}

/** A date in a URL path: /2017-12/04/, /201712/04/, /2022/1101/, /2017/12/04/, -20171204. */
export function urlDay(path: string): number {
  const m = /(?:^|\D)(20[1-3]\d)[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  return m ? dayOf(+m[1]!, +m[2]!, +m[3]!) : NaN;
}

const TEXT_DATE =
  /(20[1-3]\d)\s?[-/.年년]\s?(\d{1,2})\s?[-/.月월]\s?(\d{1,2})|(?:(\d{1,2})\.?\s)?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s(?:(\d{1,2}),?\s)?(20[1-3]\d)|\b(\d{1,2})\.(\d{1,2})\.(20[1-3]\d)\b/i;

/**
 * The first written date in a short text: ISO, 2017年12月4日, 2017년 12월 4일, Dec. 4, 2017,
 * 4 December 2017, and the European 04.12.2017.
 */
export function textDay(s: string): number {
  const m = TEXT_DATE.exec(s);
  if (!m) return NaN;
  if (m[1]) return dayOf(+m[1], +m[2]!, +m[3]!);
  if (m[8]) return dayOf(+m[10]!, +m[9]!, +m[8]);
  return dayOf(+m[7]!, MONTHS.indexOf(m[5]!.toLowerCase()) / 3 + 1, +(m[4] ?? m[6] ?? NaN));
}

/** The edition whose news window (a month before to two weeks after) contains `day`. */
export function editionAround(day: number, editions: EditionDates[]): EditionDates | null {
  if (Number.isNaN(day)) return null;
  for (const e of editions) {
    if (day >= isoDay(e.start) - 30 && day <= isoDay(e.end) + 14) return e;
  }
  return null;
}

export function isoOf(day: number): string {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
