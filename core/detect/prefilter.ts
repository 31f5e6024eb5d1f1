// The cheap first question of detection: could any WIC name be in this text? Two answers to it.
// The content code's (mayNameWic): gather the signals' text into groups and ask one native regular
// expression; pages that pass go on to the full scorer (detect.ts). The gate's (gateTest, run by the
// background on each page's sample, core/detect/gate-sample.ts): plain word searches for names
// computed at build time, and a small pattern only where all of a name's words are there.
import type { WicNames } from '../kb/types';
import { foldText } from '../text/fold';
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

// ---- The gate's test: the same question, asked by the background of every page's sample. ----

/** What folding drops once text is in NFD: Latin and Cyrillic accents (é → e, й → и, ё → е, the dot
 * of İ) and the Arabic hamza and madda that tell أ إ آ ؤ from ا و. */
const MARKS = /[\u0300-\u036f\u0653-\u0655]/g;
/** Letters folding reads as plain though they have no decomposition (ı đ ł ø, see core/text/fold),
 * and full-width a-z. */
const ODD = /[\u0131\u0111\u0142\u00f8\uff41-\uff5a]/g;
const ODD_FROM = '\u0131\u0111\u0142\u00f8';
const ODD_TO = 'idlo';
const plain = (c: string): string => (c > '\uff00' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : ODD_TO.charAt(ODD_FROM.indexOf(c)));

/**
 * Text as the gate reads it: lower case, decomposed (NFD) and stripped of the marks folding
 * ignores, so every spelling the matcher folds onto a name (Iñternet, INTERNÉT, Ｗｏｒｌｄ, إنترنت)
 * reads exactly like the name. Three native passes; the callback runs only on the rare ı đ ł ø and
 * full-width letters (CJK pages are full of full-width punctuation, which names never need).
 * Not the matcher's foldText: that one keeps length and visits every character in JavaScript.
 */
export function foldForGate(text: string): string {
  const low = text.toLowerCase();
  return ALREADY_FOLDED.test(low) ? low : low.normalize('NFD').replace(MARKS, '').replace(ODD, plain);
}

/**
 * Lower-case text made only of characters the three passes leave alone: ASCII, Latin-1 punctuation
 * and symbols, general punctuation (curly quotes, dashes), CJK ideographs and symbols (not the tone marks), full-width
 * punctuation. Nothing there decomposes, combines or is read as another letter (prefilter.test.ts
 * checks every such code point), so most English and Chinese samples skip the passes.
 */
export const ALREADY_FOLDED = /^[\0-\u00bf\u2002-\u20cf\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff00-\uff20\uff3b-\uff40\uff5b-\uffef]*$/;

/**
 * What the gate needs, computed at build time: every distinct name (acronyms left out: alone they
 * never make a page relevant) as its words, split and folded as the matcher does, then read by
 * foldForGate, joined by single spaces. Text the matcher finds a name in contains each of its words
 * verbatim, in order, at most four characters apart. The names come in groups, each led by its
 * anchor, a word every name of the group has inside one of its words: [anchor, ...names], or just
 * [anchor] when the anchor is itself a whole name (世界互联网大会). Names another name always
 * accompanies (the long "World Internet Conference Wuzhen Summit") are left out.
 */
export interface GateNames {
  groups: string[][];
}

/** Where the matcher splits a name into words (matcher.ts SPLIT; importing it would bring the
 * matcher's tables into the gate's bundle). */
const NAME_SPLIT = /[\s\-\u2010-\u2015_'\u2018\u2019\u00b7\u30fb]+/;
/** A name's words as the matcher splits them (after folding), read by foldForGate. (No word may
 * begin or end with a combining mark: NFD could reorder it with marks beside it on the page.) */
export function gateWords(name: string): string[] {
  return foldText(name).split(NAME_SPLIT).filter(Boolean).map(foldForGate);
}

/** Whether text with name `a` always has name `b` too (b's words inside a's, gaps and all). */
function implies(a: string[], b: string[]): boolean {
  const [first, ...rest] = b;
  if (first === undefined) return true;
  if (!rest.length) return a.some((w) => w.includes(first));
  for (let i = 0; i + b.length <= a.length; i++) {
    const ok = b.every((w, k) => {
      const v = a[i + k] as string;
      return k === 0 ? v.endsWith(w) : k === b.length - 1 ? v.startsWith(w) : v === w;
    });
    if (ok) return true;
  }
  return false;
}

export function compileGate(names: NameLists): GateNames {
  const byKey = new Map<string, string[]>();
  for (const a of [...(names.conference ?? []), ...(names.summit ?? [])]) {
    if (a.caseSensitive) continue;
    const words = gateWords(a.text);
    if (words.length) byKey.set(words.join(' '), words);
  }
  const all = [...byKey.values()];
  const kept = all.filter((a) => !all.some((b) => b !== a && implies(a, b)));
  // Anchors: a few words every name has one of, inside one of its words (internet, wuzhen,
  // интернет inside интернету), picked greedily: the one in most names not yet covered, among words
  // of 4+ characters where a name has any, then the longest.
  const pools = kept.map((ws) => (ws.some((w) => w.length >= 4) ? ws.filter((w) => w.length >= 4) : ws));
  const groups: string[][] = [];
  let left = kept.map((_, i) => i);
  while (left.length) {
    const covers = (a: string): number[] => left.filter((i) => (kept[i] as string[]).some((w) => w.includes(a)));
    let best = '';
    let cover: number[] = [];
    for (const i of left) {
      for (const a of pools[i] as string[]) {
        const c = covers(a);
        if (c.length > cover.length || (c.length === cover.length && a.length > best.length)) { best = a; cover = c; }
      }
    }
    const named = cover.map((i) => (kept[i] as string[]).join(' '));
    groups.push(named.length === 1 && named[0] === best ? [best] : [best, ...named]);
    left = left.filter((i) => !cover.includes(i));
  }
  return { groups };
}

/** GateNames ready to use (nothing to compile up front: the gate builds a pattern only when it needs one). */
export type GateMatcher = Readonly<GateNames>;

export function gateMatcher(gate: GateNames): GateMatcher {
  return gate;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const GAP = '[^]{0,4}';

/**
 * The gate's test. Plain substring searches first: a name can be on the page only if its group's
 * anchor is there, then all of its words. Only the names that pass that become a pattern (a few
 * small alternatives, cheap to compile) to check the words' order and gaps; a one-word name found is
 * a name found. Most pages, even those saying "internet", end before any pattern is built.
 */
export function gateTest(gate: GateMatcher, text: string): boolean {
  const all = foldForGate(text);
  const groups = gate.groups;
  let source = '';
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as string[];
    if (!all.includes(group[0] as string)) continue;
    if (group.length === 1) return true;
    for (let j = 1; j < group.length; j++) {
      const name = group[j] as string;
      let at = 0;
      while (at <= name.length) {
        let end = name.indexOf(' ', at);
        if (end < 0) end = name.length;
        if (!all.includes(name.slice(at, end))) break;
        at = end + 1;
      }
      if (at <= name.length) continue;
      if (name.indexOf(' ') < 0) return true;
      source += (source ? '|' : '') + name.replace(SPECIAL, '\\$&').replaceAll(' ', GAP);
    }
  }
  return source !== '' && new RegExp(source).test(all);
}

/** False when no WIC name can be on the page (then the verdict is "none"); true when the full scorer must look. */
export function mayNameWic(signals: PageSignals, names: NameLists, groups = signalGroups(signals)): boolean {
  if (cache?.names !== names) cache = { names, re: compilePrefilter(names) };
  return testNames(cache.re, groups.flat().join('\n'));
}
