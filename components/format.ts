import type { UiLang } from './view-context.tsx';

const locale = (lang: UiLang): string => (lang === 'zh' ? 'zh-CN' : 'en-GB');

// Building an Intl formatter costs about a millisecond; the panel formats hundreds of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lang: UiLang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(lang), options)));
  return format;
}

function numberFormat(lang: UiLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(lang), options)));
  return format;
}

interface IsoParts {
  date: Date;
  precision: 'year' | 'month' | 'day';
}

function parseIso(iso: string): IsoParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  return { date, precision: d ? 'day' : mo ? 'month' : 'year' };
}

function dateOptions(lang: UiLang, precision: IsoParts['precision']): Intl.DateTimeFormatOptions {
  const month = lang === 'zh' ? 'long' : 'short';
  if (precision === 'year') return { year: 'numeric', timeZone: 'UTC' };
  if (precision === 'month') return { year: 'numeric', month, timeZone: 'UTC' };
  return { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' };
}

/** "3 Dec 2017" / "2017年12月3日"; partial ISO dates ("2017", "2017-12") keep their precision. */
export function formatDate(iso: string, lang: UiLang): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  return dateFormat(lang, dateOptions(lang, parts.precision)).format(parts.date);
}

/** "3–5 Dec 2017" / "2017年12月3日至5日". */
export function formatDateRange(start: string, end: string, lang: UiLang): string {
  const a = parseIso(start);
  const b = parseIso(end);
  if (!a || !b) return [start, end].filter(Boolean).join(' – ');
  if (start === end) return formatDate(start, lang);
  const precision = a.precision === 'day' && b.precision === 'day' ? 'day' : a.precision === 'year' ? 'year' : 'month';
  if (lang === 'zh' && precision === 'day') return zhDayRange(a.date, b.date);
  return dateFormat(lang, dateOptions(lang, precision)).formatRange(a.date, b.date);
}

// ICU's Chinese interval patterns vary by build (some give "2017/12/3 – 2017/12/5"), so write the usual form.
function zhDayRange(a: Date, b: Date): string {
  const [y1, m1, d1] = [a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()];
  const [y2, m2, d2] = [b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate()];
  if (y1 !== y2) return `${y1}年${m1}月${d1}日至${y2}年${m2}月${d2}日`;
  if (m1 !== m2) return `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
  return `${y1}年${m1}月${d1}日至${d2}日`;
}

const CURRENCY = /^[A-Z]{3}$/;

function compactNumber(value: number, lang: UiLang): string {
  if (Math.abs(value) < 10_000) {
    return numberFormat(lang, { maximumFractionDigits: 3 }).format(value);
  }
  return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 }).format(value);
}

function currencyLabel(code: string, lang: UiLang, display: 'symbol' | 'name'): string {
  try {
    const parts = numberFormat(lang, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}

/**
 * A figure's value in words a reader takes in at a glance, without rounding it away:
 * 16.93e9 USD → "US$16.93 billion" / "169.3亿美元"; 87 percent → "87%"; 1.8e6 people → "1.8 million people".
 */
export function formatQuantity(value: number, unit: string, lang: UiLang): string {
  if (unit === 'percent') {
    return numberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  const number = compactNumber(value, lang);
  if (CURRENCY.test(unit)) {
    return lang === 'zh' ? `${number}${currencyLabel(unit, lang, 'name')}` : `${currencyLabel(unit, lang, 'symbol')}${number}`;
  }
  return `${number} ${unit}`;
}
