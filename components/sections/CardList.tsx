import type { ComponentChildren } from 'preact';
import { useView } from '../view-context.tsx';

export interface CardListProps<T> {
  items: T[];
  /** How many to show before "Show all N". */
  limit: number;
  expanded: boolean;
  onExpand(): void;
  children: (item: T) => ComponentChildren;
}

/** A list of cards that shows the most relevant few first, so long sections stay scannable. */
export function CardList<T>({ items, limit, expanded, onExpand, children }: CardListProps<T>) {
  const { t } = useView();
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <>
      <div class="wic-cards">{shown.map(children)}</div>
      {shown.length < items.length && (
        <button type="button" class="wic-btn wic-btn--more" onClick={onExpand}>
          {t('panel_show_all', [String(items.length)])}
        </button>
      )}
    </>
  );
}
