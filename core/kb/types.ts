// The shape of the bundled knowledge base. Data lives in data/ and is validated against the
// zod schema in data/schema.ts at build/test time; at run time code only trusts these types.

/** BCP-47-ish tags for the languages we carry names in. */
export type Lang =
  | 'en' | 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'ru' | 'ar' | 'ur' | 'fil'
  | 'id' | 'vi' | 'tr' | 'th' | 'hi';

/** How well a fact is supported (mirrors the fact sheet's labels). */
export type Confidence = 'confirmed' | 'single-source' | 'conflicting';

export interface Source {
  id: string;            // e.g. "src-reuters-xi-letter-2017"
  title: string;
  publisher: string;
  url: string;
  date?: string;         // ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
}

/** One way a thing is written in text. */
export interface Alias {
  text: string;
  lang: Lang;
  /** Acronyms (WIC, CAC, VPN) match case-sensitively; names do not. */
  caseSensitive?: boolean;
}

/** A sourced statement, in our own words. */
export interface Fact {
  id: string;                 // stable id; where it comes from the fact sheet, reuse its id (e.g. "ed-2017-05")
  text: string;
  sources: string[];          // Source ids, at least one
  confidence: Confidence;
  date?: string;
  /** Who says it, for single-source facts ("according to Reuters"). */
  attribution?: string;
  /** Required when confidence === 'conflicting': each side with its own sources. */
  sides?: { text: string; sources: string[] }[];
  note?: string;
}

export interface Edition {
  id: string;                 // "wic-2017"
  year: number;
  ordinal: number | null;     // 1..6 for 2014–2019; null after (editions are named by year)
  name: string;               // "4th World Internet Conference"
  nameZh?: string;            // "第四届世界互联网大会"
  start: string;              // ISO date
  end: string;                // ISO date
  place: string;
  theme: { en: string; zh?: string };
  xi: Fact;                   // how Xi took part
  facts: Fact[];              // attendance, notable attendees and moments
}

export type EntityKind = 'person' | 'body' | 'place';

export interface Role {
  title: string;
  from?: string;              // ISO date
  to?: string;                // ISO date; absent = still held as of the data's date
  /**
   * The sources confirm the post only between from and to (both required); it may have begun
   * earlier or lasted longer. Without it, from/to are the real start/end.
   */
  attested?: boolean;
  note?: string;
  sources: string[];
}

export interface Entity {
  id: string;                 // "person-xu-lin", "body-cac", "place-wuzhen"
  kind: EntityKind;
  name: string;               // English display name
  nameZh?: string;            // simplified Chinese
  aliases: Alias[];           // all names in all languages, including the display names
  summary: string;            // one plain sentence
  roles?: Role[];
  facts: Fact[];
}

export interface Term {
  id: string;                 // "term-cyber-sovereignty"
  name: string;
  nameZh?: string;
  aliases: Alias[];
  definition: string;         // plain-language, one or two sentences
  facts: Fact[];              // context
  sources: string[];
}

export interface Figure {
  id: string;                 // "fig-china-dev-earnings"
  label: string;              // "Earnings of developers in China (to Dec 2017)"
  value: number;              // in `unit`
  unit: string;               // ISO currency (USD, CNY), "people", "percent", "developers", ...
  approx?: boolean;           // value is itself approximate ("about 24%")
  asOf: string;               // ISO date
  measures: string;           // what it measures
  shareOf?: string;           // for shares: of what
  /** Equivalent values in other units, e.g. 112bn CNY ≈ 16.93bn USD. */
  equivalents?: { value: number; unit: string; note?: string }[];
  /** How it is written in text: "$17bn", "112 billion yuan", "1120亿元", "180万". */
  writtenForms: string[];
  /** Relative tolerance for matching a page number to this figure (default 0.05). */
  tolerance?: number;
  sources: string[];
  confidence: Confidence;
  /** The fact-sheet id the figure comes from (e.g. "f-cook-02"), for provenance. */
  sheetId?: string;
}

export type Verdict = 'confirmed' | 'context' | 'corrected';

export interface Claim {
  id: string;
  text: string;               // what the article says (short, close to its words)
  verdict: Verdict;
  explanation: string;        // why, in plain words; for 'corrected' this is the correction
  factIds: string[];          // facts that confirm / qualify / correct it
  sources: string[];
}

export interface Quote {
  id: string;
  speakerId: string;          // Entity id
  words: string;              // as the article gives them
  translation?: { by: string; note: string };
  occasion: string;
  place: string;
  date: string;
  sources: string[];
}

export interface Article {
  id: string;
  headline: string;
  publisher: string;
  date: string;
  url: string;
  summary: string;
  claims: Claim[];
  quotes: Quote[];
  figureIds: string[];
  entityIds: string[];
  termIds: string[];
  imageCredits: { caption: string; credit: string }[];
}

/** The WIC's own names, read by detection and by the hover matcher. */
export interface WicNames {
  /** "World Internet Conference", "世界互联网大会", "Weltinternetkonferenz", "WIC" (caseSensitive) ... */
  conference: Alias[];
  /** "Wuzhen Summit", "乌镇峰会", ... */
  summit: Alias[];
  /** Words that number an edition, per language (see data/README.md). */
  ordinals: Partial<Record<Lang, OrdinalForms>>;
  /** The small date table detection uses; mirrors editions.json. */
  editions: EditionDates[];
}

/**
 * Ordinal words per edition number ("1".."6"), split by where they stand relative to the
 * conference name: before ("4th WIC", "第四届世界互联网大会") or after ("مؤتمر الإنترنت العالمي الرابع").
 */
export interface OrdinalForms {
  before?: Record<string, string[]>;
  after?: Record<string, string[]>;
}

export interface EditionDates {
  year: number;
  ordinal: number | null;
  start: string;              // ISO date
  end: string;                // ISO date
}

export interface KnowledgeBase {
  version: string;            // data date, e.g. "2026-11-27"
  sources: Source[];
  brief: Fact[];              // the WIC in brief: what, who runs it, since when, controversy
  editions: Edition[];
  entities: Entity[];
  terms: Term[];
  figures: Figure[];
  article: Article;
  names: WicNames;
}
