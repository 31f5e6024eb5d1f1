import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../core/kb/types.ts';
import { EntityCard } from './cards/EntityCard.tsx';
import { FigureCard } from './cards/FigureCard.tsx';
import type { FigureReading } from './cards/FigureCard.tsx';
import { TermCard } from './cards/TermCard.tsx';
import { panelCitations, sourceAnchorId } from './citations.ts';
import { FactList } from './FactView.tsx';
import { formatDate } from './format.ts';
import { InfoIcon } from './icons.tsx';
import { buildPanelModel } from './panel-model.ts';
import type { PanelPage } from './panel-model.ts';
import { Section } from './Section.tsx';
import { ArticleBody } from './sections/ArticleBody.tsx';
import { CardList } from './sections/CardList.tsx';
import { EditionBody } from './sections/EditionBody.tsx';
import { PanelFooter } from './sections/PanelFooter.tsx';
import { PanelHeader } from './sections/PanelHeader.tsx';
import { SourceList } from './sections/SourceList.tsx';
import { Timeline } from './sections/Timeline.tsx';
import type { Translate, UiLang, ViewContextValue } from './view-context.tsx';
import { ViewProvider } from './view-context.tsx';

export type { PanelPage } from './panel-model.ts';

export interface PanelProps {
  kb: KnowledgeBase;
  page: PanelPage;
  t: Translate;
  uiLang: UiLang;
  theme: 'light' | 'dark';
  /** Page edge the panel sits on; sets its border and slide direction. Default 'right'. */
  side?: 'left' | 'right';
  marksOn: boolean;
  /** Occurrences on the page per term or entity id (from the matcher). */
  termCounts: Record<string, number>;
  /** Per figure id: how the page wrote it and whether that differs from the sourced value. */
  figureReadings?: Record<string, FigureReading>;
  /** Move focus to the panel's heading on mount (opened from the keyboard or the toolbar). */
  focusOnMount?: boolean;
  onClose(): void;
  onDisableSite(): void;
  onToggleMarks(on: boolean): void;
  onJumpToTerm(id: string): void;
}

type SectionId = 'brief' | 'edition' | 'article' | 'people' | 'bodies' | 'places' | 'terms' | 'figures' | 'timeline' | 'sources';
type ListId = 'people' | 'bodies' | 'places' | 'terms' | 'figures';

const TITLE_ID = 'wic-panel-title';
const CARD_LIMIT = 4;

/** The side panel: sourced context on the WIC beside the article. A pure view: props in, callbacks out. */
export function Panel(props: PanelProps) {
  const { kb, page, t, uiLang, theme, side = 'right', marksOn, termCounts, figureReadings = {} } = props;
  const model = useMemo(() => buildPanelModel(kb, page, termCounts), [kb, page, termCounts]);
  const [open, setOpen] = useState<Record<SectionId, boolean>>(() => ({
    brief: page.kind !== 'about' || (!model.edition && !model.article),
    edition: true,
    article: true,
    people: false,
    bodies: false,
    places: false,
    terms: false,
    figures: false,
    timeline: false,
    sources: false,
  }));
  const [expanded, setExpanded] = useState<Partial<Record<ListId, boolean>>>({});
  const [arrival, setArrival] = useState<{ n: number; seq: number } | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);

  // In the same task as the mount: the tab that had focus is gone, and a key pressed now must
  // land in the panel, not on the page's <body>.
  useLayoutEffect(() => {
    if (props.focusOnMount) titleRef.current?.focus();
  }, []);

  useEffect(() => {
    if (arrival === null) return;
    rootRef.current?.querySelector<HTMLElement>(`#${sourceAnchorId(arrival.n)}`)?.focus();
  }, [arrival]);

  const view: ViewContextValue = useMemo(() => {
    // In-panel anchors: following one must not touch the page's URL or scroll the page, only the panel.
    const follow = (sourceId: string, event: Event) => {
      event.preventDefault();
      const ref = model.sources.find((s) => s.source.id === sourceId);
      if (!ref) return;
      cameFrom.current = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
      setOpen((o) => ({ ...o, sources: true }));
      setArrival((a) => ({ n: ref.n, seq: (a?.seq ?? 0) + 1 }));
    };
    return { t, uiLang, cite: panelCitations(kb, model.sources, follow) };
  }, [t, uiLang, kb, model]);

  const toggle = (id: string, next: boolean) => setOpen((o) => ({ ...o, [id]: next }));
  const section = (id: SectionId, title: string, count: number | undefined, body: () => ComponentChildren) => (
    <Section id={id} title={title} count={count} open={open[id]} onToggle={toggle}>
      {body}
    </Section>
  );
  const list = <T,>(id: ListId, items: T[], card: (item: T) => ComponentChildren) => (
    <CardList items={items} limit={CARD_LIMIT} expanded={expanded[id] === true} onExpand={() => setExpanded((e) => ({ ...e, [id]: true }))}>
      {card}
    </CardList>
  );
  const { edition, article } = model;
  const jump = props.onJumpToTerm;
  const entityCard = (entity: (typeof model.people)[number]) => (
    <EntityCard key={entity.id} entity={entity} count={termCounts[entity.id] ?? 0} onJump={jump} />
  );

  return (
    <ViewProvider value={view}>
      <aside
        ref={rootRef}
        class="wic-panel"
        role="complementary"
        aria-labelledby={TITLE_ID}
        data-edition={page.edition === null ? '' : String(page.edition)}
        data-theme={theme}
        data-side={side}
        data-kind={page.kind}
        lang={uiLang === 'zh' ? 'zh-Hans' : 'en'}
      >
        <PanelHeader
          titleId={TITLE_ID}
          titleRef={titleRef}
          year={page.edition}
          edition={model.edition}
          reasons={page.reasons}
          onClose={props.onClose}
        />
        <div class="wic-body">
          {page.kind !== 'about' && (
            <p class="wic-offtopic" data-notice={page.kind}>
              <InfoIcon />
              <span>{t(page.kind === 'mentions' ? 'panel_notice_mentions' : 'panel_notice_none')}</span>
            </p>
          )}
          {section('brief', t('panel_section_brief'), undefined, () => <FactList facts={kb.brief} limit={4} />)}
          {edition && section('edition', t('panel_section_edition'), undefined, () => <EditionBody edition={edition} />)}
          {article &&
            section('article', t(page.isEtArticle ? 'panel_section_article' : 'panel_section_article_2017'), undefined, () => (
              <ArticleBody
                article={article}
                isThisPage={page.isEtArticle}
                figures={model.articleFigures}
                entities={kb.entities}
                figureReadings={figureReadings}
              />
            ))}
          {model.people.length > 0 &&
            section('people', t('panel_section_people'), model.people.length, () => list('people', model.people, entityCard))}
          {model.bodies.length > 0 &&
            section('bodies', t('panel_section_bodies'), model.bodies.length, () => list('bodies', model.bodies, entityCard))}
          {model.places.length > 0 &&
            section('places', t('panel_section_places'), model.places.length, () => list('places', model.places, entityCard))}
          {model.terms.length > 0 &&
            section('terms', t('panel_section_terms'), model.terms.length, () =>
              list('terms', model.terms, (term) => (
                <TermCard key={term.id} term={term} count={termCounts[term.id] ?? 0} onJump={jump} />
              )),
            )}
          {model.figures.length > 0 &&
            section('figures', t('panel_section_figures'), model.figures.length, () =>
              list('figures', model.figures, (figure) => {
                const reading = figureReadings[figure.id];
                return <FigureCard key={figure.id} figure={figure} {...(reading ? { pageReading: reading } : {})} />;
              }),
            )}
          {section('timeline', t('panel_section_timeline'), model.timeline.length, () => (
            <Timeline editions={model.timeline} currentYear={page.edition} />
          ))}
          {section('sources', t('panel_section_sources'), model.sources.length, () => (
            <SourceList
              sources={model.sources}
              arrivedAt={arrival?.n ?? null}
              onBack={() => {
                cameFrom.current?.focus();
                setArrival(null);
              }}
            />
          ))}
          <p class="wic-colophon">{t('panel_data_as_of', [formatDate(kb.version, uiLang)])}</p>
        </div>
        <PanelFooter marksOn={marksOn} onToggleMarks={props.onToggleMarks} onDisableSite={props.onDisableSite} />
      </aside>
    </ViewProvider>
  );
}
