// The settings page (options_ui). Glue only: storage, browser APIs and theme; the view is in components/settings.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/tokens.css';
import '../../components/settings/settings.css';
import { SettingsPage } from '../../components/settings/SettingsPage.tsx';
import type { Shortcut } from '../../components/settings/ShortcutList.tsx';
import { resolveTheme } from '../../components/settings/theme.ts';
import type { Translate, UiLang } from '../../components/view-context.tsx';
import type { Settings } from '../../core/settings';
import { COMMAND_MESSAGES } from '../../ext/commands';
import { getSettings, updateSettings, watchSettings } from '../../ext/settings-store';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
// The views take any key; the locale completeness test checks every key they use exists.
const t: Translate = (key, substitutions) => browser.i18n.getMessage(key as MessageKey, substitutions);
const uiLang: UiLang = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

const COMMAND_ORDER = Object.keys(COMMAND_MESSAGES);

async function readShortcuts(): Promise<Shortcut[]> {
  const all = await browser.commands.getAll();
  return all
    .filter((c): c is typeof c & { name: string } => !!c.name && COMMAND_ORDER.includes(c.name))
    .sort((a, b) => COMMAND_ORDER.indexOf(a.name) - COMMAND_ORDER.indexOf(b.name))
    .map((c) => ({ name: c.name, description: c.description || c.name, shortcut: c.shortcut ?? '' }));
}

function openShortcutSettings(): void {
  if (import.meta.env.FIREFOX) {
    void (browser.commands as unknown as { openShortcutSettings(): Promise<void> }).openShortcutSettings();
  } else {
    void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  }
}

function SettingsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [systemDark, setSystemDark] = useState(darkQuery.matches);

  useEffect(() => {
    void getSettings().then(setSettings);
    void readShortcuts().then(setShortcuts, () => undefined);
    const onScheme = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    darkQuery.addEventListener('change', onScheme);
    const unwatch = watchSettings((next) => setSettings(next));
    return () => { unwatch(); darkQuery.removeEventListener('change', onScheme); };
  }, []);

  const theme = settings ? resolveTheme(settings.theme, systemDark) : systemDark ? 'dark' : 'light';
  useEffect(() => { document.documentElement.dataset.theme = theme; }, [theme]);

  if (!settings) return null;
  return (
    <SettingsPage
      t={t}
      uiLang={uiLang}
      settings={settings}
      shortcuts={shortcuts}
      update={(change) => updateSettings(change).then((stored) => { setSettings(stored); return stored; })}
      onChangeShortcuts={openShortcutSettings}
      iconSrc="/icon/48.png"
    />
  );
}

document.documentElement.lang = uiLang === 'zh' ? 'zh-Hans' : 'en';
document.documentElement.dataset.theme = darkQuery.matches ? 'dark' : 'light'; // until the settings are read
document.title = t('settings_page_title');
const root = document.getElementById('app');
if (root) render(<SettingsApp />, root);
