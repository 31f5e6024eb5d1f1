// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kb } from '../../data/index.ts';
import { keyEchoT } from '../testing/translator.ts';
import { HoverCard, type HoverCardProps, type HoverSubject } from './HoverCard.tsx';

const term = kb.terms.find((t) => t.id === 'term-cyber-sovereignty')!;
const person = kb.entities.find((e) => e.id === 'person-tim-cook')!;
const figure = kb.figures.find((f) => f.id === 'fig-china-dev-earnings')!;

let root: HTMLElement;

function show(subject: HoverSubject, extra: Partial<HoverCardProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const props: HoverCardProps = { kb, subject, t: keyEchoT, uiLang: 'en', theme: 'light', mode: 'popover', onClose: () => undefined, ...extra };
  render(<HoverCard {...props} />, root);
  return root.querySelector('.wic-hover') as HTMLElement;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('HoverCard', () => {
  it('shows a term: its kind, names, definition and numbered sources opening in a new tab', () => {
    const el = show({ kind: 'term', term });
    expect(el.getAttribute('role')).toBe('dialog');
    expect(el.getAttribute('aria-label')).toBe(`⟦hover_kind_term⟧: ${term.name}`);
    expect(el.querySelector('h2')?.textContent).toContain(term.name);
    expect(el.textContent).toContain(term.definition);
    const cites = [...el.querySelectorAll('a.wic-cite')];
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('href')?.startsWith('http'))).toBe(true);
    expect(el.dataset.theme).toBe('light');
  });

  it('names the kind of an entity (person, organisation, place)', () => {
    const el = show({ kind: 'entity', entity: person });
    expect(el.querySelector('.wic-hover__kind')?.textContent).toBe('⟦hover_kind_person⟧');
    expect(el.textContent).toContain(person.summary);
  });

  it('for a figure: the precise value, what it measures, and a note when the page rounds it', () => {
    const el = show({ kind: 'figure', figure, page: { text: '$17bn', relation: 'rounded' } });
    expect(el.textContent).toContain(figure.measures);
    expect(el.querySelector('.wic-hover__note')?.textContent).toBe('⟦hover_figure_rounded|$17bn⟧');
    expect(el.querySelector('[data-differs]')).toBeNull();
  });

  it('says so when the page’s number differs from the sourced one', () => {
    const el = show({ kind: 'figure', figure, page: { text: '$20bn', relation: 'differs' } });
    expect(el.querySelector('[data-differs="true"]')?.textContent).toContain('$20bn');
    expect(el.querySelector('.wic-hover__note')).toBeNull();
  });

  it('a bottom sheet for touch, a close button, and a way to the panel', () => {
    const onClose = vi.fn();
    const onOpenInPanel = vi.fn();
    const el = show({ kind: 'term', term }, { mode: 'sheet', onClose, onOpenInPanel, position: { n: 2, total: 9 } });
    expect(el.dataset.mode).toBe('sheet');
    expect(el.querySelector('.wic-hover__grip')).not.toBeNull();
    expect(el.querySelector('.wic-hover__pos')?.textContent).toBe('⟦hover_position|2|9⟧');
    (el.querySelector('.wic-hover__close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
    (el.querySelector('.wic-hover__panel') as HTMLButtonElement).click();
    expect(onOpenInPanel).toHaveBeenCalledWith(term.id);
  });

  it('renders knowledge-base text as text, never as markup', () => {
    const hostile = { ...term, id: 'term-x', name: '<img src=x onerror=alert(1)>', definition: '<b>bold</b>' };
    const el = show({ kind: 'term', term: hostile });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain('<b>bold</b>');
  });
});
