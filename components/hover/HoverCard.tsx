import { useMemo } from 'preact/hooks';
import type { Entity, Figure, KnowledgeBase, Term } from '../../core/kb/types.ts';
import { cardCitations } from '../citations.ts';
import { EntityCard } from '../cards/EntityCard.tsx';
import { FigureCard } from '../cards/FigureCard.tsx';
import { TermCard } from '../cards/TermCard.tsx';
import { CloseIcon, InfoIcon } from '../icons.tsx';
import type { Translate, UiLang } from '../view-context.tsx';
import { ViewProvider } from '../view-context.tsx';

/** How the page's number compares with the sourced one (core/match/figure-match.ts). */
export interface PageFigure {
  text: string;
  relation: 'same' | 'rounded' | 'differs';
  note?: 'hedged-but-exact' | 'hedge-contradicted';
}

export type HoverSubject =
  | { kind: 'term'; term: Term }
  | { kind: 'entity'; entity: Entity }
  | { kind: 'figure'; figure: Figure; page: PageFigure };

export interface HoverCardProps {
  kb: KnowledgeBase;
  subject: HoverSubject;
  t: Translate;
  uiLang: UiLang;
  theme: 'light' | 'dark';
  /** 'popover' beside the words (pointer, keyboard); 'sheet' along the bottom edge (touch). */
  mode: 'popover' | 'sheet';
  /** "3 of 12" while stepping through marks from the keyboard. */
  position?: { n: number; total: number } | undefined;
  onClose(): void;
  onOpenInPanel?: ((id: string) => void) | undefined;
}

function subjectId(s: HoverSubject): string {
  return s.kind === 'term' ? s.term.id : s.kind === 'entity' ? s.entity.id : s.figure.id;
}

function subjectName(s: HoverSubject): string {
  return s.kind === 'term' ? s.term.name : s.kind === 'entity' ? s.entity.name : s.figure.label;
}

function kindKey(s: HoverSubject): string {
  if (s.kind === 'entity') return `hover_kind_${s.entity.kind}`;
  return `hover_kind_${s.kind}`;
}

function figureNote(page: PageFigure, t: Translate): string {
  if (page.relation === 'rounded') return t('hover_figure_rounded', [page.text]);
  if (page.note === 'hedge-contradicted') return t('hover_figure_hedge_contradicted', [page.text]);
  return '';
}

/** The card shown for a marked word or number: its kind, the panel's card for it, and a way out. */
export function HoverCard({ kb, subject, t, uiLang, theme, mode, position, onClose, onOpenInPanel }: HoverCardProps) {
  const data = subject.kind === 'term' ? subject.term : subject.kind === 'entity' ? subject.entity : subject.figure;
  const view = useMemo(() => ({ t, uiLang, cite: cardCitations(kb, data) }), [kb, data, t, uiLang]);
  const id = subjectId(subject);
  const note = subject.kind === 'figure' ? figureNote(subject.page, t) : '';
  const kind = t(kindKey(subject));
  return (
    <div
      class="wic-hover"
      data-theme={theme}
      data-mode={mode}
      data-subject={id}
      role="dialog"
      aria-modal="false"
      aria-label={`${kind}: ${subjectName(subject)}`}
      tabIndex={-1}
    >
      {mode === 'sheet' && <div class="wic-hover__grip" aria-hidden="true" />}
      <div class="wic-hover__bar">
        <span class="wic-hover__kind">{kind}</span>
        {position && <span class="wic-hover__pos">{t('hover_position', [String(position.n), String(position.total)])}</span>}
        <button type="button" class="wic-hover__close" aria-label={t('hover_close')} title={t('hover_close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div class="wic-hover__body">
        <ViewProvider value={view}>
          <div class="wic-hover__card">
            {subject.kind === 'term' && <TermCard term={subject.term} headingLevel={2} />}
            {subject.kind === 'entity' && <EntityCard entity={subject.entity} headingLevel={2} />}
            {subject.kind === 'figure' && (
              <FigureCard
                figure={subject.figure}
                headingLevel={2}
                pageReading={{ text: subject.page.text, differs: subject.page.relation === 'differs' }}
              />
            )}
          </div>
        </ViewProvider>
        {note && (
          <p class="wic-hover__note">
            <InfoIcon />
            <span>{note}</span>
          </p>
        )}
      </div>
      {onOpenInPanel && (
        <div class="wic-hover__foot">
          <button type="button" class="wic-hover__panel" onClick={() => onOpenInPanel(id)}>
            {t('hover_open_in_panel')}
          </button>
        </div>
      )}
    </div>
  );
}
