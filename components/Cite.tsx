import { useState } from 'preact/hooks';
import type { CitationRef } from './view-context.tsx';
import { useView } from './view-context.tsx';

/** How many markers show before the rest fold behind "+n". */
const SHOWN = 3;

/** Citation markers for the given sources, in number order; long runs fold behind "+n". */
export function Cite({ ids }: { ids: string[] }) {
  const { t, cite } = useView();
  const [all, setAll] = useState(false);
  const refs = ids
    .map((id) => cite.ref(id))
    .filter((r): r is CitationRef => r !== undefined)
    .sort((a, b) => a.n - b.n);
  if (refs.length === 0) return null;
  const folded = refs.length > SHOWN + 1 && !all;
  const shown = folded ? refs.slice(0, SHOWN) : refs;
  return (
    <span class="wic-cites">
      {shown.map((r) => {
        const label = t('panel_cite_label', [String(r.n), r.source.publisher]);
        const title = `${r.source.publisher}: ${r.source.title}`;
        // In the panel a marker is a button: fragment links cannot reach into a shadow root.
        return r.external ? (
          <a key={r.id} class="wic-cite" href={r.href} target="_blank" rel="noopener noreferrer" data-source-id={r.id} aria-label={label} title={title}>
            {r.n}
          </a>
        ) : (
          <button
            key={r.id}
            type="button"
            class="wic-cite"
            data-source-id={r.id}
            data-target={r.href}
            aria-label={label}
            title={title}
            onClick={(event) => cite.follow?.(r.id, event)}
          >
            {r.n}
          </button>
        );
      })}
      {folded && (
        <button
          type="button"
          class="wic-cite wic-cite--more"
          aria-label={t('panel_cite_more', [String(refs.length - SHOWN)])}
          onClick={() => setAll(true)}
        >
          +{refs.length - SHOWN}
        </button>
      )}
    </span>
  );
}
