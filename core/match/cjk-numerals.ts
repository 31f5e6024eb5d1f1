// Chinese numerals written in characters: 一百八十万, 一千一百二十亿, 七亿七千二百万, 三点五亿, 二〇一七.

const DIGIT = new Map<number, number>(
  [['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]]
    .map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);
const SMALL_UNIT = new Map<number, number>([['十', 10], ['百', 100], ['千', 1000]].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]));
const WAN = new Set(['万', '萬'].map((ch) => ch.charCodeAt(0)));
const YI = new Set(['亿', '億'].map((ch) => ch.charCodeAt(0)));
const POINT = new Set(['点', '點'].map((ch) => ch.charCodeAt(0)));
const TEN = '十'.charCodeAt(0);

export interface CjkNumber {
  end: number;
  value: number;
  /** Power of ten of the last stated digit (一百八十万 → 5), for the rounding window. */
  lastExp: number;
  /** Contains 万 or 亿. */
  big: boolean;
}

export function isCjkNumeralStart(c: number): boolean {
  return DIGIT.has(c) || c === TEN;
}

export function isCjkNumeral(c: number): boolean {
  return DIGIT.has(c) || SMALL_UNIT.has(c) || WAN.has(c) || YI.has(c);
}

/** Reads the numeral run starting at `i` (at most `limit` characters), or null if there is none. */
export function readCjkNumber(text: string, i: number, limit = 32, onStep?: () => void): CjkNumber | null {
  let result = 0;
  let section = 0;
  let num = 0;
  let prevDigit = false;
  let big = false;
  let fracDigits = '';
  let j = i;
  const stop = Math.min(text.length, i + limit);
  for (; j < stop; j++) {
    if (onStep) onStep();
    const c = text.charCodeAt(j);
    const d = DIGIT.get(c);
    if (d !== undefined) {
      num = prevDigit ? num * 10 + d : d;
      prevDigit = true;
      continue;
    }
    prevDigit = false;
    const unit = SMALL_UNIT.get(c);
    if (unit !== undefined) {
      // 十二 = 12; a leading 百 or 千 also stands for one of it (百分之百 = 100%).
      const implicit = num === 0 && (c === TEN || (section === 0 && result === 0 && j === i));
      section += (implicit ? 1 : num) * unit;
      num = 0;
    } else if (WAN.has(c)) {
      result += (section + num) * 1e4;
      section = num = 0;
      big = true;
    } else if (YI.has(c)) {
      result = (result + section + num) * 1e8;
      section = num = 0;
      big = true;
    } else if (POINT.has(c) && fracDigits === '' && j + 1 < stop && DIGIT.has(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < stop && DIGIT.has(text.charCodeAt(k))) fracDigits += String(DIGIT.get(text.charCodeAt(k++)));
      num += Number(`0.${fracDigits}`);
      j = k - 1;
    } else break;
  }
  if (j === i) return null;
  const raw = result + section + num;
  const value = Number(raw.toPrecision(12));
  let lastExp = 0;
  if (fracDigits !== '') {
    let exp = 0;
    for (let k = j - 1; k > i; k--) {
      const c = text.charCodeAt(k);
      if (WAN.has(c)) exp += 4;
      else if (YI.has(c)) exp += 8;
      else break;
    }
    lastExp = exp - fracDigits.length;
  } else if (value > 0 && Number.isFinite(value)) {
    for (let v = value; v % 10 === 0 && lastExp < 15; v /= 10) lastExp++;
  }
  return { end: j, value, lastExp, big };
}
