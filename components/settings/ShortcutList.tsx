import type { Translate } from '../view-context.tsx';

export interface Shortcut {
  name: string;
  description: string;
  /** As the browser reports it; '' when the reader or the browser left it unbound. */
  shortcut: string;
}

export interface ShortcutListProps {
  t: Translate;
  shortcuts: Shortcut[];
  onChangeShortcuts(): void;
}

/** The keyboard commands and their current keys; they are changed on the browser's own page. */
export function ShortcutList({ t, shortcuts, onChangeShortcuts }: ShortcutListProps) {
  return (
    <div class="wic-set__shortcuts">
      <dl class="wic-set__keys">
        {shortcuts.map((s) => (
          <div key={s.name} class="wic-set__key-row">
            <dt>{s.description}</dt>
            <dd>{s.shortcut ? <kbd dir="ltr">{s.shortcut}</kbd> : <span class="wic-set__hint">{t('settings_shortcut_unset')}</span>}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="wic-set__btn wic-set__btn--quiet" onClick={onChangeShortcuts}>
        {t('settings_shortcuts_change')}
      </button>
    </div>
  );
}
