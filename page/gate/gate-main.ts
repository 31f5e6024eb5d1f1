// The only code of ours every page runs (entrypoints/gate.ts). The background injects it into the
// page's own world when the page has loaded (ext/gate-driver.ts) and reads back one boolean: it reads
// a small sample of the page (read-gate-text.ts) and looks for a WIC name in it (core/detect/prefilter.ts:
// plain word searches for names computed from data/names.json at build time; a small pattern only
// where all of a name's words are there).
// Running in the page's world spares every page the extension's isolated world: creating it and
// the first touch of the document there cost more than the whole budget (BENCHMARKS.md). So this
// code touches no extension API, keeps nothing, adds nothing to the page and calls nothing a page
// could not call itself. A page that has tampered with the DOM's prototypes can only make the
// gate answer wrongly: a false "no" leaves that page alone; a false "yes" loads the content code in
// its isolated world, which reads the page again and decides for itself.
import { gateTest, type GateMatcher } from '../../core/detect/prefilter';
import { benchEnd, benchStart } from '../bench-timing';
import { docGet, gateText } from './read-gate-text';

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Chromium shows plain text, images and PDFs in HTML documents of its own (hostile fixtures
 * world-internet-conference.txt and -2017.png): those are not pages to annotate.
 */
export function isHtmlPage(doc: Document): boolean {
  return PAGE_TYPES.has(String(docGet<string>(doc, 'contentType'))) &&
    docGet<Element>(doc, 'documentElement')?.localName === 'html' && !!docGet<HTMLElement>(doc, 'body');
}

export function gatePasses(doc: Document, href: string, names: GateMatcher): boolean {
  return gateTest(names, gateText(doc, href));
}

/** The gate on this page; in the bench build (only) timed as part of `wic:detect` (BENCHMARKS.md). */
function passesHere(names: GateMatcher): boolean {
  const start = benchStart();
  const passes = gatePasses(document, location.href, names);
  benchEnd('wic:detect', start);
  return passes;
}

/** Whether this page may name the WIC: true sends the background on to load the content code. */
export function gateHere(names: GateMatcher): boolean {
  try {
    return window.top === window && isHtmlPage(document) && passesHere(names) === true;
  } catch {
    return false; // an odd document, or a page script in the way: leave the page alone
  }
}
