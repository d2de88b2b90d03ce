import { isIP } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, constants as zlib, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import type { Config } from '../config';
import { NewsfactsError, type ErrorCode } from '../errors';
import type { Snapshot } from '../pipeline';
import { blockedAddressError, guardedLookup, isBlockedAddress, type AddressPolicy } from './address-guard';
import { parseRetryAfter } from './retry-after';
import { parseHttpUrl } from './url';

export type FetchConfig = Pick<
  Config,
  'userAgent' | 'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'maxBodyBytes' | 'maxRedirects' | 'allowPrivateNetworks'
>;

export interface FetchOptions {
  /** 'html' (fetchPage) refuses other content types with NOT_HTML; 'any' (robots.txt, feeds) takes any body */
  accept?: 'html' | 'any';
  /** which addresses are refused when allowPrivateNetworks is off (tests narrow it to prove the redirect check) */
  addressPolicy?: AddressPolicy;
  /** cancels the whole fetch (worker shutdown) */
  signal?: AbortSignal;
  /** politeness: awaited before every request (each redirect hop); its result is called once the response starts */
  gate?: RequestGate;
}

/**
 * Waits until a request to `url` may be sent and resolves to the function to call once its response has started
 * (or the request failed): the host spacing holds the host's turn in between (src/crawlers/host-spacing.ts).
 */
export type RequestGate = (url: URL, signal?: AbortSignal) => Promise<() => Promise<void>>;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT_HEADER = { html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', any: '*/*' };

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

// WHATWG MIME sniffing: the tags that make an unlabelled body HTML. Anything else without a Content-Type (a PDF,
// an image, JSON) is not a page.
const HTML_SNIFF = /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|!--)[\s>]/i;

/** One Agent per (connect time-out, address guard): connections are pooled across fetches. */
const agents = new Map<string, Agent>();

function agentFor(config: FetchConfig, policy: AddressPolicy | undefined): { agent: Agent; shared: boolean } {
  const connect = {
    timeout: config.connectTimeoutMs,
    ...(config.allowPrivateNetworks ? {} : { lookup: guardedLookup(policy ?? isBlockedAddress) }),
  };
  if (policy && !config.allowPrivateNetworks) return { agent: new Agent({ connect }), shared: false };
  const key = `${config.connectTimeoutMs}|${config.allowPrivateNetworks}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({ connect });
    agents.set(key, agent);
  }
  return { agent, shared: true };
}

/** Closes the pooled connections (tests, and a worker shutting down). */
export async function closeFetcherAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((agent) => agent.close()));
}

/**
 * Fetches an HTML page: every redirect hop is followed here (not by undici) so each one is checked against the
 * address guard, counted and tested for loops. Resolves to the snapshot of the final page or throws a
 * NewsfactsError whose code says what went wrong (see src/errors.ts).
 */
export async function fetchPage(url: string, config: FetchConfig, options: FetchOptions = {}): Promise<Snapshot> {
  return fetchResource(url, config, { accept: 'html', ...options });
}

export async function fetchResource(url: string, config: FetchConfig, options: FetchOptions = {}): Promise<Snapshot> {
  const accept = options.accept ?? 'html';
  const policy = options.addressPolicy ?? isBlockedAddress;
  const { agent, shared } = agentFor(config, options.addressPolicy);
  try {
    let current = parseHttpUrl(url);
    const seen = new Set<string>();
    for (let hop = 0; ; hop += 1) {
      checkLiteralAddress(current, config, policy);
      seen.add(withoutFragment(current));
      const response = await sendThroughGate(current, agent, config, accept, options);
      const location = REDIRECT_STATUSES.has(response.statusCode) ? header(response.headers, 'location') : undefined;
      if (location === undefined) return await finish(url, current, response, config, accept, options.signal);

      await discard(response.body);
      const next = resolveRedirect(location, current);
      if (seen.has(withoutFragment(next))) throw new NewsfactsError('TOO_MANY_REDIRECTS', `redirect loop: ${current.href} -> ${next.href} was already visited`);
      if (hop + 1 > config.maxRedirects) throw new NewsfactsError('TOO_MANY_REDIRECTS', `more than ${config.maxRedirects} redirects starting at ${url}`);
      current = next;
    }
  } finally {
    if (!shared) await agent.close();
  }
}

/** An IP literal never goes through DNS (net.connect skips lookup), so the connector cannot check it: do it here. */
function checkLiteralAddress(url: URL, config: FetchConfig, policy: AddressPolicy): void {
  if (config.allowPrivateNetworks) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && policy(host)) throw blockedAddressError(host, [host]);
}

function withoutFragment(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function resolveRedirect(location: string, base: URL): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new NewsfactsError('INVALID_URL', `${base.href} redirects to an unreadable Location "${location}"`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new NewsfactsError('INVALID_URL', `${base.href} redirects to a ${next.protocol} URL, which is not fetched`);
  }
  return next;
}

/** One request, through the politeness gate when there is one: the turn is given back as soon as headers arrive. */
async function sendThroughGate(url: URL, agent: Agent, config: FetchConfig, accept: 'html' | 'any', options: FetchOptions): Promise<Dispatcher.ResponseData> {
  const release = options.gate ? await options.gate(url, options.signal) : undefined;
  try {
    return await send(url, agent, config, accept, options.signal);
  } finally {
    await release?.();
  }
}

async function send(url: URL, agent: Agent, config: FetchConfig, accept: 'html' | 'any', signal?: AbortSignal): Promise<Dispatcher.ResponseData> {
  try {
    return await request(url, {
      dispatcher: agent,
      method: 'GET',
      headers: { 'user-agent': config.userAgent, accept: ACCEPT_HEADER[accept], 'accept-encoding': 'gzip, deflate, br' },
      headersTimeout: config.headersTimeoutMs,
      // undici's bodyTimeout is the longest pause between two chunks; the whole-body deadline is in readBody
      bodyTimeout: config.bodyTimeoutMs,
      signal,
    });
  } catch (err) {
    throw toFetchError(err, url.href, 'connecting or waiting for headers');
  }
}

async function finish(
  requested: string,
  url: URL,
  response: Dispatcher.ResponseData,
  config: FetchConfig,
  accept: 'html' | 'any',
  signal?: AbortSignal,
): Promise<Snapshot> {
  const fetchedAt = new Date().toISOString();
  const status = response.statusCode;
  if (status < 200 || status > 299) {
    await discard(response.body);
    throw statusError(status, url.href, response.headers);
  }
  const contentType = header(response.headers, 'content-type');
  if (accept === 'html' && contentType !== undefined && !HTML_TYPES.has(mediaType(contentType))) {
    await discard(response.body);
    throw new NewsfactsError('NOT_HTML', `${url.href} is ${mediaType(contentType) || 'an empty Content-Type'}, not HTML`, { status });
  }
  const declaredLength = Number(header(response.headers, 'content-length'));
  if (Number.isFinite(declaredLength) && declaredLength > config.maxBodyBytes) {
    await discard(response.body);
    throw tooLarge(url.href, config.maxBodyBytes, `Content-Length ${declaredLength}`);
  }
  const raw = await readBody(response.body, url.href, config, signal);
  const body = decodeContentEncoding(raw, header(response.headers, 'content-encoding'), url.href, config.maxBodyBytes);
  if (accept === 'html' && contentType === undefined && !HTML_SNIFF.test(body.subarray(0, 1024).toString('latin1'))) {
    throw new NewsfactsError('NOT_HTML', `${url.href} has no Content-Type and its first bytes are not HTML`, { status });
  }
  return { url: requested, finalUrl: url.href, fetchedAt, status, headers: snapshotHeaders(response.headers), body };
}

function statusError(status: number, url: string, headers: Dispatcher.ResponseData['headers']): NewsfactsError {
  const retryAfterMs = parseRetryAfter(header(headers, 'retry-after'), Date.now()) ?? undefined;
  const fail = (code: ErrorCode, what: string): NewsfactsError =>
    new NewsfactsError(code, `${url} answered ${status} ${what}`, { status, retryAfterMs });
  if (status === 404) return fail('HTTP_404', 'Not Found');
  if (status === 410) return fail('HTTP_410', 'Gone');
  if (status === 429) return fail('HTTP_429', retryAfterMs === undefined ? 'Too Many Requests' : `Too Many Requests, retry after ${retryAfterMs} ms`);
  if (status === 503 && retryAfterMs !== undefined) return fail('HTTP_503', `Service Unavailable, retry after ${retryAfterMs} ms`);
  if (status >= 500) return fail('HTTP_5XX', 'a server error');
  // 4xx, and a 3xx without a Location (nothing to follow): retrying the same request cannot help.
  return fail('HTTP_4XX', status >= 400 ? 'a client error' : 'a redirect without a Location');
}

function tooLarge(url: string, max: number, why: string): NewsfactsError {
  return new NewsfactsError('BODY_TOO_LARGE', `${url}: ${why} exceeds the ${max}-byte limit (maxBodyBytes)`);
}

/**
 * Reads the body up to maxBodyBytes: the count is checked on every chunk and the stream is destroyed the moment it
 * passes the limit (a 50 MB body costs at most maxBodyBytes of memory), and the whole read must end within
 * bodyTimeoutMs (a server trickling a byte a second never trips undici's idle timer).
 */
async function readBody(body: Dispatcher.ResponseData['body'], url: string, config: FetchConfig, signal?: AbortSignal): Promise<Buffer> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), config.bodyTimeoutMs);
  const abortWith = signal ? AbortSignal.any([deadline.signal, signal]) : deadline.signal;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    await pipeline(
      body,
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          total += chunk.length;
          if (total > config.maxBodyBytes) throw tooLarge(url, config.maxBodyBytes, 'the body');
          chunks.push(chunk);
        }
      },
      { signal: abortWith },
    );
  } catch (err) {
    if (deadline.signal.aborted) {
      throw new NewsfactsError('FETCH_TIMEOUT', `${url}: the body did not arrive within ${config.bodyTimeoutMs} ms (bodyTimeoutMs)`, { cause: err });
    }
    throw toFetchError(err, url, 'reading the body');
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Decodes Content-Encoding. The decoded size is capped too (maxOutputLength), so a small gzip bomb cannot expand
 * into gigabytes. Z_SYNC_FLUSH keeps what a truncated stream delivered, as browsers do.
 */
function decodeContentEncoding(raw: Buffer, encodingHeader: string | undefined, url: string, max: number): Buffer {
  const encodings = (encodingHeader ?? '')
    .toLowerCase()
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'identity');
  let body = raw;
  try {
    for (const encoding of encodings.reverse()) {
      const options = { maxOutputLength: max, finishFlush: zlib.Z_SYNC_FLUSH };
      if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body, options);
      else if (encoding === 'br') body = brotliDecompressSync(body, { maxOutputLength: max });
      else if (encoding === 'deflate') body = inflateDeflate(body, options);
      else throw new NewsfactsError('DECODE_FAILED', `${url} uses the unsupported Content-Encoding "${encoding}"`);
    }
  } catch (err) {
    if (err instanceof NewsfactsError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, max, 'the decompressed body');
    throw new NewsfactsError('DECODE_FAILED', `${url}: cannot decode Content-Encoding "${encodingHeader}": ${(err as Error).message}`, { cause: err });
  }
  return body;
}

// "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate; browsers accept both.
function inflateDeflate(body: Buffer, options: { maxOutputLength: number; finishFlush: number }): Buffer {
  const zlibWrapped = body.length >= 2 && (body[0] & 0x0f) === 8 && ((body[0] << 8) | body[1]) % 31 === 0;
  return zlibWrapped ? inflateSync(body, options) : inflateRawSync(body, options);
}

async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    // a small body is drained so the connection can be reused; a long one is cut off
    await body.dump({ limit: 64 * 1024 });
  } catch {
    body.destroy();
  }
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/**
 * Response headers as stored with the snapshot: names lower case, repeated headers joined. Content-Encoding and
 * Content-Length describe the bytes on the wire, not the decoded body kept here, so they are left out: a replay
 * must not try to gunzip the body again.
 */
function snapshotHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || lower === 'content-encoding' || lower === 'content-length') continue;
    out[lower] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An undici or socket error as a NewsfactsError; the address guard's own error passes through unchanged. */
function toFetchError(err: unknown, url: string, during: string): NewsfactsError {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof NewsfactsError) return e;
  }
  const code = errorCode(err) ?? errorCode((err as { cause?: unknown } | null)?.cause);
  const message = err instanceof Error ? err.message : String(err);
  if (code && TIMEOUT_CODES.has(code)) return new NewsfactsError('FETCH_TIMEOUT', `${url}: time-out while ${during} (${code})`, { cause: err });
  if ((err as Error | null)?.name === 'AbortError') return new NewsfactsError('NETWORK_ERROR', `${url}: the fetch was cancelled while ${during}`, { cause: err });
  if (code) return new NewsfactsError('NETWORK_ERROR', `${url}: ${code} while ${during}: ${message}`, { cause: err });
  return new NewsfactsError('INTERNAL', `${url}: unexpected error while ${during}: ${message}`, { cause: err });
}
