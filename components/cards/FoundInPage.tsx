import { LocateIcon } from '../icons.tsx';
import { useView } from '../view-context.tsx';

/** "Show in page (3)": only when the term occurs on the page and someone can jump to it. */
export function FoundInPage({ id, count, onJump }: { id: string; count?: number | undefined; onJump?: ((id: string) => void) | undefined }) {
  const { t } = useView();
  if (!onJump || !count) return null;
  return (
    <button type="button" class="wic-jump" onClick={() => onJump(id)}>
      <LocateIcon />
      <span>{t('panel_find_in_page', [String(count)])}</span>
    </button>
  );
}
