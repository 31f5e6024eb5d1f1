// Inline icons, drawn on a 16px grid, decorative only (the control around them carries the name).
const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' as const, focusable: 'false' as const };

export const ChevronIcon = () => (
  <svg {...common} class="wic-icon wic-icon--chevron"><path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" /></svg>
);

export const CloseIcon = () => (
  <svg {...common} class="wic-icon"><path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" /></svg>
);

export const ExternalIcon = () => (
  <svg {...common} class="wic-icon wic-icon--ext"><path d="M9 3h4v4M13 3L7.5 8.5M11 9.5V13H3V5h3.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" /></svg>
);

export const CheckIcon = () => (
  <svg {...common} class="wic-icon"><path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>
);

export const InfoIcon = () => (
  <svg {...common} class="wic-icon"><circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M8 7.25v4M8 4.75v.01" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" /></svg>
);

export const FixIcon = () => (
  <svg {...common} class="wic-icon"><path d="M8 2.5l6 10.5H2z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /><path d="M8 6.5v3M8 11.25v.01" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" /></svg>
);

export const SplitIcon = () => (
  <svg {...common} class="wic-icon"><path d="M8 2v4M8 6L4 10v4M8 6l4 4v4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" /></svg>
);

export const LocateIcon = () => (
  <svg {...common} class="wic-icon"><circle cx="7" cy="7" r="4.25" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M10.25 10.25L13.5 13.5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" /></svg>
);

/** The product mark (a globe with an "i", as in assets/icon-16.svg): filled badge, or bare in currentColor. */
export const Logo = ({ bare = false }: { bare?: boolean }) => (
  <span class="wic-logo" aria-hidden="true">
    <svg width="20" height="20" viewBox="0 0 16 16" focusable="false">
      {!bare && <rect width="16" height="16" rx="3.5" fill="var(--wic-accent)" />}
      <g fill={bare ? 'currentColor' : 'var(--wic-on-accent)'}>
        <circle cx="8" cy="8" r="5.1" fill="none" stroke={bare ? 'currentColor' : 'var(--wic-on-accent)'} stroke-width="1.6" />
        <rect x="7.1" y="4.7" width="1.8" height="1.5" rx="0.4" />
        <rect x="7.1" y="7" width="1.8" height="4.3" rx="0.4" />
      </g>
    </svg>
  </span>
);
