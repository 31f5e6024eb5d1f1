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
    onJumpToTerm: () => undefined,
  });

  const refresh = () => host.update({
    theme: themeOf(settings),
    side: settings.side,
    marksOn: settings.markTerms,
    layoutPreference: settings.layout,
    showTab: verdict.kind === 'about' && !siteOff,
  });
  ctx.onInvalidated(watchSettings((next) => { settings = next; refresh(); }));
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
    },
    setSiteOff(off) {
      siteOff = off;
      if (off) host.close();
      refresh();
    },
    onMessage(message: ToContent) {
      if (message.type === 'toggle-marks') void saveSettings({ markTerms: !settings.markTerms });
    },
    destroy: () => host.destroy(),
  };
}
