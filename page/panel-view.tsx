// What the panel host renders: the edge tab while closed, the panel while open, and a short
// "off on this site — undo" notice after the reader hides it for the site.
import type { KnowledgeBase } from '../core/kb/types';
import { Panel, type PanelPage } from '../components/Panel';
import { PanelTab } from '../components/PanelTab';
import type { FigureReading } from '../components/cards/FigureCard';
import type { Translate, UiLang } from '../components/view-context';

export interface PanelViewState {
  open: boolean;
  /** The tab at the page edge is offered only on pages about the WIC (and not on disabled sites). */
  showTab: boolean;
  focusOnOpen: boolean;
  page: PanelPage;
  theme: 'light' | 'dark';
  side: 'left' | 'right';
  layout: 'push' | 'overlay';
  width: number;
  marksOn: boolean;
  termCounts: Record<string, number>;
  figureReadings: Record<string, FigureReading>;
  /** Set right after "Don't show on this site": the host it applies to. */
  hiddenOn: string | null;
}

export interface PanelViewProps {
  kb: KnowledgeBase;
  t: Translate;
  uiLang: UiLang;
  state: PanelViewState;
  onOpen(): void;
  onClose(): void;
  onDisableSite(): void;
  onUndoDisable(): void;
  onToggleMarks(on: boolean): void;
  onJumpToTerm(id: string): void;
}

export function PanelView({ kb, t, uiLang, state, ...on }: PanelViewProps) {
  if (state.hiddenOn) {
    return (
      <div class="wic-notice" role="status" data-theme={state.theme} data-side={state.side} lang={uiLang === 'zh' ? 'zh-Hans' : 'en'}>
        <span>{t('panel_site_hidden', [state.hiddenOn])}</span>
        <button type="button" class="wic-notice__undo" onClick={on.onUndoDisable}>{t('panel_site_undo')}</button>
      </div>
    );
  }
  if (!state.open) {
    return state.showTab
      ? <PanelTab t={t} uiLang={uiLang} theme={state.theme} side={state.side} edition={state.page.edition} onOpen={on.onOpen} />
      : null;
  }
  return (
    <div class="wic-frame" data-layout={state.layout} data-side={state.side} style={{ width: `${state.width}px` }}>
      <Panel
        kb={kb}
        page={state.page}
        t={t}
        uiLang={uiLang}
        theme={state.theme}
        side={state.side}
        marksOn={state.marksOn}
        termCounts={state.termCounts}
        figureReadings={state.figureReadings}
        focusOnMount={state.focusOnOpen}
        onClose={on.onClose}
        onDisableSite={on.onDisableSite}
        onToggleMarks={on.onToggleMarks}
        onJumpToTerm={on.onJumpToTerm}
      />
    </div>
  );
}
