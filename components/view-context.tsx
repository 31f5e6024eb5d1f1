import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Source } from '../core/kb/types.ts';

/** Looks up a UI string (browser.i18n.getMessage or a test stand-in). */
export type Translate = (key: string, substitutions?: string[]) => string;
export type UiLang = 'en' | 'zh';

/** One citation marker's target. */
export interface CitationRef {
  id: string;
  n: number;
  /** The source's URL (external), or "#wic-src-n", the id of the panel's list entry. */
  href: string;
  /** true: the marker opens the source itself in a new tab; false: it leads to an in-panel list entry. */
  external: boolean;
  source: Source;
}

/** How citation markers are numbered and where they lead (panel source list, or the source itself in a card). */
export interface CitationIndex {
  ref(sourceId: string): CitationRef | undefined;
  source(sourceId: string): Source | undefined;
  /** Called when an in-panel marker is followed; the panel opens its source list there. */
  follow?(sourceId: string, event: Event): void;
}

export interface ViewContextValue {
  t: Translate;
  uiLang: UiLang;
  cite: CitationIndex;
}

const ViewContext = createContext<ViewContextValue | null>(null);

/** Supplies the UI language, strings and citation scheme to the panel's and hover card's views. */
export function ViewProvider({ value, children }: { value: ViewContextValue; children: ComponentChildren }) {
  return <ViewContext.Provider value={value}>{children}</ViewContext.Provider>;
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('Cards and panel sections must be rendered inside <ViewProvider>');
  return value;
}
