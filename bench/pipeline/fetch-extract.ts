import type { Config } from '../../src/config';
import { fetchPage } from '../../src/crawlers/fetcher';
import { toNewsfactsError } from '../../src/errors';
import { processSnapshot } from '../../src/pipeline';
import { loadBenchPages, type BenchPage } from '../pages';
import type { StageTimer } from './stage-timer';

export interface PlainOutcome {
  done: number;
  failed: number;
  /** "CODE url" of each failed article */
  failures: string[];
}

/**
 * The baseline: what a worker does to an article minus the queue and the store (and minus politeness, which costs
 * nothing here: hostDelayMs 0 reserves no Redis slot, and robots.txt is cached after the first page). Same
 * fetcher, same extractors, `concurrency` articles in flight as a worker's BullMQ concurrency would allow.
 */
export async function fetchAndExtract(urls: string[], config: Config, concurrency: number, stages?: StageTimer): Promise<PlainOutcome> {
  let next = 0;
  const outcome: PlainOutcome = { done: 0, failed: 0, failures: [] };
  const fetch = (url: string) => (stages ? stages.time('fetch', () => fetchPage(url, config)) : fetchPage(url, config));
  const lane = async (): Promise<void> => {
    while (next < urls.length) {
      const url = urls[next++];
      try {
        processSnapshot(await fetch(url));
        outcome.done += 1;
      } catch (err) {
        outcome.failed += 1;
        outcome.failures.push(`${toNewsfactsError(err).code} ${url}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return outcome;
}

/**
 * Every bench page through the extractors once before timing starts: lazy module loading (compromise's lexicon)
 * and V8's optimizing compiler are paid by each process once, and a worker runs for hours. Cold, each child
 * process spent about twice the CPU per article of the long-running bench process on the same pages.
 */
export function warmUpExtractors(pages: BenchPage[] = loadBenchPages().pages): void {
  for (const page of pages) processSnapshot({ url: null, finalUrl: null, fetchedAt: null, status: null, headers: {}, body: page.bytes });
}
