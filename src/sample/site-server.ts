import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The offline sample news site ("Indus Economic Review", fixtures/site/): robots.txt, an RSS feed, a news sitemap,
 * an index page and five economic reports written for this project, served on 127.0.0.1. The README's main command
 * crawls it when there is no network. Files hold a {{BASE}} placeholder replaced by the server's origin, so links,
 * canonical URLs and the feed point back at whichever port the site got.
 *
 * Routes: /robots.txt, /feed.xml, /sitemap.xml, / (index), /news/2026/11/<slug> (articles); anything else 404.
 */
export interface SampleSite {
  /** origin without a trailing slash */
  url: string;
  /** absolute URLs of the article pages, newest first (the feed's order) */
  articleUrls: string[];
  close(): Promise<void>;
}

const ARTICLE_PREFIX = '/news/2026/11/';

/** fixtures/site, found from src/sample (tsx, ts-jest) or dist/src/sample (the built CLI) alike. */
export function sampleSiteDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'fixtures', 'site');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`the sample site's files (fixtures/site) were not found above ${__dirname}`);
}

interface SiteFile {
  body: string;
  contentType: string;
}

function loadSite(dir: string): { files: Map<string, SiteFile>; slugs: string[] } {
  const files = new Map<string, SiteFile>();
  files.set('/robots.txt', { body: readFileSync(join(dir, 'robots.txt'), 'utf8'), contentType: 'text/plain; charset=utf-8' });
  files.set('/feed.xml', { body: readFileSync(join(dir, 'feed.xml'), 'utf8'), contentType: 'application/rss+xml; charset=utf-8' });
  files.set('/sitemap.xml', { body: readFileSync(join(dir, 'sitemap.xml'), 'utf8'), contentType: 'application/xml; charset=utf-8' });
  files.set('/', { body: readFileSync(join(dir, 'index.html'), 'utf8'), contentType: 'text/html; charset=utf-8' });
  const available = new Set(readdirSync(join(dir, 'articles')).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5)));
  for (const slug of available) {
    files.set(ARTICLE_PREFIX + slug, { body: readFileSync(join(dir, 'articles', `${slug}.html`), 'utf8'), contentType: 'text/html; charset=utf-8' });
  }
  // The feed's order (newest first) is the order users see; articles missing from the feed come last.
  const feedSlugs = [...files.get('/feed.xml')!.body.matchAll(/<link>\{\{BASE\}\}\/news\/2026\/11\/([\w-]+)<\/link>/g)].map((m) => m[1]);
  const slugs = [...feedSlugs.filter((slug) => available.has(slug)), ...[...available].filter((slug) => !feedSlugs.includes(slug)).sort()];
  return { files, slugs };
}

export async function startSampleSite(port = 0): Promise<SampleSite> {
  const { files, slugs } = loadSite(sampleSiteDir());
  const sockets = new Set<Socket>();
  let origin = '';

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/(.)\/$/, '$1');
    const file = files.get(path);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><p>Page not found.</p>');
      return;
    }
    const body = Buffer.from(file.body.replaceAll('{{BASE}}', origin), 'utf8');
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': body.length, 'Last-Modified': 'Wed, 18 Nov 2026 06:00:00 GMT' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    articleUrls: slugs.map((slug) => `${origin}${ARTICLE_PREFIX}${slug}`),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
