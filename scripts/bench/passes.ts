// A traced pass: one trace over several page loads, each preceded by a console.timeStamp marker
// (from about:blank) so events can be split per load afterwards.
import type { BenchBrowser } from './browser';
import { MARKER } from './protocol';
import { markerWindows, startTrace, stopTrace, type TraceEvent, type Window } from './trace';

export interface PassItem {
  label: string;
  url: string;
}

export interface TracedPass {
  events: TraceEvent[];
  windows: Map<string, Window>;
}

export async function stamp(b: BenchBrowser, label: string): Promise<void> {
  await b.page.evaluate((m) => console.timeStamp(m), MARKER + label);
}

export async function tracedLoads(b: BenchBrowser, items: PassItem[], settleMs: number, categories: string[]): Promise<TracedPass> {
  await startTrace(b.browserCdp, categories);
  for (const item of items) {
    await b.page.goto('about:blank');
    await stamp(b, item.label);
    await b.page.goto(item.url, { waitUntil: 'load', timeout: 60_000 });
    await b.page.waitForTimeout(settleMs);
  }
  await b.page.goto('about:blank');
  await stamp(b, 'end');
  const events = await stopTrace(b.browserCdp);
  return { events, windows: markerWindows(events, MARKER) };
}
