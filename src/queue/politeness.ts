/**
 * What a worker does before each request to a site: obey robots.txt (ROBOTS_DISALLOWED otherwise) and keep the
 * minimum spacing per host, shared through Redis by every worker on every machine. The rules themselves live in
 * src/crawlers (robots.ts, host-spacing.ts); this is the one call the article worker needs from them.
 */
export interface Politeness {
  /** resolves when a request to this URL may be sent now; throws a NewsfactsError (ROBOTS_DISALLOWED) if never */
  beforeFetch(url: string, signal?: AbortSignal): Promise<void>;
}

/** No robots.txt, no spacing: for re-extraction (no network) and unit tests of the processor. */
export const NO_POLITENESS: Politeness = { beforeFetch: async () => undefined };
