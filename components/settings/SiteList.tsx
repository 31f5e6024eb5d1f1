import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeSite } from '../../core/settings';
import type { Translate } from '../view-context.tsx';

export interface SiteListProps {
  t: Translate;
  sites: string[];
  onAdd(site: string): void;
  onRemove(site: string): void;
}

/** The sites where the extension stays quiet: a list with Remove buttons and a form to add one. */
export function SiteList({ t, sites, onAdd, onRemove }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // After a removal, focus moves to the neighbouring Remove button (or the input when none is left).
  const [pending, setPending] = useState<{ removed: string; next: string | null } | null>(null);
  const sorted = [...sites].sort();

  useEffect(() => {
    if (!pending || sites.includes(pending.removed)) return;
    const next = pending.next ? listRef.current?.querySelector<HTMLButtonElement>(`button[data-site="${pending.next}"]`) : null;
    (next ?? inputRef.current)?.focus();
    setPending(null);
  }, [pending, sites]);

  const submit = (e: Event) => {
    e.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    setInvalid(false);
    setDraft('');
    onAdd(site);
  };

  return (
    <div class="wic-set__sites">
      {sorted.length === 0
        ? <p class="wic-set__hint wic-set__empty">{t('settings_sites_empty')}</p>
        : (
          <ul class="wic-set__site-list" ref={listRef} aria-labelledby="sites-heading">
            {sorted.map((site, i) => (
              <li key={site} class="wic-set__site">
                <span class="wic-set__site-name" dir="ltr">{site}</span>
                <button
                  type="button"
                  class="wic-set__btn wic-set__btn--quiet"
                  aria-label={t('settings_site_remove_label', [site])}
                  data-site={site}
                  onClick={() => { setPending({ removed: site, next: sorted[i + 1] ?? sorted[i - 1] ?? null }); onRemove(site); }}
                >
                  {t('settings_site_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      <form class="wic-set__add" onSubmit={submit} noValidate>
        <label for="site-add" class="wic-set__label">{t('settings_site_add_label')}</label>
        <div class="wic-set__add-row">
          <input
            id="site-add"
            ref={inputRef}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            dir="ltr"
            class="wic-set__input"
            placeholder={t('settings_site_add_placeholder')}
            value={draft}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? 'site-add-error' : undefined}
            onInput={(e) => { setDraft((e.currentTarget as HTMLInputElement).value); setInvalid(false); }}
          />
          <button type="submit" class="wic-set__btn">{t('settings_site_add')}</button>
        </div>
        {invalid && <p id="site-add-error" class="wic-set__error" role="alert">{t('settings_site_invalid')}</p>}
      </form>
    </div>
  );
}
