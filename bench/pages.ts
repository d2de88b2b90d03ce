import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../src/crawlers/charset';
import { defaultEvalDir, repoRoot } from '../src/eval/paths';

// Not imported from test/support: that module loads the whole pipeline, before bench/extraction.ts can wrap compromise.
const articlesDir = () => join(repoRoot(), 'fixtures', 'articles');

export interface BenchPage {
  name: string;
  html: string;
  bytes: Buffer;
}

/** The AEB pages from ../shared/eval when present (read by path, never copied), else our own fixtures. */
export function loadBenchPages(): { source: string; pages: BenchPage[] } {
  const aeb = join(defaultEvalDir(), 'aeb', 'html');
  if (existsSync(aeb)) {
    const pages = readdirSync(aeb)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .map((f) => {
        const bytes = gunzipSync(readFileSync(join(aeb, f)));
        return { name: f, bytes, html: decodeBody(bytes).text };
      });
    return { source: `AEB (${aeb})`, pages };
  }
  const dir = articlesDir();
  const pages = readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .map((slug) => {
      const bytes = readFileSync(join(dir, slug, 'source.html'));
      return { name: slug, bytes, html: decodeBody(bytes).text };
    });
  return { source: 'fixtures/articles', pages };
}
