// Plain-English reasons for the CLI and tests; the extension itself shows the i18n messages.
import type { DetectionReason } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, string, string] {
  const [y = '', m = '1', d = '1'] = iso.split('-');
  return [Number(d), MONTHS[Number(m) - 1] ?? '', y];
}

const day = (iso: string): string => parts(iso).join(' ');

function range(start: string, end: string): string {
  const [d1, m1, y1] = parts(start);
  const [d2, m2, y2] = parts(end);
  if (y1 !== y2) return `${day(start)} – ${day(end)}`;
  if (m1 !== m2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${d1}–${d2} ${m2} ${y2}`;
}

function ordinal(n: string): string {
  const k = Number(n);
  return `${k}${k === 1 ? 'st' : k === 2 ? 'nd' : k === 3 ? 'rd' : 'th'}`;
}

export function describeReason(reason: DetectionReason): string {
  const [a = '', b = '', c = '', d = '', e = ''] = reason.values;
  switch (reason.key.replace(/^detect_reason_/, '')) {
    case 'headline': return `The headline names “${a}”`;
    case 'url': return `The address contains “${a}”`;
    case 'description': return `The page summary names “${a}”`;
    case 'keywords': return `The page is tagged “${a}”`;
    case 'subheading': return `A subheading names “${a}”`;
    case 'body_once': return '1 mention in the article';
    case 'body_count': return `${a} mentions in the article`;
    case 'lead': return `The opening paragraph names “${a}”`;
    case 'edition_named': return `“${a}” → the ${b} WIC`;
    case 'published': return `Published ${day(a)} → ${e ? `${ordinal(e)} WIC` : `${b} WIC`} (${range(c, d)})`;
    default: return [reason.key, ...reason.values].join(' ');
  }
}
