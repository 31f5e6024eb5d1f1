// The only code of ours every page runs (entrypoints/gate.ts). The background injects it into the
// page's own world when the page has loaded (ext/gate-driver.ts) and reads back what it returns: a
// small sample of the page (read-gate-text.ts), or null where the page is not one to annotate. The
// background, not the page, then looks for a WIC name in it (core/detect/gate-sample.ts), so the
// page's main thread pays only for the reads.
// Running in the page's world spares every page the extension's isolated world: creating it and
// the first touch of the document there cost more than the whole budget (BENCHMARKS.md). So this
// code touches no extension API, keeps nothing, adds nothing to the page and calls nothing a page
// could not call itself. A page that has tampered with the DOM's prototypes can only change what it
// hands back about itself: a false "no" leaves that page alone; a false "yes" loads the content
// code in its isolated world, which reads the page again and decides for itself.
import { samplePasses } from '../../core/detect/gate-sample';
import type { GateMatcher } from '../../core/detect/prefilter';
import { benchEnd, benchStart } from '../bench-timing';
import { docPart, docText, gateSample } from './read-gate-text';

/**
 * The body of an HTML page; null for anything else. Chromium shows plain text, images and PDFs in
 * HTML documents of its own (hostile fixtures world-internet-conference.txt and -2017.png): those
 * are not pages to annotate.
 */
export function htmlBody(doc: Document): HTMLElement | null {
  const type = docText(doc, 'contentType');
  return type === 'text/html' || type === 'application/xhtml+xml' ? docPart(doc, 'body') : null;
}

export const isHtmlPage = (doc: Document): boolean => htmlBody(doc) !== null;

/** The gate's whole decision on a document, page half and background half (unit tests, eval:detect). */
export function gatePasses(doc: Document, href: string, names: GateMatcher): boolean {
  return samplePasses(names, gateSample(doc, href));
}

/**
 * This page's sample for the background, or null where there is nothing to annotate (the
 * background injects into the top frame only). In the bench build (only) timed as part of
 * `wic:detect` (BENCHMARKS.md).
 */
export function sampleHere(): string[] | null {
  const start = benchStart();
  let sample: string[] | null = null;
  try {
    const body = htmlBody(document);
    if (body) sample = gateSample(document, docText(document, 'URL'), body);
  } catch {
    // an odd document, or a page script in the way: leave the page alone
  }
  benchEnd('wic:detect', start);
  return sample;
}
