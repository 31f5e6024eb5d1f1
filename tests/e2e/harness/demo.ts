import type { ChromiumSession } from './chromium';
import { DEMO_PAGE } from './paths';

/** The E&T article's real address; the harness answers it from demo/et-article-2017.html. */
export const DEMO_URL = 'https://eandt.theiet.org/content/articles/2017/12/internet-in-china-is-becoming-more-and-more-open-says-president-xi/';

export async function mapDemo(session: ChromiumSession): Promise<string> {
  await session.mapUrl(DEMO_URL, DEMO_PAGE);
  return DEMO_URL;
}
