import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small news site for the queue tests, written for them (no evaluation data): /news/<slug> is an article,
 * /slow/<slug>?ms=N answers the same article after N ms (a job still running when its worker is killed),
 * /slow-once/<slug>?ms=N is slow the first time only (a job a stopping worker hands back, fast for the next one),
 * /amp/<slug> is the article naming /news/<slug> as its canonical URL (a record id that is not the submitted URL's key),
 * /throttle-once/<slug>?after=S answers 429 with Retry-After: S (default 1) the first time, then the article,
 * /robots.txt allows everything. Every request is recorded with its arrival time.
 */
export interface ArticleServer {
  url: string;
  requests: Array<{ path: string; at: number }>;
  /** how many requests reached this path (query ignored) */
  count(path: string): number;
  close(): Promise<void>;
}

/** A short article with a figure, an official and a quote, different per slug. */
export function articleHtml(slug: string, headline?: string, canonicalUrl?: string): string {
  const title = headline ?? `Textile exports rise 12 per cent in ${slug}`;
  const canonical = canonicalUrl ? `<link rel="canonical" href="${canonicalUrl}">\n` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${canonical}<meta property="og:site_name" content="Indus Business Wire">
<meta property="article:published_time" content="2024-05-14T09:00:00+05:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/economy">Economy</a></nav></header>
<article>
<h1>${title}</h1>
<p class="byline">By Staff Reporter</p>
<p>ISLAMABAD: Pakistan's textile exports rose 12 per cent to $1.6 billion in April 2024 (report ${slug}), the Pakistan Bureau of Statistics said on Tuesday.</p>
<p>Federal Minister for Commerce Jam Kamal Khan said the growth came from value-added garments and home textiles. "Our exporters have regained orders lost last year," he said.</p>
<p>The All Pakistan Textile Mills Association said energy tariffs of Rs 38 per unit remained the main obstacle to further growth, and urged the government to cut them before the budget.</p>
<p>Exports to the United States grew faster than those to the European Union, according to the bureau's figures.</p>
</article>
<footer>© Indus Business Wire</footer>
</body></html>`;
}

export async function startArticleServer(): Promise<ArticleServer> {
  const requests: ArticleServer['requests'] = [];
  const pending = new Set<NodeJS.Timeout>();
  const throttled = new Set<string>();
  const slowedOnce = new Set<string>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ path: url.pathname, at: Date.now() });
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (url.pathname === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    const once = /^\/throttle-once\/([\w-]+)$/.exec(url.pathname);
    if (once && !throttled.has(once[1])) {
      throttled.add(once[1]);
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': url.searchParams.get('after') ?? '1' });
      return res.end('slow down');
    }
    if (once) return send(200, 'text/html; charset=utf-8', articleHtml(once[1]));
    const amp = /^\/amp\/([\w-]+)$/.exec(url.pathname);
    if (amp) return send(200, 'text/html; charset=utf-8', articleHtml(amp[1], undefined, `http://${req.headers.host}/news/${amp[1]}`));
    const match = /^\/(news|slow|slow-once)\/([\w-]+)$/.exec(url.pathname);
    if (!match) return send(404, 'text/html', '<h1>Not found</h1>');
    const slowNow = match[1] === 'slow' || (match[1] === 'slow-once' && !slowedOnce.has(match[2]));
    if (match[1] === 'slow-once') slowedOnce.add(match[2]);
    const delay = slowNow ? Number(url.searchParams.get('ms') ?? 2000) : 0;
    const timer = setTimeout(() => {
      pending.delete(timer);
      send(200, 'text/html; charset=utf-8', articleHtml(match[2]));
    }, delay);
    pending.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
