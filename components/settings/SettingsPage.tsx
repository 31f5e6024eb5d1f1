import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, withSiteDisabled, type Layout, type Settings, type Side, type Theme } from '../../core/settings';
import type { Translate, UiLang } from '../view-context.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { ShortcutList, type Shortcut } from './ShortcutList.tsx';
import { SiteList } from './SiteList.tsx';
import { SwitchRow } from './SwitchRow.tsx';

export interface SettingsPageProps {
  t: Translate;
  uiLang: UiLang;
  settings: Settings;
  shortcuts: Shortcut[];
  /** Stores `change(current)`; resolves with what was stored. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  onChangeShortcuts(): void;
  iconSrc?: string;
}

interface Status {
  text: string;
  undo?: Settings;
}

const HOVER_STEP = 50;

/** The settings page: every reader setting, saved as it changes, with a reset that can be undone. */
export function SettingsPage({ t, uiLang, settings, shortcuts, update, onChangeShortcuts, iconSrc }: SettingsPageProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [delay, setDelay] = useState(settings.hoverDelayMs);
  useEffect(() => setDelay(settings.hoverDelayMs), [settings.hoverDelayMs]);

  const apply = (change: (current: Settings) => Settings, done: Status = { text: t('settings_saved') }) => {
    update(change).then(() => setStatus(done), () => setStatus({ text: t('settings_save_failed') }));
  };
  const patch = (p: Partial<Settings>) => apply((s) => ({ ...s, ...p }));
  const reset = () => {
    const before = settings;
    apply(() => ({ ...DEFAULT_SETTINGS, disabledSites: [] }), { text: t('settings_reset_done'), undo: before });
  };

  return (
    <main class="wic-set" lang={uiLang === 'zh' ? 'zh-Hans' : 'en'}>
      <header class="wic-set__head">
        {iconSrc && <img src={iconSrc} alt="" width={40} height={40} class="wic-set__logo" />}
        <div>
          <h1>{t('settings_heading')}</h1>
          <p class="wic-set__hint">{t('settings_intro')}</p>
        </div>
      </header>

      <section class="wic-set__card" aria-labelledby="panel-heading">
        <h2 id="panel-heading">{t('settings_section_panel')}</h2>
        <SwitchRow
          id="auto-open"
          label={t('settings_auto_open')}
          hint={t('settings_auto_open_hint')}
          checked={settings.autoOpen}
          onChange={(autoOpen) => patch({ autoOpen })}
        />
        <ChoiceGroup<Side>
          name="side"
          legend={t('settings_side')}
          value={settings.side}
          choices={[{ value: 'right', label: t('settings_side_right') }, { value: 'left', label: t('settings_side_left') }]}
          onChange={(side) => patch({ side })}
        />
        <ChoiceGroup<Layout>
          name="layout"
          legend={t('settings_layout')}
          value={settings.layout}
          choices={[
            { value: 'auto', label: t('settings_layout_auto'), hint: t('settings_layout_auto_hint') },
            { value: 'push', label: t('settings_layout_push'), hint: t('settings_layout_push_hint') },
            { value: 'overlay', label: t('settings_layout_overlay'), hint: t('settings_layout_overlay_hint') },
          ]}
          onChange={(layout) => patch({ layout })}
        />
        <ChoiceGroup<Theme>
          name="theme"
          legend={t('settings_theme')}
          value={settings.theme}
          choices={[
            { value: 'system', label: t('settings_theme_system') },
            { value: 'light', label: t('settings_theme_light') },
            { value: 'dark', label: t('settings_theme_dark') },
          ]}
          onChange={(theme) => patch({ theme })}
        />
      </section>

      <section class="wic-set__card" aria-labelledby="marks-heading">
        <h2 id="marks-heading">{t('settings_section_marks')}</h2>
        <SwitchRow
          id="mark-terms"
          label={t('settings_mark_terms')}
          hint={t('settings_mark_terms_hint')}
          checked={settings.markTerms}
          onChange={(markTerms) => patch({ markTerms })}
        />
        <div class="wic-set__row wic-set__row--range">
          <div class="wic-set__text">
            <label for="hover-delay" class="wic-set__label">{t('settings_hover_delay')}</label>
            <p id="hover-delay-hint" class="wic-set__hint">{t('settings_hover_delay_hint')}</p>
          </div>
          <div class="wic-set__range">
            <input
              id="hover-delay"
              type="range"
              min={HOVER_DELAY_RANGE.min}
              max={HOVER_DELAY_RANGE.max}
              step={HOVER_STEP}
              value={delay}
              aria-describedby="hover-delay-hint"
              aria-valuetext={t('settings_ms', [String(delay)])}
              onInput={(e) => setDelay(Number((e.currentTarget as HTMLInputElement).value))}
              onChange={(e) => patch({ hoverDelayMs: Number((e.currentTarget as HTMLInputElement).value) })}
            />
            {/* The slider's aria-valuetext already says this; a second live region would repeat it. */}
            <output for="hover-delay" class="wic-set__value" aria-hidden="true">{t('settings_ms', [String(delay)])}</output>
          </div>
        </div>
      </section>

      <section class="wic-set__card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('settings_section_sites')}</h2>
        <p class="wic-set__hint">{t('settings_sites_intro')}</p>
        <SiteList
          t={t}
          sites={settings.disabledSites}
          onAdd={(site) => apply((s) => withSiteDisabled(s, site, true), { text: t('settings_site_added', [site]) })}
          onRemove={(site) => apply((s) => withSiteDisabled(s, site, false), { text: t('settings_site_removed', [site]) })}
        />
      </section>

      <section class="wic-set__card" aria-labelledby="keys-heading">
        <h2 id="keys-heading">{t('settings_section_shortcuts')}</h2>
        <ShortcutList t={t} shortcuts={shortcuts} onChangeShortcuts={onChangeShortcuts} />
      </section>

      <footer class="wic-set__foot">
        <button type="button" class="wic-set__btn wic-set__btn--quiet" onClick={reset}>{t('settings_reset')}</button>
        <div class="wic-set__status" role="status">
          {status && <span>{status.text}</span>}
          {status?.undo && (
            <button
              type="button"
              class="wic-set__btn wic-set__btn--link"
              onClick={() => { const undo = status.undo; if (undo) apply(() => undo, { text: t('settings_reset_undone') }); }}
            >
              {t('settings_undo')}
            </button>
          )}
        </div>
        <p class="wic-set__hint wic-set__privacy">{t('settings_privacy')}</p>
      </footer>
    </main>
  );
}
