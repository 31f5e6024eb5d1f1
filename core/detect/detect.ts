// Scores page signals for WIC coverage. Where a name appears counts more than how often: a
// headline naming the WIC decides on its own; body mentions need number, a place in the opening
// paragraph, or a publication date inside an edition's news window to add up to "about".
import { isoDay, editionAround, isoOf, textDay, urlDay } from './dates';
import { ACRONYM, compileNames, scanNames, type Matcher, type NameHit } from './matcher';
import { BODY, DESC, HEAD, SUB, TAGS, URL, mayNameWic, signalGroups, str } from './prefilter';
import type { DetectionReason, DetectionVerdict, NamesData, PageSignals } from './types';

/** How much of the body counts as the opening paragraph, in Latin characters (CJK counts thrice). */
const LEAD = 700;
/** Hits closer than this count as one mention ("World Internet Conference (WIC)"). */
const MERGE = 200;
export const ABOUT_SCORE = 6;
const BODY_POINTS = [0, 2, 5, 6];

let cache: { names: NamesData; m: Matcher } | undefined;

function dayFrom(s: string): number {
  const d = isoDay(s);
  return Number.isNaN(d) ? textDay(s.slice(0, 80)) : d;
}

/**
 * The opening of `text`: about a paragraph whatever the script (a CJK character says more than a
 * Latin one), and never more than the first 40% of a short article.
 */
function leadLength(text: string): number {
  let weight = 0;
  let i = 0;
  for (; i < text.length && weight < LEAD; i++) weight += text.charCodeAt(i) >= 0x2e80 ? 3 : 1;
  return Math.min(i, Math.ceil(text.length * 0.4));
}

interface Found { group: number; hit: NameHit; raw: string }

/** The page's publication day: metadata first, then the URL, then a dateline. */
function publicationDay(s: Partial<PageSignals>, text: string): { day: number; fromMeta: boolean } {
  let day = dayFrom(str(s.jsonLd?.datePublished, 80));
  if (Number.isNaN(day)) day = dayFrom(str(s.published, 80));
  const fromMeta = !Number.isNaN(day);
  if (!fromMeta) day = urlDay(str(s.url?.path));
  if (Number.isNaN(day)) day = textDay(`${str(s.title)} ${text.slice(0, 400)}`);
  return { day, fromMeta };
}

interface EditionChoice { edition: number | null; named?: { phrase: string; year: number } }

/** Votes for an edition: ordinals and years written beside a name (weighted by where), and the date. */
function chooseEdition(found: Found[], m: Matcher, leadEnd: number, day: number, dateVote: [number, number] | null, urlYear: number): EditionChoice {
  const votes = new Map<number, number>();
  const phrases = new Map<number, { w: number; phrase: string }>();
  const vote = (year: number, w: number): void => { votes.set(year, (votes.get(year) ?? 0) + w); };
  for (const f of found) {
    const byOrdinal = m.editions.find((e) => e.ordinal === f.hit.ordinal && f.hit.ordinal);
    // "The first WIC Asia-Pacific Summit" in a 2025 story is not the 2014 edition: an ordinal
    // alone names an edition only on pages written within about a year of it.
    const stale = byOrdinal && day > isoDay(byOrdinal.end) + 400;
    const year = f.hit.year || (stale ? 0 : byOrdinal?.year) || 0;
    if (!year) continue;
    const w = [6, 4, 3, 3, 3, f.hit.start < leadEnd ? 3 : 1][f.group] ?? 1;
    vote(year, w);
    if (w > (phrases.get(year)?.w ?? 0)) phrases.set(year, { w, phrase: f.raw.slice(f.hit.from, f.hit.end) });
  }
  if (urlYear >= m.minYear && urlYear <= m.maxYear) vote(urlYear, 3);
  if (dateVote) vote(...dateVote);
  let edition: number | null = null;
  let top = 0;
  for (const [year, w] of votes) if (w > top) { top = w; edition = year; }
  const phrase = edition === null ? undefined : phrases.get(edition);
  return { edition, named: phrase && edition !== null ? { phrase: phrase.phrase, year: edition } : undefined };
}

export function detectWicCoverage(signals: PageSignals, names: NamesData): DetectionVerdict {
  const groups = signalGroups(signals);
  const none: DetectionVerdict = { kind: 'none', score: 0, edition: null, reasons: [] };
  // Most pages name nothing: one native regex pass says so before any JavaScript walks the text.
  if (!mayNameWic(signals, names, groups)) return none;
  if (cache?.names !== names) cache = { names, m: compileNames(names) };
  const m = cache.m;
  const s = (signals ?? {}) as Partial<PageSignals>;
  const text = groups[BODY]?.[0] ?? '';
  const found: Found[] = [];
  groups.forEach((fields, group) => {
    for (const raw of fields) {
      const hits: NameHit[] = [];
      if (raw) scanNames(raw, m, hits);
      for (const hit of hits) found.push({ group, hit, raw });
    }
  });
  // "WIC" alone is a US nutrition programme as often as anything: it counts only beside a full name.
  if (!found.some((f) => f.hit.family !== ACRONYM)) return none;

  // The reason quotes a full name where the group has one, rather than a bare "WIC".
  const firstIn = (g: number): Found | undefined =>
    found.find((f) => f.group === g && f.hit.family !== ACRONYM) ?? found.find((f) => f.group === g);
  const has = (g: number): boolean => !!firstIn(g);
  const nameOf = (f: Found): string => f.raw.slice(f.hit.start, f.hit.end);
  const wicPath = /(?:^|[^a-z])wic(?:[-_]?(20[1-3]\d))?(?![a-z])/i.exec(`${str(s.url?.host)}/${str(s.url?.path)}`);
  const inUrl = has(URL) || !!wicPath;

  const body = found.filter((f) => f.group === BODY);
  let mentions = 0;
  let last = -Infinity;
  for (const f of body) {
    if (f.hit.start - last > MERGE) mentions++;
    last = f.hit.start;
  }
  const leadEnd = leadLength(text);
  const lead = body.find((f) => f.hit.start < leadEnd);

  const { day, fromMeta } = publicationDay(s, text);
  const around = editionAround(day, m.editions);
  const { edition, named } = chooseEdition(found, m, leadEnd, day, around ? [around.year, (fromMeta ? 4 : 3) + 0.5] : null, Number(wicPath?.[1] ?? 0));

  let score = BODY_POINTS[Math.min(mentions, 3)] ?? 0;
  if (has(HEAD)) score += 6;
  if (has(DESC)) score += 1;
  if (has(TAGS) || has(SUB)) score += 2;
  if (inUrl) score += 2;
  if (lead) score += 1;
  // Publication near an edition supports a page that names the WIC more than in passing. While
  // the conference is running, a name in the opening paragraph is enough (reporting from it); in
  // the weeks around it, a single sentence is still only a mention.
  const during = !!around && day >= isoDay(around.start) - 1 && day <= isoDay(around.end) + 1;
  if (around && (mentions > 1 || has(DESC) || has(TAGS) || has(SUB) || inUrl || (during && lead))) score += 3;

  const reasons: DetectionReason[] = [];
  const say = (key: string, ...values: string[]): void => { reasons.push({ key: `detect_reason_${key}`, values }); };
  const head = firstIn(HEAD);
  if (head) say('headline', nameOf(head));
  const url = firstIn(URL);
  if (url) say('url', nameOf(url));
  else if (wicPath) say('url', wicPath[0].replace(/^[^a-z]/i, ''));
  const desc = firstIn(DESC);
  if (desc) say('description', nameOf(desc));
  const tag = firstIn(TAGS);
  if (tag) say('keywords', nameOf(tag));
  const sub = firstIn(SUB);
  if (sub) say('subheading', nameOf(sub));
  if (body.length === 1) say('body_once');
  else if (body.length > 1) say('body_count', String(body.length));
  if (lead) say('lead', nameOf(lead));
  if (named) say('edition_named', named.phrase, String(named.year));
  if (around) say('published', isoOf(day), String(around.year), around.start, around.end, String(around.ordinal ?? ''));

  return { kind: score >= ABOUT_SCORE ? 'about' : 'mentions', score, edition, reasons };
}
