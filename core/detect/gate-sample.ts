// The gate's sample of a page and how the background tests it. The page-world half (page/gate)
// only reads: the address, then the title, descriptions and opening paragraphs as the page has them.
// It hands them back to the background (ext/gate-driver.ts), which folds and searches them here:
// none of the folding, searching or pattern building runs on the page's main thread.
import { gateTest, type GateMatcher } from './prefilter';

/** What the background reads of an answer: a page script could hand back anything in its place. */
export const SAMPLE_FIELDS = 40;
export const FIELD_CHARS = 4000;

/** Host and decoded path of an address; nothing for what is not an address. */
export function addressParts(href: string): string[] {
  const scheme = href.indexOf('://');
  if (scheme < 1) return [];
  const host = scheme + 3;
  let end = href.length;
  const query = href.indexOf('?', host);
  if (query >= 0) end = query;
  const hash = href.indexOf('#', host);
  if (hash >= 0 && hash < end) end = hash;
  const slash = href.indexOf('/', host);
  const hostEnd = slash >= 0 && slash < end ? slash : end;
  let path = href.slice(hostEnd, end);
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  return [href.slice(host, hostEnd), path];
}

/**
 * A sample ([address, ...fields]) as one text, one field per line, the address as its host and
 * decoded path; bounded; '' for anything that is not a sample.
 */
export function sampleText(sample: unknown): string {
  if (!Array.isArray(sample) || typeof sample[0] !== 'string') return '';
  const out = addressParts(sample[0].slice(0, FIELD_CHARS));
  for (let i = 1; i < sample.length && i < SAMPLE_FIELDS; i++) {
    const field: unknown = sample[i];
    if (typeof field === 'string') out.push(field.slice(0, FIELD_CHARS));
  }
  return out.join('\n');
}

/** Whether a page's sample may name the WIC: then the background loads the content code there. */
export function samplePasses(names: GateMatcher, sample: unknown): boolean {
  const text = sampleText(sample);
  return text !== '' && gateTest(names, text);
}
