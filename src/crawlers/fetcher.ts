import type { Config } from '../config';
import { NewsfactsError } from '../errors';
import type { Snapshot } from '../pipeline';

export type FetchConfig = Pick<
  Config,
  'userAgent' | 'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'maxBodyBytes' | 'maxRedirects' | 'allowPrivateNetworks'
>;

// PLACEHOLDER until the undici fetcher lands. Contract: resolves to a Snapshot of an HTML page, or throws a
// NewsfactsError with a stable code (INVALID_URL, HTTP_404, FETCH_TIMEOUT, BODY_TOO_LARGE, NOT_HTML, ...).
export async function fetchPage(url: string, _config: FetchConfig): Promise<Snapshot> {
  throw new NewsfactsError('INTERNAL', `fetching is not implemented yet: ${url}`);
}
