// The part of detection every page runs: gather the signals' text into groups and ask one native
// regular expression whether any WIC name could be there. Most pages stop here with "none"; only
// pages that pass need the full scorer (detect.ts), which can load later.
import type { WicNames } from '../kb/types';
import type { PageSignals } from './types';

/** Only the names are needed here; ordinals and edition dates stay with the full scorer. */
export type NameLists = Pick<WicNames, 'conference' | 'summit'>;

export const HEAD = 0;
export const DESC = 1;
export const TAGS = 2;
export const SUB = 3;
export const URL = 4;
export const BODY = 5;

export const str = (v: unknown, max = 2000): string => (typeof v === 'string' ? v.slice(0, max) : '');
const strs = (v: unknown, n: number): string[] => (Array.isArray(v) ? v.slice(0, n).map((x) => str(x)) : []);

function urlText(url: unknown): string {
  const u = (url ?? {}) as { host?: unknown; path?: unknown };
  let path = str(u.path);
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  return `${str(u.host)} ${path}`.replace(/[/._\-+=?&#%]+/g, ' ');
}

/** The signals' text by where it stands on the page: HEAD, DESC, TAGS, SUB, URL, BODY. Bounded. */
export function signalGroups(signals: PageSignals): string[][] {
  const s = (signals ?? {}) as Partial<PageSignals>;
  const ld = (s.jsonLd ?? {}) as Partial<PageSignals['jsonLd']>;
  return [
    [str(s.title), str(s.ogTitle), str(ld.headline), ...strs(s.h1, 5)],
    [str(s.description), str(s.ogDescription), str(ld.description)],
    [str(ld.keywords), str(ld.about)],
    strs(s.h2, 20),
    [urlText(s.url)],
    [str(s.text, 40000)],
  ];
}

/**
 * One native regular expression that finds every place a name could be (a superset of what the
 * full matcher accepts), built with a handful of replacements over all names at once because it is
 * built on every page: vowels and accented letters become wildcards (folding may add or drop an
 * accent), any short gap may separate words, and Arabic alef variants form a class. Acronyms are
 * left out: alone they never make a page relevant.
 */
export function compilePrefilter(names: NameLists): RegExp {
  const all = [...(names.conference ?? []), ...(names.summit ?? [])].filter((a) => !a.caseSensitive).map((a) => a.text).join('\n')
    .replace(/\u0130/g, 'i')
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\u00c0-\u024f\u1e00-\u1effaeiouy]/g, '.')
    .replace(/[\u0622\u0623\u0625\u0627]/g, '[\u0622\u0623\u0625\u0627]')
    .replace(/[ \-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb]+/g, '[^]{0,4}');
  // Lower-case source for lower-cased text: with the `i` flag, compiling this pattern costs a
  // hundred times more, and it is compiled afresh on every page.
  return new RegExp([...new Set(all.split('\n'))].join('|') || '$^');
}

let cache: { names: NameLists; re: RegExp } | undefined;

/** False when no WIC name can be on the page (then the verdict is "none"); true when the full scorer must look. */
export function mayNameWic(signals: PageSignals, names: NameLists, groups = signalGroups(signals)): boolean {
  if (cache?.names !== names) cache = { names, re: compilePrefilter(names) };
  // (Turkish İ lower-cases to two code units; as a plain i it matches like any other.)
  const all = groups.flat().join('\n').replace(/\u0130/g, 'i').toLowerCase();
  // Full-width letters (ＷＩＣ) are folded only by the full matcher.
  return cache.re.test(all) || /[\uff01-\uff5e]/.test(all);
}
