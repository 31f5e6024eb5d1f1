import type { ComponentChildren } from 'preact';
import { ChevronIcon } from './icons.tsx';

export interface SectionProps {
  id: string;
  title: string;
  count?: number | undefined;
  open: boolean;
  onToggle(id: string, open: boolean): void;
  /** Rendered only while open, so a closed section costs nothing on first paint. */
  children: () => ComponentChildren;
}

/** A collapsible panel section: a real h3 whose button says whether the section is expanded. */
export function Section({ id, title, count, open, onToggle, children }: SectionProps) {
  const headingId = `wic-sec-${id}`;
  const bodyId = `wic-sec-${id}-body`;
  return (
    <section class="wic-section" data-section={id} data-open={open ? 'true' : 'false'} aria-labelledby={headingId}>
      <h3 class="wic-section__heading">
        <button
          type="button"
          id={headingId}
          class="wic-section__toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={() => onToggle(id, !open)}
        >
          <span class="wic-section__title">{title}</span>
          {count !== undefined && (
            <>
              {' '}
              <span class="wic-count">{count}</span>
            </>
          )}
          <ChevronIcon />
        </button>
      </h3>
      <div id={bodyId} class="wic-section__body" hidden={!open}>
        {open ? children() : null}
      </div>
    </section>
  );
}
