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
 * full matcher accepts), built with a handful of replacements over all names at once: vowels and
 * accented letters (and Cyrillic и/й, е/ё) become wildcards (folding may add or drop an accent), any short gap may separate words, and Arabic alef variants form a class. Acronyms are
 * left out: alone they never make a page relevant.
 */
export function compilePrefilter(names: NameLists): RegExp {
  const all = [...(names.conference ?? []), ...(names.summit ?? [])].filter((a) => !a.caseSensitive).map((a) => a.text).join('\n')
    .replace(/\u0130/g, 'i')
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\u00c0-\u024f\u1e00-\u1effaeiouy\u0435\u0438\u0439\u0451]/g, '.')
    .replace(/[\u0622\u0623\u0625\u0627]/g, '[\u0622\u0623\u0625\u0627]')
    .replace(/[ \-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb]+/g, '[^]{0,4}');
  // Lower-case source for lower-cased text: with the `i` flag, compiling this pattern costs a
  // hundred times more, and it is compiled afresh on every page.
  return new RegExp([...new Set(all.split('\n'))].join('|') || '$^');
}

let cache: { names: NameLists; re: RegExp } | undefined;

const WIDE_LETTER = /[\uff41-\uff5a]/;
const WIDE_LETTERS = /[\uff41-\uff5a]/g;

/** Lower case as the patterns expect; full-width Latin letters (ＷＯＲＬＤ) become ASCII, but only
 * on the rare text that has them: CJK pages are full of full-width punctuation names never need. */
function lowerForNames(text: string): string {
  // (Turkish İ lower-cases to two code units; as a plain i it matches like any other.)
  const all = text.replaceAll('\u0130', 'i').toLowerCase();
  return WIDE_LETTER.test(all) ? all.replace(WIDE_LETTERS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : all;
}

/** Whether `re` (a compiled prefilter) finds a name in `text`. */
export function testNames(re: RegExp, text: string): boolean {
  return re.test(lowerForNames(text));
}

/**
 * What the gate (page/gate) needs, computed at build time: the prefilter's pattern, and anchors,
 * plain words one of which is in any text the pattern matches. The first run of a regular
 * expression this size costs the better part of a millisecond, more than the gate's whole budget;
 * looking for a few words costs a few microseconds, and most pages have none of them.
 */
export interface GateNames {
  anchors: string[];
  pattern: string;
}

const SEPARATORS = /[ \-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb]+/;
/** What may differ between a name and the same name on a page, for the pattern: accents come and go
 * (so in Latin script only runs of plain a-z are certain; in Cyrillic и/й and е/ё), Arabic alef varies. */
const UNCERTAIN_LATIN = /[^a-z]+/;
const UNCERTAIN_OTHER = /[ \-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb\u0622\u0623\u0625\u0627\u0435\u0438\u0439\u0451]+/;

/** The runs of a name that any spelling the pattern accepts contains verbatim. */
export function certainRuns(name: string): string[] {
  const lower = name.replaceAll('\u0130', 'i').toLowerCase();
  const latin = /[a-z\u00c0-\u024f\u1e00-\u1eff]/.test(lower);
  return lower.split(latin ? UNCERTAIN_LATIN : UNCERTAIN_OTHER).filter((w) => w.length >= 2);
}

export function compileGate(names: NameLists): GateNames {
  const runs = [...(names.conference ?? []), ...(names.summit ?? [])].filter((a) => !a.caseSensitive).map((a) => certainRuns(a.text));
  // Each name's anchor is the run most names share (the word that makes it this conference:
  // internet, wuzhen), among runs of 4+ characters where it has any, then the longest.
  const shared = new Map<string, number>();
  for (const r of runs) for (const w of new Set(r)) shared.set(w, (shared.get(w) ?? 0) + 1);
  const anchors = runs.map((r) => {
    const pool = r.some((w) => w.length >= 4) ? r.filter((w) => w.length >= 4) : r;
    return pool.reduce<string | null>((best, w) => {
      if (best === null) return w;
      const d = (shared.get(w) ?? 0) - (shared.get(best) ?? 0);
      return d > 0 || (d === 0 && w.length > best.length) ? w : best;
    }, null);
  });
  const pattern = compilePrefilter(names).source;
  // A name without a certain run means no anchor can rule a page out: an empty one always matches.
  if (anchors.includes(null)) return { anchors: [''], pattern };
  // An anchor containing another is found whenever that one is; keep the shorter.
  const unique = [...new Set(anchors as string[])];
  return { anchors: unique.filter((a) => !unique.some((b) => b !== a && a.includes(b))), pattern };
}

/** GateNames ready to use: the pattern compiled. */
export interface GateMatcher {
  anchors: readonly string[];
  re: RegExp;
}

export function gateMatcher(gate: GateNames): GateMatcher {
  return { anchors: gate.anchors, re: new RegExp(gate.pattern) };
}

/** The gate's test: an anchor first (plain substring search), then the pattern. */
export function gateTest(gate: GateMatcher, text: string): boolean {
  const all = lowerForNames(text);
  for (const a of gate.anchors) if (all.includes(a)) return gate.re.test(all);
  return false;
}

/** False when no WIC name can be on the page (then the verdict is "none"); true when the full scorer must look. */
export function mayNameWic(signals: PageSignals, names: NameLists, groups = signalGroups(signals)): boolean {
  if (cache?.names !== names) cache = { names, re: compilePrefilter(names) };
  return testNames(cache.re, groups.flat().join('\n'));
}
