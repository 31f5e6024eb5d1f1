// Typed messages between background and content script. Everything crossing the boundary is
// checked with these guards: a message is data from another context, not a trusted object.

export type CoverageKind = 'about' | 'mentions' | 'none';

/** Content script → background. */
export type ToBackground =
  | { type: 'coverage'; kind: CoverageKind; edition: number | null; url: string }
  | { type: 'panel-state'; open: boolean };

/** Background → content script. */
export type ToContent =
  | { type: 'toggle-panel'; via: 'action' | 'command' }
  | { type: 'toggle-marks' }
  | { type: 'step-term'; direction: 1 | -1 };

const KINDS: readonly string[] = ['about', 'mentions', 'none'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isToBackground(v: unknown): v is ToBackground {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'coverage':
      return typeof v.kind === 'string' && KINDS.includes(v.kind) &&
        (v.edition === null || (typeof v.edition === 'number' && Number.isInteger(v.edition))) &&
        typeof v.url === 'string';
    case 'panel-state':
      return typeof v.open === 'boolean';
    default:
      return false;
  }
}

export function isToContent(v: unknown): v is ToContent {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'toggle-panel':
      return v.via === 'action' || v.via === 'command';
    case 'step-term':
      return v.direction === 1 || v.direction === -1;
    case 'toggle-marks':
      return true;
    default:
      return false;
  }
}
