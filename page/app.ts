// The WIC app: everything the reader sees on a page about the WIC (or when they ask for the panel).
// Loaded lazily (entrypoints/wic-app.ts), so its knowledge base and views cost other pages nothing.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { kb } from '../data/index';
import type { ToBackground, ToContent } from '../core/messages';
import { normalizeSite, type Settings } from '../core/settings';
import { foldText } from '../core/text/fold';
import { getSettings, saveSettings, setSiteDisabled, watchSettings } from '../ext/settings-store';
import type { Translate, UiLang } from '../components/view-context';
import type { PanelPage } from '../components/Panel';
import type { AppInit, WicApp } from './app-types';
import type { PageVerdict } from './detect-here';
import { mountPanelHost } from './panel-host';
import { startMarks, type MarksController } from './marks';

const UNDO_MS = 8000;

const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
const t: Translate = (key, substitutions) => getMessage(key, substitutions) ?? '';

function uiLanguage(): UiLang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function send(message: ToBackground): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

const squash = (s: string) => foldText(s).replace(/[“”"‘’'\s]+/g, ' ').trim();

/** Is this page the E&T article the knowledge base checks claim by claim? */
function isEtArticle(): boolean {
  const headline = document.querySelector('h1')?.textContent ?? document.title;
  return squash(headline).includes(squash(kb.article.headline));
}

function pageOf(verdict: PageVerdict): PanelPage {
  return { kind: verdict.kind, edition: verdict.edition, reasons: verdict.reasons, isEtArticle: verdict.kind === 'about' && isEtArticle() };
}

export async function startWicApp(ctx: ContentScriptContext, verdict: PageVerdict, init: AppInit): Promise<WicApp> {
  let settings: Settings = await getSettings();
  let siteOff = init.siteOff;
  const site = normalizeSite(location.hostname) ?? location.hostname;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const themeOf = (s: Settings): 'light' | 'dark' => (s.theme === 'system' ? (dark.matches ? 'dark' : 'light') : s.theme);
  let undoTimer: number | undefined;
  let marks: MarksController | null = null;

  const host = mountPanelHost({
    ctx,
    kb,
    t,
    uiLang: uiLanguage(),
    layoutPreference: settings.layout,
    state: {
      open: false,
      showTab: verdict.kind === 'about' && !siteOff,
      page: pageOf(verdict),
      theme: themeOf(settings),
      side: settings.side,
      marksOn: settings.markTerms,
      termCounts: {},
      figureReadings: {},
      hiddenOn: null,
    },
    onOpenChange: (open) => send({ type: 'panel-state', open }),
    onDisableSite: () => {
      host.close();
      host.update({ hiddenOn: site, showTab: false });
      clearTimeout(undoTimer);
      undoTimer = ctx.setTimeout(() => host.update({ hiddenOn: null }), UNDO_MS);
      void setSiteDisabled(site, true);
    },
    onUndoDisable: () => {
      clearTimeout(undoTimer);
      host.update({ hiddenOn: null });
      void setSiteDisabled(site, false);
    },
    onToggleMarks: (on) => void saveSettings({ markTerms: on }),
    onJumpToTerm: (id) => void marks?.jumpTo(id),
  });

  const refresh = () => host.update({
    theme: themeOf(settings),
    side: settings.side,
    marksOn: settings.markTerms,
    layoutPreference: settings.layout,
    showTab: verdict.kind === 'about' && !siteOff,
  });
  // ---- marks and hover cards (page/marks): only on pages about the WIC, on sites not switched off ----
  const marksWanted = (): boolean => settings.markTerms && verdict.kind === 'about' && siteOff !== true;
  marks = startMarks({
    ctx,
    kb,
    t,
    uiLang: uiLanguage(),
    settings: { markTerms: marksWanted(), hoverDelayMs: settings.hoverDelayMs },
    theme: () => themeOf(settings),
    cardRoot: () => host.shadow,
    onOpenInPanel: () => host.open({ focus: true }),
  });
  const liveMarks = marks;
  // Read-only diagnostics for the benchmark and e2e tests; lives in the isolated world, pages cannot see it.
  (globalThis as Record<string, unknown>).__wicFactPanelMarks = { stats: () => liveMarks.stats(), counts: () => liveMarks.counts() };
  ctx.onInvalidated(liveMarks.onCountsChange((termCounts) => host.update({ termCounts, figureReadings: liveMarks.figureReadings() })));
  const followMarks = (): void => {
    liveMarks.setHoverDelay(settings.hoverDelayMs);
    liveMarks.setEnabled(marksWanted());
  };
  // ---- end marks ----

  const unwatch = watchSettings((next) => { settings = next; refresh(); followMarks(); });
  // An orphaned content script (extension reloaded or disabled) cannot reach storage even to unwatch it.
  ctx.onInvalidated(() => { try { unwatch(); } catch { /* orphaned */ } });
  ctx.addEventListener(dark, 'change', refresh);

  if (init.open) host.open({ focus: true });
  else if (settings.autoOpen && verdict.kind === 'about' && !siteOff) host.open({ focus: false });

  return {
    toggle({ focus }) {
      if (host.isOpen()) host.close();
      else host.open({ focus });
    },
    setVerdict(next) {
      verdict = next;
      host.update({ page: pageOf(next), showTab: next.kind === 'about' && !siteOff });
      if (next.kind === 'none' && !host.isOpen()) host.update({ showTab: false });
      followMarks();
    },
    setSiteOff(off) {
      siteOff = off;
      if (off) host.close();
      refresh();
      followMarks();
    },
    onMessage(message: ToContent) {
      if (message.type === 'toggle-marks') void saveSettings({ markTerms: !settings.markTerms });
      if (message.type === 'step-term') liveMarks.step(message.direction);
    },
    destroy: () => {
      liveMarks.destroy();
      host.destroy();
    },
  };
}
