// Which element holds the article text to mark: the fullest <article> (with its headline and
// captions), else [itemprop=articleBody], else <main>, else the parent of the most paragraph text.
import { attr, body, byTag, contains, querySelector } from './dom';

const MIN_TEXT = 200;
const PARAGRAPH_SAMPLE = 60;

function paragraphText(el: Element): number {
  const ps = byTag(el, 'p');
  let sum = 0;
  for (let i = 0; i < ps.length && i < PARAGRAPH_SAMPLE; i++) sum += ps[i]?.textContent?.length ?? 0;
  return sum;
}

export function pickArticleRoot(doc: Document): Element | null {
  const page = body(doc);
  if (!page) return null;
  const itemBody = querySelector(doc, '[itemprop="articleBody"]');
  const articles = byTag(doc, 'article');
  // A short page still gets its marks: failing every threshold, the candidate with the most text wins.
  let fallback: Element | null = null;
  let fallbackLength = 0;
  const consider = (el: Element | null | undefined, length: number): void => {
    if (el && length > fallbackLength) { fallback = el; fallbackLength = length; }
  };
  let best: Element | null = null;
  let bestLength = MIN_TEXT - 1;
  for (let i = 0; i < articles.length && i < 12; i++) {
    const el = articles[i]!;
    const length = paragraphText(el);
    // An article holding the article body wins outright: it is the story, not a teaser.
    if (itemBody && contains(el, itemBody) && length >= MIN_TEXT) return el;
    if (length > bestLength) { best = el; bestLength = length; }
    consider(el, length);
  }
  const itemLength = itemBody ? paragraphText(itemBody) : 0;
  if (itemBody && itemLength >= MIN_TEXT) return itemBody;
  consider(itemBody, itemLength);
  if (best) return best;
  const main = byTag(doc, 'main')[0] ?? querySelector(doc, '[role="main"]');
  const mainLength = main ? paragraphText(main) : 0;
  if (main && mainLength >= MIN_TEXT) return main;
  consider(main, mainLength);
  const byParent = new Map<Element, number>();
  const ps = byTag(page, 'p');
  for (let i = 0; i < ps.length && i < 600; i++) {
    const parent = ps[i]!.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (ps[i]!.textContent?.length ?? 0));
  }
  let parentBest: Element | null = null;
  let parentLength = MIN_TEXT - 1;
  for (const [el, length] of byParent) {
    if (length > parentLength) { parentBest = el; parentLength = length; }
    consider(el, length);
  }
  return parentBest ?? fallback;
}

/** The language figures are read in ("1.800" is 1800 in German): the root's own or nearest lang. */
export function langOf(root: Element): string {
  for (let el: Element | null = root; el; el = el.parentElement) {
    const lang = attr(el, 'lang');
    if (lang) return lang;
  }
  return '';
}
