import type { Config } from '../../src/config';
import { fetchPage } from '../../src/crawlers/fetcher';
import { toNewsfactsError } from '../../src/errors';
import { processSnapshot } from '../../src/pipeline';
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

/** A tiny article through the whole extractor once, so lazy module loading (compromise's lexicon) is not timed. */
export function warmUpExtractors(): void {
  const html = '<html><head><title>Exports rise</title></head><body><article><p>Exports rose 12 per cent to $1.6 billion in April 2024, Minister Jam Kamal Khan said in Islamabad on Tuesday. "Orders are back," he said.</p></article></body></html>';
  processSnapshot({ url: 'https://example.com/a', finalUrl: null, fetchedAt: '2024-05-14T10:00:00Z', status: 200, headers: {}, body: Buffer.from(html) });
}
