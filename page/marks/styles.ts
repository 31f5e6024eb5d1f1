// The page-document styles for marks: ::highlight() rules on the Highlight API path, <wic-mark>
// rules on the fallback path. Colours follow the article's own text colour (light or dark page).

export const HIGHLIGHT_NAMES = {
  term: 'wic-fact-panel-term',
  figure: 'wic-fact-panel-figure',
  differs: 'wic-fact-panel-figure-differs',
  active: 'wic-fact-panel-active',
} as const;

export const MARK_TAG = 'wic-mark';

interface Palette {
  term: string;
  figure: string;
  differs: string;
  activeBg: string;
  activeLine: string;
}

const LIGHT: Palette = {
  term: 'rgba(29, 78, 216, 0.75)',
  figure: 'rgba(15, 118, 110, 0.85)',
  differs: 'rgba(180, 35, 24, 0.85)',
  activeBg: 'rgba(29, 78, 216, 0.13)',
  activeLine: '#1d4ed8',
};

const DARK: Palette = {
  term: 'rgba(138, 180, 255, 0.8)',
  figure: 'rgba(94, 234, 212, 0.8)',
  differs: 'rgba(255, 157, 146, 0.9)',
  activeBg: 'rgba(138, 180, 255, 0.22)',
  activeLine: '#8ab4ff',
};

const line = (style: string, color: string): string =>
  `text-decoration-line: underline; text-decoration-style: ${style}; text-decoration-color: ${color}; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none;`;

export function highlightCss(dark: boolean): string {
  const p = dark ? DARK : LIGHT;
  const n = HIGHLIGHT_NAMES;
  return [
    `::highlight(${n.term}) { ${line('dotted', p.term)} }`,
    `::highlight(${n.figure}) { ${line('dotted', p.figure)} }`,
    `::highlight(${n.differs}) { ${line('wavy', p.differs)} }`,
    `::highlight(${n.active}) { background-color: ${p.activeBg}; ${line('solid', p.activeLine)} }`,
  ].join('\n');
}

export function fallbackCss(dark: boolean): string {
  const p = dark ? DARK : LIGHT;
  const t = MARK_TAG;
  return [
    `${t} { all: unset; display: inline; ${line('dotted', p.term)} }`,
    `${t}[data-kind='figure'] { text-decoration-color: ${p.figure}; }`,
    `${t}[data-differs] { text-decoration-style: wavy; text-decoration-color: ${p.differs}; }`,
    `${t}[data-active] { background-color: ${p.activeBg}; text-decoration-style: solid; text-decoration-color: ${p.activeLine}; }`,
  ].join('\n');
}

/** Whether a CSS colour (as getComputedStyle gives it) is light, i.e. text on a dark page. */
export function isLightColor(color: string): boolean {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!m) return false;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4;
}
