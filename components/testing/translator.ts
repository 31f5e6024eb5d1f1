// browser.i18n.getMessage stand-in for tests and the preview: substitutes named placeholders the way
// Chromium and Firefox do ($NAME$ → placeholder content → $1…$9). Missing keys give ''.
import type { Translate } from '../view-context.tsx';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

const positional = (text: string, subs: string[]): string =>
  text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');

export function translatorFrom(messages: Messages): Translate {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const placeholders = entry.placeholders ?? {};
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const found = Object.entries(placeholders).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return found ? positional(found[1].content, substitutions) : whole;
    });
    return named.replace(/\$\$/g, '$');
  };
}

/** Returns ⟦key⟧ (or ⟦key|a|b⟧ with substitutions): shows that every UI string came through t. */
export const keyEchoT: Translate = (key, substitutions = []) =>
  `⟦${[key, ...substitutions].join('|')}⟧`;
