// Finds numeric expressions in running text and normalises them ("US$17bn" → 17e9 USD, "1120亿元" →
// 1.12e11 CNY, "a quarter" → 25 percent) in one forward pass; dates, years, phone numbers, ordinals
// and labels (5G, COVID-19) are left out.

import { charTables, F_ARABIC, F_DIGIT, F_HANGUL, F_WORD } from './char-table';
import { isCjkNumeralStart, readCjkNumber } from './cjk-numerals';
import { digitValue, DigitGroups, phoneEnd, scaled, skipDigitToken } from './digit-groups';
import { PhraseTable } from './phrase-table';
import {
  CJK_SCALES, CURRENCY_AFTER, HEDGE_AFTER, LEADS, MONTHS_AFTER, NOT_FIGURE_AFTER, OF_WORDS, PERCENT, SCALES,
  type Hedge, type Lead,
} from './figure-lexicon';

export type { Hedge } from './figure-lexicon';
export { matchFigure, DIFFERS_WITHIN, type FigureMatch, type FigureNote } from './figure-match';

export interface FigureMention {
  /** UTF-16 offsets of the expression (a hedge word before it is not included). */
  start: number;
  end: number;
  raw: string;
  /** In `unit`, fully scaled: "$17bn" → 17000000000. */
  value: number;
  /** ISO currency ("USD", "CNY"…), "percent", "percentage-points", or null for a plain count. */
  unit: string | null;
  /** The page hedges the number ("nearly", "about", "over", "约", "多"). */
  approx: boolean;
  hedge: Hedge | null;
  /** Half a step of the last stated digit, in `unit`: "$17bn" → 5e8, "16.93bn" → 5e6, "a quarter" → 2.5. */
  precision: number;
}

export interface ParseFiguresOptions {
  /** The page language; in de, fr, es, ru… "1.800" is 1800 and "1,800" is 1.8. */
  lang?: string;
  /** Called once per unit of work, so tests can prove the pass is linear. */
  onStep?: () => void;
}

const COMMA_DECIMAL = /^(de|fr|es|it|pt|ru|uk|nl|pl|tr|id|vi|cs|sk|sl|sv|da|nb|nn|no|fi|ro|hu|el|bg|hr|sr|lt|lv|et|ca|gl|eu)(?![a-z])/i;
const SPACE = 0x20;
const RANGE_DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2013, 0x7e, 0x301c, 0xff5e, '至'.charCodeAt(0)]);
const FRACTION_MARKS = ['分の', '分之', '분의'];
const OUT_OF = new PhraseTable<true>([['out of', true], ['von', true], ['sur', true], ['de cada', true], ['из', true]]);
/** Punctuation after which a bare "a quarter" ends a clause, so it is a share ("…: a quarter."). */
const SHARE_END = [...'.,;:!?)]"”»'].map((ch) => ch.charCodeAt(0));

const isCurrency = (unit: string | null): boolean => unit !== null && /^[A-Z]{3}$/.test(unit);

interface Amount {
  digitsEnd: number;
  end: number;
  mant: number;
  fracLen: number;
  intLen: number;
  seps: number;
  leadingZero: boolean;
  exp: number;
  hasScale: boolean;
  unit: string | null;
  hedge: Hedge | null;
  skip: boolean;
}

export function parseFigures(text: string, options: ParseFiguresOptions = {}): FigureMention[] {
  const { flags, fold } = charTables();
  const n = text.length;
  const out: FigureMention[] = [];
  const onStep = options.onStep;
  const langComma = options.lang !== undefined && COMMA_DECIMAL.test(options.lang);
  let hedge: Hedge | null = null;
  let hedgeEnd = -1;
  let monthEnd = -1;
  let ordinalEnd = -1;
  const groups = new DigitGroups(text, onStep);

  const isDigitAt = (j: number): boolean => j < n && digitValue(text.charCodeAt(j)) >= 0;
  const isLetterAt = (j: number): boolean => {
    if (j < 0 || j >= n) return false;
    const f = flags[text.charCodeAt(j)]!;
    return (f & F_WORD) !== 0 && !(f & F_DIGIT);
  };
  const isSpaceAt = (j: number): boolean => {
    if (j >= n) return false;
    const c = text.charCodeAt(j);
    return fold[c] === SPACE && c !== 0x2d && (c < 0x2010 || c > 0x2013) && c !== 0x2212 && c !== 0xfe63 && c !== 0xff0d;
  };
  const skipSpaces = (j: number, max: number): number => {
    let k = j;
    while (k < n && k - j < max && isSpaceAt(k)) k++;
    return k;
  };
  /** Only spaces (or dots, for "Dec. 3") between `from` and `to`, and not many. */
  const closeGap = (from: number, to: number, dots = false): boolean => {
    if (from < 0 || to < from || to - from > 3) return false;
    for (let k = from; k < to; k++) if (!isSpaceAt(k) && !(dots && text.charCodeAt(k) === 0x2e)) return false;
    return true;
  };
  const hedgeAt = (start: number): Hedge | null => (hedge !== null && closeGap(hedgeEnd, start) ? hedge : null);

  function emit(start: number, end: number, value: number, unit: string | null, h: Hedge | null, precision: number): void {
    if (!Number.isFinite(value)) return;
    out.push({ start, end, raw: text.slice(start, end), value, unit, approx: h !== null, hedge: h, precision });
  }

  function readAmount(i: number, prefixUnit: string | null): Amount {
    const digitsEnd = groups.read(i);
    const a: Amount = {
      digitsEnd, end: digitsEnd, mant: 0, fracLen: 0, intLen: 0, seps: groups.count - 1, leadingZero: false, exp: 0,
      hasScale: false, unit: prefixUnit, hedge: null, skip: false,
    };
    let p = digitsEnd;
    let comma = langComma;
    let moneyScale = false;
    let scaleStart = -1;
    while (p < n && CJK_SCALES.has(text.charCodeAt(p))) {
      a.exp += CJK_SCALES.get(text.charCodeAt(p))!;
      a.hasScale = true;
      p++;
    }
    if (!a.hasScale) {
      const q = skipSpaces(p, 2);
      const hit = SCALES.match(text, p, onStep) ?? (q > p ? SCALES.match(text, q, onStep) : null);
      const attached = hit !== null && q === p;
      if (hit !== null && (attached || !hit.value.attached) && (attached || !hit.value.spacedMoney || prefixUnit !== null)) {
        scaleStart = p;
        a.exp = hit.value.exp;
        a.hasScale = true;
        comma ||= hit.value.comma === true;
        moneyScale = hit.value.money === true || (!attached && hit.value.spacedMoney === true);
        p = hit.end;
      }
    }
    const h1 = HEDGE_AFTER.match(text, p, onStep);
    if (h1 !== null) {
      a.hedge = h1.value;
      p = h1.end;
    }
    if (a.unit === null) {
      const q = skipSpaces(p, 2);
      const pc = PERCENT.match(text, p, onStep) ?? (q > p ? PERCENT.match(text, q, onStep) : null);
      const cur = pc === null ? (CURRENCY_AFTER.match(text, p, onStep) ?? (q > p ? CURRENCY_AFTER.match(text, q, onStep) : null)) : null;
      if (pc !== null && !a.hasScale) {
        a.unit = pc.value;
        p = pc.end;
      } else if (cur !== null) {
        a.unit = cur.value;
        p = cur.end;
      }
    }
    if (a.hedge === null && p === digitsEnd && p < n && text.charCodeAt(p) === 0x2b && !isDigitAt(p + 1)) {
      a.hedge = 'above'; // "80+ countries"
      p++;
    }
    if (a.hedge === null) {
      const h2 = HEDGE_AFTER.match(text, p, onStep);
      if (h2 !== null) {
        a.hedge = h2.value;
        p = h2.end;
      }
    }
    if (moneyScale && !isCurrency(a.unit)) {
      a.skip = scaleStart === digitsEnd;
      a.hasScale = false;
      a.exp = 0;
      p = digitsEnd;
    }
    a.end = p;
    if (p === digitsEnd && (isLetterAt(p) && !(flags[text.charCodeAt(p)]! & F_HANGUL) || NOT_FIGURE_AFTER.match(text, p, onStep) !== null)) a.skip = true;
    const c = p === digitsEnd && p + 1 < n ? text.charCodeAt(p) : 0;
    if ((c === 0x2f || c === 0x3a) && isDigitAt(p + 1)) a.skip = true; // 24/7, 3/12, 10:30
    const dec = groups.fractionGroup(comma);
    if (dec < 0) {
      a.skip = true;
      return a;
    }
    const d = groups.digits(dec);
    a.mant = d.mant;
    a.intLen = d.intLen;
    a.fracLen = d.fracLen;
    a.leadingZero = a.intLen > 1 && digitValue(text.charCodeAt(i)) === 0;
    return a;
  }

  function gluedBefore(i: number): boolean {
    if (i === 0) return false;
    const c = text.charCodeAt(i - 1);
    if (isLetterAt(i - 1)) return !(flags[c]! & F_ARABIC); // Arabic "و112" (and 112) is not a label
    if (c === 0x5f || c === 0x23 || c === 0x40 || c === 0x2f || c === 0x3a || c === 0x5c) return true;
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return isLetterAt(i - 2) || isDigitAt(i - 2);
    return (c === 0x2e || c === 0x2c) && isDigitAt(i - 2);
  }

  /** A number with no unit or scale that is a date, year, ordinal or identifier. */
  function isLabel(a: Amount, start: number, value: number, h: Hedge | null): boolean {
    if (a.unit !== null || a.hasScale) return false;
    // "around 2000" may be a year; "over 2000", "1500多" are counts.
    const quantity = a.hedge !== null || h === 'above' || h === 'below';
    if (a.seps === 0 && a.fracLen === 0 && a.intLen === 4 && value >= 1000 && value <= 2999 && !quantity) return true;
    if (a.seps === 0 && a.intLen >= 8) return true;
    if (a.leadingZero && a.fracLen === 0) return true;
    if (closeGap(ordinalEnd, start)) return true;
    if (a.fracLen === 0 && value >= 1 && value <= 31) {
      if (closeGap(monthEnd, start, true)) return true;
      let q = a.digitsEnd;
      if (q < n && text.charCodeAt(q) === 0x2e) q++;
      if (MONTHS_AFTER.match(text, skipSpaces(q, 2), onStep) !== null) return true;
    }
    return false;
  }

  function emitAmount(a: Amount, start: number, h: Hedge | null): void {
    const value = scaled(a.mant, a.exp - a.fracLen);
    if (isLabel(a, start, value, h)) return;
    emit(start, a.end, value, a.unit, h ?? a.hedge, scaled(5, a.exp - a.fracLen - 1));
  }

  /** "4分の1", "4分之1", "4분의 1" right after a number: the share in percent, and its end. */
  function fractionAfter(j: number, denominator: number): { end: number; value: number } | null {
    for (const mark of FRACTION_MARKS) {
      if (!text.startsWith(mark, j)) continue;
      const k = skipSpaces(j + mark.length, 1);
      let num = -1;
      let end = k;
      if (isDigitAt(k)) {
        num = 0;
        while (isDigitAt(end) && end - k < 6) num = num * 10 + digitValue(text.charCodeAt(end++));
      } else {
        const r = readCjkNumber(text, k, 6, onStep);
        if (r !== null) {
          num = r.value;
          end = r.end;
        }
      }
      if (num > 0 && denominator > 0 && num <= denominator) return { end, value: (num / denominator) * 100 };
    }
    return null;
  }

  /** A rating "87/100", "87 out of 100": the end of its "/100" part, or -1. */
  function scoreEnd(j: number): number {
    let k = j;
    if (text.charCodeAt(k) === 0x2f) k++;
    else {
      const out = OUT_OF.match(text, skipSpaces(k, 1), onStep);
      if (out === null || out.end === k) return -1;
      k = skipSpaces(out.end, 1);
    }
    let d = 0;
    let end = k;
    while (isDigitAt(end) && end - k < 4) d = d * 10 + digitValue(text.charCodeAt(end++));
    if (end === k || isDigitAt(end) || (d !== 5 && d !== 10 && d !== 100) || text.charCodeAt(end) === 0x2f) return -1;
    return end;
  }

  function atDigit(i: number, start: number, prefixUnit: string | null): number {
    if (start === i) {
      if (gluedBefore(i)) return skipDigitToken(text, i, onStep);
      const pe = phoneEnd(text, i, onStep);
      if (pe > 0) return pe;
    }
    const a = readAmount(i, prefixUnit);
    const h = hedgeAt(start);
    if (a.seps === 0 && a.end === a.digitsEnd && prefixUnit === null) {
      const frac = fractionAfter(a.digitsEnd, a.mant);
      if (frac !== null) {
        emit(start, frac.end, frac.value, 'percent', h, frac.value * 0.1);
        return frac.end;
      }
    }
    if (a.end === a.digitsEnd && prefixUnit === null) {
      const score = scoreEnd(a.digitsEnd);
      if (score > 0) {
        emit(start, score, scaled(a.mant, -a.fracLen), null, h, scaled(5, -a.fracLen - 1));
        return score;
      }
    }
    if (a.skip) return Math.max(a.end, a.digitsEnd, i + 1);
    if (a.end === a.digitsEnd) {
      const dash = skipSpaces(a.digitsEnd, 1);
      const bStart = skipSpaces(dash + 1, 1);
      if (dash < n && RANGE_DASHES.has(text.charCodeAt(dash)) && isDigitAt(bStart)) {
        const b = readAmount(bStart, null);
        const next = Math.max(b.end, bStart + 1);
        // "2014–19", "1990-95": a span of years, not two figures.
        if (b.skip || isLabel(a, start, scaled(a.mant, -a.fracLen), h)) return next;
        if (!a.hasScale && b.hasScale) {
          a.exp = b.exp;
          a.hasScale = true;
        }
        a.unit ??= b.unit;
        b.unit ??= a.unit;
        emitAmount(a, start, h);
        emitAmount(b, bStart, h);
        return next;
      }
    }
    emitAmount(a, start, h);
    return Math.max(a.end, i + 1);
  }

  function atCjkNumeral(i: number): number {
    const r = readCjkNumber(text, i, 32, onStep);
    if (r === null) return i;
    const h = hedgeAt(i);
    const frac = fractionAfter(r.end, r.value);
    if (frac !== null) {
      emit(i, frac.end, frac.value, 'percent', h, frac.value * 0.1);
      return frac.end;
    }
    let p = r.end;
    let unit: string | null = null;
    let after: Hedge | null = null;
    const h1 = HEDGE_AFTER.match(text, p, onStep);
    if (h1 !== null) [after, p] = [h1.value, h1.end];
    const pc = PERCENT.match(text, p, onStep);
    const cur = pc === null ? CURRENCY_AFTER.match(text, p, onStep) : null;
    if (pc !== null) [unit, p] = [pc.value, pc.end];
    else if (cur !== null) [unit, p] = [cur.value, cur.end];
    const h2 = after === null ? HEDGE_AFTER.match(text, p, onStep) : null;
    if (h2 !== null) [after, p] = [h2.value, h2.end];
    const label = NOT_FIGURE_AFTER.match(text, r.end, onStep) !== null || closeGap(ordinalEnd, i);
    if (label || (!r.big && unit === null) || r.value === 0) return r.end;
    emit(i, p, r.value, unit, h ?? after, scaled(5, r.lastExp - 1));
    return p;
  }

  function atLead(i: number, lead: Lead, end: number): number {
    switch (lead.kind) {
      case 'hedge':
        hedge = lead.hedge;
        hedgeEnd = end;
        return end;
      case 'month':
        monthEnd = end;
        return end;
      case 'ordinal':
        ordinalEnd = end;
        return end;
      case 'currency': {
        const c = text.charCodeAt(i);
        if (!(flags[c]! & F_WORD) && isLetterAt(i - 1)) return i;
        const q = skipSpaces(end, 1);
        return isDigitAt(q) ? atDigit(q, i, lead.unit) : i;
      }
      case 'percent-of': {
        if (isDigitAt(end)) {
          const a = readAmount(end, 'percent');
          if (a.skip) return Math.max(a.digitsEnd, end);
          emit(i, a.digitsEnd, scaled(a.mant, -a.fracLen), 'percent', hedgeAt(i), scaled(5, -a.fracLen - 1));
          return a.digitsEnd;
        }
        const r = readCjkNumber(text, end, 32, onStep);
        if (r === null) return end;
        emit(i, r.end, r.value, 'percent', hedgeAt(i), scaled(5, r.lastExp - 1));
        return r.end;
      }
      case 'share': {
        const h = hedgeAt(i);
        let ok = !lead.needsOf || h !== null;
        if (!ok) {
          const q = skipSpaces(end, 2);
          ok = (q > end && OF_WORDS.match(text, q, onStep) !== null) || (lead.endOk && (end === n || SHARE_END.includes(text.charCodeAt(end))));
        }
        if (ok) emit(i, end, lead.value, 'percent', h, lead.value * 0.1);
        return end;
      }
    }
  }

  let i = 0;
  while (i < n) {
    onStep?.();
    const c = text.charCodeAt(i);
    const f = flags[c]!;
    if (f & F_DIGIT) {
      i = atDigit(i, i, null);
      continue;
    }
    const wordStart = !(f & F_WORD) || !isLetterAt(i - 1);
    if (wordStart && LEADS.canStart(c)) {
      const lead = LEADS.match(text, i, onStep);
      if (lead !== null) {
        const next = atLead(i, lead.value, lead.end);
        if (next > i) {
          i = next;
          continue;
        }
      }
    }
    if (isCjkNumeralStart(c)) {
      const next = atCjkNumeral(i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    i++;
    if (f & F_WORD) {
      while (i < n && flags[text.charCodeAt(i)]! & F_WORD) {
        if (flags[text.charCodeAt(i)]! & F_DIGIT && flags[text.charCodeAt(i - 1)]! & F_ARABIC) break;
        onStep?.();
        i++;
      }
    }
  }
  return out;
}
