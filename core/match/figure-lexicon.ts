// Words around numbers, in the languages the knowledge base carries: scales, currencies, percent,
// hedges ("nearly", "约"), fractions ("a quarter", "一半") and the words that make a number a date.

import { PhraseTable } from './phrase-table';

export type Hedge = 'about' | 'below' | 'above';

export interface Scale {
  /** Power of ten the number is multiplied by. */
  exp: number;
  /** Written in a locale where "," is the decimal mark and "." groups thousands. */
  comma?: boolean;
  /** Only right after the digits, with no space ("180k", "$17b"). */
  attached?: boolean;
  /** Only with a currency ("$17b"). */
  money?: boolean;
  /** After a space, only with a currency ("$2 m"; "2 m" alone is more likely metres). */
  spacedMoney?: boolean;
}

export type Lead =
  | { kind: 'hedge'; hedge: Hedge }
  | { kind: 'currency'; unit: string }
  /** needsOf: only a share when "of" follows or a hedge precedes; endOk: or when it ends a clause. */
  | { kind: 'share'; value: number; needsOf: boolean; endOk: boolean }
  | { kind: 'month' }
  | { kind: 'percent-of' }
  | { kind: 'ordinal' };

const s = (exp: number, extra: Omit<Scale, 'exp'> = {}): Scale => ({ exp, ...extra });
const de = (exp: number): Scale => ({ exp, comma: true });

export const SCALES = new PhraseTable<Scale>([
  ['thousand', s(3)], ['thousands', s(3)], ['million', s(6)], ['millions', s(6)], ['billion', s(9)],
  ['billions', s(9)], ['trillion', s(12)], ['trillions', s(12)], ['bn', s(9)], ['bln', s(9)], ['b', s(9, { attached: true, money: true })],
  ['mn', s(6)], ['mln', s(6)], ['m', s(6, { spacedMoney: true })], ['k', s(3, { attached: true })], ['tn', s(12)], ['trn', s(12)],
  ['tausend', de(3)], ['tsd.', de(3)], ['tsd', de(3)], ['mio.', de(6)], ['mio', de(6)], ['millionen', de(6)],
  ['mrd.', de(9)], ['mrd', de(9)], ['milliarde', de(9)], ['milliarden', de(9)], ['billionen', de(12)],
  ['mille', de(3)], ['milliard', de(9)], ['milliards', de(9)], ['millions de', de(6)], ['milliards de', de(9)],
  ['mil', de(3)], ['millón', de(6)], ['millones', de(6)], ['millones de', de(6)], ['mil millones', de(9)], ['mil millones de', de(9)], ['billón', de(12)], ['billones', de(12)],
  ['milhão', de(6)], ['milhões', de(6)], ['milhões de', de(6)], ['bilhão', de(9)], ['bilhões', de(9)], ['bilhões de', de(9)], ['trilhão', de(12)], ['trilhões', de(12)],
  ['mila', de(3)], ['milione', de(6)], ['milioni', de(6)], ['miliardo', de(9)], ['miliardi', de(9)],
  ['тыс.', de(3)], ['тыс', de(3)], ['тысяча', de(3)], ['тысячи', de(3)], ['тысяч', de(3)], ['млн', de(6)], ['млн.', de(6)],
  ['миллион', de(6)], ['миллиона', de(6)], ['миллионов', de(6)], ['млрд', de(9)], ['млрд.', de(9)], ['миллиард', de(9)],
  ['миллиарда', de(9)], ['миллиардов', de(9)], ['трлн', de(12)], ['трлн.', de(12)],
  ['ألف', s(3)], ['آلاف', s(3)], ['مليون', s(6)], ['ملايين', s(6)], ['مليار', s(9)], ['مليارات', s(9)], ['بليون', s(9)], ['تريليون', s(12)],
]);

/** Scale characters written straight after digits or Chinese numerals; they chain (千万 = 10^7). */
export const CJK_SCALES = new Map<number, number>([
  ['百', 2], ['千', 3], ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['兆', 12],
  ['천', 3], ['만', 4], ['억', 8], ['조', 12],
].map(([ch, exp]) => [(ch as string).charCodeAt(0), exp as number]));

export const PERCENT = new PhraseTable<'percent' | 'percentage-points'>([
  ['%', 'percent'], ['％', 'percent'], ['٪', 'percent'], ['per cent', 'percent'], ['percent', 'percent'], ['pct', 'percent'],
  ['prozent', 'percent'], ['pour cent', 'percent'], ['por ciento', 'percent'], ['por cento', 'percent'], ['per cento', 'percent'],
  ['процент', 'percent'], ['процента', 'percent'], ['процентов', 'percent'], ['في المائة', 'percent'], ['بالمائة', 'percent'],
  ['パーセント', 'percent'], ['퍼센트', 'percent'],
  ['percentage point', 'percentage-points'], ['percentage points', 'percentage-points'], ['% points', 'percentage-points'],
  ['个百分点', 'percentage-points'], ['個百分點', 'percentage-points'], ['百分点', 'percentage-points'],
  ['prozentpunkte', 'percentage-points'], ['prozentpunkt', 'percentage-points'], ['points de pourcentage', 'percentage-points'],
  ['puntos porcentuales', 'percentage-points'], ['pontos percentuais', 'percentage-points'], ['процентных пункта', 'percentage-points'],
  ['процентных пунктов', 'percentage-points'], ['%포인트', 'percentage-points'], ['%p', 'percentage-points'], ['ポイント', 'percentage-points'],
]);

const USD = ['dollars', 'dollar', 'us dollars', 'us dollar', 'u.s. dollars', 'usd', 'us$', '$', 'dollars américains', 'dollars us',
  'dólares', 'dólar', 'dollari', 'долларов', 'доллара', 'доллар', 'долл.', 'دولار', '美元', '美金', 'ドル', '米ドル', '달러'];
const CNY = ['yuan', 'yuans', 'yuanes', 'rmb', 'renminbi', 'cny', '元', '人民币', '元人民币', '人民幣', '元人民幣', '人民元',
  '위안', 'юаней', 'юаня', 'юань', 'يوان', '¥', '￥'];
const EUR = ['euro', 'euros', 'eur', '€', 'евро', '欧元', '歐元', 'ユーロ', '유로', 'يورو'];
const GBP = ['pounds', 'pound', 'gbp', '£', '英镑', 'фунтов'];
const JPY = ['yen', 'jpy', '円', '日元', 'иен'];
const KRW = ['won', 'krw', '원', '韩元'];
const HKD = ['hkd', 'hk$', '港元', '港币'];

const currencyWords = (list: readonly string[], unit: string) => list.map((w) => [w, unit] as const);

export const CURRENCY_AFTER = new PhraseTable<string>([
  ...currencyWords(USD, 'USD'), ...currencyWords(CNY, 'CNY'), ...currencyWords(EUR, 'EUR'), ...currencyWords(GBP, 'GBP'),
  ...currencyWords(JPY, 'JPY'), ...currencyWords(KRW, 'KRW'), ...currencyWords(HKD, 'HKD'),
]);

/** Words after which a following "X of" is a share: "a quarter of", "un quart des", "ein Viertel der". */
export const OF_WORDS = new PhraseTable<true>(
  ['of', 'de', 'des', 'du', "d'", 'del', 'do', 'da', 'dos', 'das', 'di', 'della', 'dei', 'degli', 'delle', 'der', 'von', 'aller']
    .map((w) => [w, true] as const),
);

const hedges: [string, Hedge][] = [
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['some', 'about'],
  ['circa', 'about'], ['c.', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['an approximate', 'about'],
  ['nearly', 'below'], ['almost', 'below'], ['just under', 'below'], ['under', 'below'], ['less than', 'below'], ['fewer than', 'below'],
  ['up to', 'below'], ['just shy of', 'below'],
  ['over', 'above'], ['more than', 'above'], ['above', 'above'], ['upwards of', 'above'], ['at least', 'above'], ['in excess of', 'above'],
  ['just over', 'above'],
  ['rund', 'about'], ['etwa', 'about'], ['ca.', 'about'], ['ungefähr', 'about'], ['knapp', 'below'], ['fast', 'below'],
  ['über', 'above'], ['mehr als', 'above'],
  ['environ', 'about'], ['quelque', 'about'], ['près de', 'below'], ['presque', 'below'], ['plus de', 'above'], ['moins de', 'below'],
  ['alrededor de', 'about'], ['cerca de', 'about'], ['unos', 'about'], ['unas', 'about'], ['aproximadamente', 'about'], ['casi', 'below'],
  ['más de', 'above'], ['menos de', 'below'], ['quase', 'below'], ['mais de', 'above'], ['quasi', 'below'], ['oltre', 'above'], ['più di', 'above'],
  ['около', 'about'], ['примерно', 'about'], ['порядка', 'about'], ['почти', 'below'], ['менее', 'below'], ['более', 'above'],
  ['свыше', 'above'], ['больше', 'above'],
  ['حوالي', 'about'], ['حوالى', 'about'], ['نحو', 'about'], ['قرابة', 'below'], ['ما يقرب من', 'below'], ['أكثر من', 'above'], ['أقل من', 'below'],
  ['约', 'about'], ['約', 'about'], ['大约', 'about'], ['大約', 'about'], ['近', 'below'], ['将近', 'below'], ['將近', 'below'],
  ['接近', 'below'], ['近乎', 'below'], ['不到', 'below'], ['不足', 'below'], ['超过', 'above'], ['超過', 'above'], ['逾', 'above'],
  ['超', 'above'], ['多达', 'above'], ['およそ', 'about'], ['ほぼ', 'about'], ['약', 'about'], ['대략', 'about'], ['거의', 'below'],
];

const shares: [string, number, boolean][] = [
  ['a quarter', 25, true], ['one quarter', 25, true], ['one-quarter', 25, true], ['a third', 100 / 3, true], ['one third', 100 / 3, true],
  ['two thirds', 200 / 3, true], ['three quarters', 75, true], ['a fifth', 20, true], ['a fourth', 25, true], ['one fourth', 25, true], ['one fifth', 20, true], ['half', 50, true],
  ['one in four', 25, false], ['one in three', 100 / 3, false], ['one in five', 20, false], ['one in ten', 10, false],
  ['ein viertel', 25, true], ['ein drittel', 100 / 3, true], ['zwei drittel', 200 / 3, true], ['drei viertel', 75, true],
  ['die hälfte', 50, true], ['der hälfte', 50, true], ['un quart', 25, true], ['un tiers', 100 / 3, true], ['deux tiers', 200 / 3, true],
  ['trois quarts', 75, true], ['la moitié', 50, true], ['un cuarto', 25, true], ['una cuarta parte', 25, true], ['un tercio', 100 / 3, true],
  ['dos tercios', 200 / 3, true], ['tres cuartos', 75, true], ['la mitad', 50, true], ['um quarto', 25, true], ['um terço', 100 / 3, true],
  ['a metade', 50, true], ['un terzo', 100 / 3, true], ['la metà', 50, true],
  ['четверть', 25, false], ['треть', 100 / 3, false], ['две трети', 200 / 3, false], ['три четверти', 75, false], ['половина', 50, false],
  ['половину', 50, false], ['половины', 50, false], ['ربع', 25, false], ['ثلث', 100 / 3, false], ['نصف', 50, false],
  ['一半', 50, false], ['半数', 50, false], ['半分', 50, false], ['절반', 50, false],
];

const months = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'январь', 'января', 'февраль', 'февраля', 'март', 'марта', 'апрель', 'апреля', 'май', 'мая', 'июнь', 'июня', 'июль', 'июля',
  'август', 'августа', 'сентябрь', 'сентября', 'октябрь', 'октября', 'ноябрь', 'ноября', 'декабрь', 'декабря',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
];

/** Phrases that can start a figure or qualify the next one, tried at word starts. */
export const LEADS = new PhraseTable<Lead>([
  ...hedges.map(([w, hedge]) => [w, { kind: 'hedge', hedge }] as const),
  ...shares.map(([w, value, needsOf]) => [w, { kind: 'share', value, needsOf, endOk: w !== 'half' }] as const),
  ...months.map((w) => [w, { kind: 'month' }] as const),
  ...['$', 'us$', 'us $', 'u.s.$', 'usd', '＄'].map((w) => [w, { kind: 'currency', unit: 'USD' }] as const),
  ...['¥', '￥', 'rmb', 'cny', 'rmb¥'].map((w) => [w, { kind: 'currency', unit: 'CNY' }] as const),
  ...['€', 'eur'].map((w) => [w, { kind: 'currency', unit: 'EUR' }] as const),
  ...['£', 'gbp'].map((w) => [w, { kind: 'currency', unit: 'GBP' }] as const),
  ...['hk$', 'hkd'].map((w) => [w, { kind: 'currency', unit: 'HKD' }] as const),
  ...['₩', 'krw'].map((w) => [w, { kind: 'currency', unit: 'KRW' }] as const),
  ['jpy', { kind: 'currency', unit: 'JPY' }],
  ['百分之', { kind: 'percent-of' }],
  ['第', { kind: 'ordinal' }],
  ['제', { kind: 'ordinal' }],
]);

/** After the digits, these make the number a date, time, ordinal or label rather than a figure. */
export const NOT_FIGURE_AFTER = new PhraseTable<true>(
  ['年', '月', '日', '号', '號', '时', '時', '点', '點', '分', '秒', '届', '屆', '周年', '週年', '世纪', '世紀', '年代', '년', '월', '일', '시', '회',
    'st', 'nd', 'rd', 'th', 'e', 'er', 'ère', 'ème', 'eme', 'º', 'ª', '°', 'am', 'pm', 'a.m.', 'p.m.', 'uhr', 's', "'s", 'h']
    .map((w) => [w, true] as const),
);

export const MONTHS_AFTER = new PhraseTable<true>(months.flatMap((m) => [[m, true] as const, [`de ${m}`, true] as const]));

/** Hedges written after the number: "1500多人", "180万左右", "1,500여 명". */
export const HEDGE_AFTER = new PhraseTable<Hedge>([
  ['多', 'above'], ['余', 'above'], ['餘', 'above'], ['以上', 'above'], ['左右', 'about'], ['上下', 'about'], ['前后', 'about'],
  ['前後', 'about'], ['程度', 'about'], ['近く', 'below'], ['あまり', 'above'], ['余り', 'above'], ['여', 'above'], ['이상', 'above'],
  ['가량', 'about'], ['정도', 'about'], ['남짓', 'above'], ['تقريبا', 'about'], ['تقريباً', 'about'],
]);
