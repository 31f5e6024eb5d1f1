// Test helpers: render a view into a fresh container, flush Preact's updates, read what a reader sees.
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { KnowledgeBase } from '../../core/kb/types.ts';
import { cardCitations } from '../citations.ts';
import type { Translate, UiLang } from '../view-context.tsx';
import { ViewProvider } from '../view-context.tsx';
import { readMessages } from './locale.ts';
import { translatorFrom } from './translator.ts';

export const enT: Translate = translatorFrom(readMessages('en'));
export const zhT: Translate = translatorFrom(readMessages('zh_CN'));

export function mount(node: ComponentChildren): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}

export function unmountAll(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => el.click());
}

/** A card rendered on its own, as the hover card does: local citation numbers, links to the sources. */
export function mountCard(kb: KnowledgeBase, cited: unknown, node: ComponentChildren, t: Translate = enT, uiLang: UiLang = 'en'): HTMLElement {
  return mount(<ViewProvider value={{ t, uiLang, cite: cardCitations(kb, cited) }}>{node}</ViewProvider>);
}

/** Visible text with runs of whitespace collapsed. */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
