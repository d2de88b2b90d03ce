import type { RequestGate } from '../crawlers/fetcher';

/**
 * What a worker does before fetching an article: obey robots.txt (ROBOTS_DISALLOWED otherwise) and keep the
 * minimum spacing per host, shared through Redis by every worker on every machine. The rules themselves live in
 * src/crawlers (robots.ts, host-spacing.ts); this is the one call the article worker needs from them.
 */
export interface Politeness {
  /**
   * Resolves when robots.txt allows the URL (throws a NewsfactsError, ROBOTS_DISALLOWED, if it never will), to
   * the gate every request of the fetch must pass (each redirect hop waits for its host's turn), if any.
   */
  beforeFetch(url: string, signal?: AbortSignal): Promise<RequestGate | undefined>;
}

/** No robots.txt, no spacing: for re-extraction (no network) and unit tests of the processor. */
export const NO_POLITENESS: Politeness = { beforeFetch: async () => undefined };
