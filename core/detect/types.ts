import type { WicNames } from '../kb/types';

/** The names table detection reads (data/names.json). */
export type NamesData = WicNames;

/** What the page offers, as plain data (read by page/signals.ts; empty strings when absent). */
export interface PageSignals {
  url: { host: string; path: string };
  lang: string;
  title: string;
  description: string;
  ogTitle: string;
  ogDescription: string;
  jsonLd: { headline: string; description: string; keywords: string; about: string; datePublished: string };
  /** Publication date from meta tags or <time> when JSON-LD has none. */
  published: string;
  h1: string[];
  h2: string[];
  /** A bounded sample of the main article text. */
  text: string;
}

/** `key` is an i18n message key; `values` fill its $1, $2 ... (dates as ISO YYYY-MM-DD). */
export interface DetectionReason {
  key: string;
  values: string[];
}

export interface DetectionVerdict {
  kind: 'about' | 'mentions' | 'none';
  score: number;
  edition: number | null;
  reasons: DetectionReason[];
}
