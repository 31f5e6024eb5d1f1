// Digit runs with their separators ("1,800,000", "1.800.000,50", "1 800 000", "١٬٨٠٠"), read without
// allocating per character, and the shapes that are not amounts (phone numbers, dates in digits).

const SEP_COMMA = 1;
const SEP_DOT = 2;
const SEP_SPACE = 3;
const SEP_APOS = 4;

/** The value of an ASCII, full-width, Arabic-Indic or Persian digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

function sepKind(c: number): number {
  switch (c) {
    case 0x2c: case 0x66c: return SEP_COMMA;
    case 0x2e: case 0x66b: return SEP_DOT;
    case 0x20: case 0xa0: case 0x2009: case 0x202f: return SEP_SPACE;
    case 0x27: case 0x2019: return SEP_APOS;
    default: return 0;
  }
}

/** m × 10^e without the float noise of multiplying by a negative power. */
export function scaled(m: number, e: number): number {
  return e >= 0 ? m * 10 ** e : m / 10 ** -e;
}

const isDigitAt = (text: string, j: number): boolean => j < text.length && digitValue(text.charCodeAt(j)) >= 0;

/** The digit groups of one number token; reused from token to token. */
export class DigitGroups {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly seps: number[] = [];
  count = 0;

  constructor(private readonly text: string, private readonly onStep?: () => void) {}

  /** Reads the groups starting at `i` (a digit); returns the end of the token. */
  read(i: number): number {
    const { text, starts, ends, seps } = this;
    let j = i;
    while (isDigitAt(text, j)) {
      this.onStep?.();
      j++;
    }
    starts[0] = i;
    ends[0] = j;
    seps[0] = 0;
    this.count = 1;
    while (j + 1 < text.length) {
      const sep = sepKind(text.charCodeAt(j));
      if (sep === 0 || !isDigitAt(text, j + 1)) break;
      let k = j + 1;
      while (isDigitAt(text, k)) {
        this.onStep?.();
        k++;
      }
      // A space or apostrophe only groups thousands: "1 800 000", not "1 8000" or "2017 100".
      if (sep === SEP_SPACE || sep === SEP_APOS) {
        if (k - j - 1 !== 3 || ends[0]! - starts[0]! > 3) break;
        if (this.count > 1 && seps[this.count - 1] !== sep) break;
      }
      starts[this.count] = j + 1;
      ends[this.count] = k;
      seps[this.count] = sep;
      this.count++;
      j = k;
    }
    return j;
  }

  /**
   * Index of the first fractional group (`count` when none), or -1 when the groups are no number
   * (a version, a dotted date, a list). `comma`: the page writes "1,8" for 1.8 and "1.800" for 1800.
   */
  fractionGroup(comma: boolean): number {
    const { text, starts, ends, seps, count } = this;
    if (count === 1) return 1;
    const firstLen = ends[0]! - starts[0]!;
    const last = seps[count - 1]!;
    let lastCount = 0;
    let other = 0;
    for (let g = 1; g < count; g++) {
      if (seps[g] === last) lastCount++;
      else if (other === 0) other = seps[g]!;
      else if (seps[g] !== other) return -1;
    }
    const grouped = (upTo: number): boolean => {
      if (firstLen > 3) return false;
      for (let g = 1; g < upTo; g++) if (ends[g]! - starts[g]! !== 3) return false;
      return true;
    };
    if (other !== 0) {
      if (lastCount !== 1 || last === SEP_SPACE || last === SEP_APOS) return -1;
      return grouped(count - 1) ? count - 1 : -1;
    }
    if (last === SEP_SPACE || last === SEP_APOS) return count;
    if (lastCount >= 2) return grouped(count) ? count : -1;
    const zero = firstLen === 1 && digitValue(text.charCodeAt(starts[0]!)) === 0;
    if (ends[1]! - starts[1]! !== 3 || firstLen > 3 || zero) return 1;
    return (last === SEP_COMMA) === comma ? 1 : 2;
  }

  /** The digits as an integer mantissa, with how many of them are integer and fractional. */
  digits(fractionFrom: number): { mant: number; intLen: number; fracLen: number } {
    let mant = 0;
    let intLen = 0;
    let fracLen = 0;
    for (let g = 0; g < this.count; g++) {
      for (let k = this.starts[g]!; k < this.ends[g]!; k++) {
        mant = mant * 10 + digitValue(this.text.charCodeAt(k));
        if (g >= fractionFrom) fracLen++;
        else intLen++;
      }
    }
    return { mant, intLen, fracLen };
  }
}

/** Skips a digit token with its inner separators ("3.12.2017", "10:30", "24/7"); returns its end. */
export function skipDigitToken(text: string, i: number, onStep?: () => void): number {
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (digitValue(c) < 0 && !((c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f) && isDigitAt(text, j + 1))) break;
    onStep?.();
  }
  return Math.max(j, i + 1);
}

/** A phone-number-like run ("+86 571 8888 1234", "010-12345678", "2017-12-03") at `i`: its end, or -1. */
export function phoneEnd(text: string, i: number, onStep?: () => void): number {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const plus = before === 0x2b;
  let kinds = before === 0x28 ? 8 : 0;
  let digits = 0;
  let groups = 0;
  let len = 0;
  let firstLen = 0;
  let allThree = true;
  let end = i;
  const stop = Math.min(text.length, i + 24);
  const close = (): void => {
    if (groups === 0) firstLen = len;
    else if (len !== 3) allThree = false;
    groups++;
    len = 0;
  };
  let j = i;
  while (j < stop) {
    onStep?.();
    const c = text.charCodeAt(j);
    if (digitValue(c) >= 0) {
      len++;
      digits++;
      end = ++j;
      continue;
    }
    if (len === 0) break;
    close();
    let sep: number;
    if (c === 0x29) {
      sep = 8;
      j++;
      if (j < stop && text.charCodeAt(j) === 0x20) j++;
    } else {
      sep = c === 0x20 || c === 0xa0 ? 1 : c === 0x2e ? 2 : c === 0x2d || c === 0x2010 || c === 0x2011 ? 4 : c === 0x2f ? 8 : 0;
      if (sep === 0) break;
      j++;
      if (j < stop && text.charCodeAt(j) === 0x28) {
        sep = 8;
        j++;
      }
    }
    if (!isDigitAt(text, j)) break;
    kinds |= sep;
  }
  if (len > 0) close();
  if (digits < 7 || (groups < 2 && !plus)) return -1;
  const thousands = !plus && firstLen <= 3 && allThree && (kinds === 1 || kinds === 2);
  return thousands ? -1 : end;
}
