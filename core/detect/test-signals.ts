// Builds PageSignals for tests: everything empty unless given.
import type { PageSignals } from './types';

export type SignalsInput = Partial<Omit<PageSignals, 'jsonLd' | 'url'>> & {
  jsonLd?: Partial<PageSignals['jsonLd']>;
  url?: string;
};

export function signals(input: SignalsInput = {}): PageSignals {
  const { jsonLd, url, ...rest } = input;
  let parsed = { host: '', path: '' };
  if (url) {
    const u = new URL(url);
    parsed = { host: u.hostname, path: u.pathname };
  }
  return {
    url: parsed,
    lang: '',
    title: '',
    description: '',
    ogTitle: '',
    ogDescription: '',
    published: '',
    h1: [],
    h2: [],
    text: '',
    ...rest,
    jsonLd: { headline: '', description: '', keywords: '', about: '', datePublished: '', ...jsonLd },
  };
}

/** Filler prose with no WIC name in it, `n` sentences long. */
export function filler(n: number, seed = 'The committee discussed budgets, schedules and local infrastructure.'): string {
  return Array.from({ length: n }, () => seed).join(' ');
}
