import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { NewsfactsError } from '../errors';
import type { Snapshot, ProcessOptions } from '../pipeline';
import { parseHttpUrl } from '../crawlers/url';
import { fetchPage, type FetchConfig } from '../crawlers/fetcher';
import { parseMachineDate } from '../extractors/metadata/date-parsing';

/** One thing `newsfacts extract` reads: a URL, an .html/.html.gz file, or a .txt file of article text. */
export interface InputSpec {
  input: string;
  /** the page's address, for a file */
  url?: string | null;
  publishedAt?: string | null;
}

export interface LoadedInput {
  snapshot: Snapshot;
  format: NonNullable<ProcessOptions['format']>;
}

// Anything with a scheme, or that starts like a web address ("http//x", "www.x"), is treated as a URL, so a
// mistyped URL is reported as INVALID_URL rather than as a missing file.
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|https?\/\/|www\.)/i;

export function isUrlInput(input: string): boolean {
  return URL_LIKE.test(input.trim()) && !/^[a-z]:[\\/]/i.test(input);
}

function formatOf(path: string): LoadedInput['format'] {
  if (/\.txt$/i.test(path)) return 'text';
  if (/\.(html?|xhtml)(\.gz)?$/i.test(path)) return 'html';
  throw new NewsfactsError('INVALID_INPUT', `unknown input type: "${path}" (expected a URL, .html, .html.gz or .txt)`);
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    const bytes = await readFile(path);
    if (/\.gz$/i.test(path)) {
      try {
        return gunzipSync(bytes);
      } catch (err) {
        throw new NewsfactsError('INVALID_INPUT', `${path} is not a valid gzip file`, { cause: err });
      }
    }
    return bytes;
  } catch (err) {
    if (err instanceof NewsfactsError) throw err;
    throw new NewsfactsError('FILE_NOT_FOUND', `cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * A publication date given by the user (--published, a manifest's publishedAt) in the record's ISO 8601 form:
 * "2024-06-29" stays a date, a date-time keeps its time and offset. The record promises ISO 8601, so a value that
 * is no date ("yesterday", "2024-13-45") is INVALID_INPUT rather than copied into it.
 */
export function knownPublicationDate(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parseMachineDate(value);
  if (!parsed) throw new NewsfactsError('INVALID_INPUT', `${what} must be an ISO 8601 date or date-time (2024-06-29, 2024-06-29T09:30:00+05:00), got "${value}"`);
  return parsed.iso;
}

/** Reads or fetches one input into a snapshot; throws a NewsfactsError with a stable code. */
export async function loadInput(spec: InputSpec, fetchConfig: FetchConfig): Promise<LoadedInput> {
  if (isUrlInput(spec.input)) {
    parseHttpUrl(spec.input); // INVALID_URL before any network work
    return { snapshot: await fetchPage(spec.input, fetchConfig), format: 'html' };
  }
  const format = formatOf(spec.input);
  const body = await readInputFile(spec.input);
  const url = spec.url ? parseHttpUrl(spec.url).toString() : null;
  return {
    format,
    snapshot: { url, finalUrl: url, fetchedAt: null, status: null, headers: {}, body },
  };
}
