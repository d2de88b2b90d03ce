import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processSnapshot, type Snapshot } from '../../src/pipeline';
import type { ArticleRecord } from '../../src/record';

/**
 * Golden cases (Readability's test-pages, fundus's per-page JSON): fixtures/articles/<slug>/ holds
 * source.html (or source.html.gz, source.txt), case.json ({url, fetchedAt, publishedAt?, contentType?,
 * description}) and expected.json, the reviewed record. `npm run fixtures:draft` writes a draft expected.json.
 */
export interface GoldenCase {
  slug: string;
  dir: string;
  snapshot: Snapshot;
  format: 'html' | 'text';
  publishedAt: string | null;
  expectedPath: string;
}

export const ARTICLES_DIR = join(__dirname, '..', '..', 'fixtures', 'articles');

interface CaseFile {
  url?: string;
  fetchedAt?: string;
  publishedAt?: string;
  contentType?: string;
  description?: string;
}

function readSource(dir: string): { body: Buffer; format: 'html' | 'text' } | null {
  if (existsSync(join(dir, 'source.html'))) return { body: readFileSync(join(dir, 'source.html')), format: 'html' };
  if (existsSync(join(dir, 'source.html.gz'))) return { body: gunzipSync(readFileSync(join(dir, 'source.html.gz'))), format: 'html' };
  if (existsSync(join(dir, 'source.txt'))) return { body: readFileSync(join(dir, 'source.txt')), format: 'text' };
  return null;
}

export function loadGoldenCases(root = ARTICLES_DIR): GoldenCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((slug) => {
      const dir = join(root, slug);
      const source = readSource(dir);
      if (!source) return [];
      const info: CaseFile = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
      const snapshot: Snapshot = {
        url: info.url ?? null,
        finalUrl: info.url ?? null,
        fetchedAt: info.fetchedAt ?? null,
        status: info.url ? 200 : null,
        headers: info.contentType ? { 'content-type': info.contentType } : {},
        body: source.body,
      };
      return [{ slug, dir, snapshot, format: source.format, publishedAt: info.publishedAt ?? null, expectedPath: join(dir, 'expected.json') }];
    });
}

export function runGoldenCase(c: GoldenCase): ArticleRecord {
  return processSnapshot(c.snapshot, { format: c.format, publishedAt: c.publishedAt, strict: true });
}
