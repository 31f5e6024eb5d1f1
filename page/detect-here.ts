// Detection on the current document. Temporary first cut until core/detect lands.
import type { CoverageKind } from '../core/messages';

export interface PageVerdict {
  kind: CoverageKind;
  score: number;
  edition: number | null;
  reasons: { key: string; values: string[] }[];
}

export function detectHere(): PageVerdict {
  const head = `${document.title} ${document.querySelector('h1')?.textContent ?? ''} ${document.querySelector('meta[name=description]')?.getAttribute('content') ?? ''}`;
  const named = /world internet conference|世界互联网大会|wuzhen summit|乌镇峰会/i;
  if (named.test(head)) return { kind: 'about', score: 1, edition: null, reasons: [] };
  return { kind: 'none', score: 0, edition: null, reasons: [] };
}
