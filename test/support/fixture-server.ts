import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import iconv from 'iconv-lite';

/**
 * A local node:http server on 127.0.0.1 (random port) for fetcher, politeness and queue tests: fixture pages and
 * every failure mode a crawler meets, with a log of each request's arrival (for host-spacing tests).
 *
 * Routes (GET unless noted):
 *   /robots.txt               "User-agent: newsfacts / Disallow: /private/" (override with options.robots)
 *   /page, /page/<anything>   a small English news article, text/html; charset=utf-8 (any path under /page works,
 *                             so tests can use distinct URLs for one host)
 *   /private/<anything>       the same article, but robots.txt disallows it for our User-Agent
 *   /articles/<slug>          fixtures/articles/<slug>/source.html as text/html
 *   /site/<file>              fixtures/site/<file> (the sample news site's files, served raw)
 *   /status/<code>            an empty-ish response with that status (404, 410, 403, 500, ...)
 *   /flaky/<key>              500 on the first request for <key>, 200 with the article afterwards (per key)
 *   /flaky?key=<key>          the same, key in the query
 *   /throttle                 429 with Retry-After: 2 (?after=<seconds>, or ?date=1 for an HTTP date 3 s ahead)
 *   /unavailable              503 with Retry-After: 3 (?after=<seconds>); /unavailable?after=none: 503 without it
 *   /redirect-loop            302 -> /redirect-loop/b, which 302s back to /redirect-loop
 *   /redirect-chain/<n>       n redirects (relative and absolute Location alternately), then the article
 *   /redirect-to?url=<abs>    302 to any URL (cross-host and address-guard tests)
 *   /never-ends               200 text/html headers, then one byte every 200 ms, forever (until the client leaves)
 *   /huge                     a 50 MB HTML body streamed with Content-Length (?length=none: chunked, no length)
 *   /pdf                      a small PDF, application/pdf
 *   /windows-1252             an article encoded in windows-1252 with curly quotes, dashes and accents, labelled in
 *                             the header (?label=meta: only a <meta charset>; ?label=iso-8859-1: header says latin1)
 *   /gzip, /deflate, /br      the article with that Content-Encoding
 *   /no-content-type          the article with no Content-Type header (?kind=pdf: PDF bytes with no Content-Type)
 *   /json                     application/json (NOT_HTML)
 *   /reset                    destroys the socket without answering (ECONNRESET)
 *   /slow-headers             waits 5 s before sending headers (?ms=<n>)
 *   /slow/<anything>?ms=<n>   the article after a delay of n ms (slow but successful pages)
 *   anything else             404
 * Each request is logged in `requests` when it arrives: { path, at (ms, sub-ms precision), userAgent }.
 */
export interface FixtureRequest {
  /** path and query as requested */
  path: string;
  method: string;
  /** arrival time in epoch ms with sub-millisecond precision (performance.timeOrigin + performance.now()) */
  at: number;
  userAgent: string | undefined;
  headers: IncomingMessage['headers'];
}

export interface FixtureServerOptions {
  /** replaces the default robots.txt: a body, a status, or a delay before answering */
  robots?: { status?: number; body?: string | Buffer; delayMs?: number; contentType?: string };
  /** bind a fixed port (default: a random free port) */
  port?: number;
}

export interface FixtureServer {
  /** origin without a trailing slash, e.g. http://127.0.0.1:38211 */
  url: string;
  requests: FixtureRequest[];
  close(): Promise<void>;
}

const FIXTURES_DIR = join(__dirname, '..', '..', 'fixtures');
const HUGE_BYTES = 50 * 1024 * 1024;
const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'a');

export const DEFAULT_ROBOTS_TXT = 'User-agent: newsfacts\nDisallow: /private/\n\nUser-agent: *\nDisallow: /admin/\n';

export const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>IT exports rise 24 per cent to $3.2 billion | Test Times</title>
<meta property="og:title" content="IT exports rise 24 per cent to $3.2 billion">
<meta property="article:published_time" content="2026-11-20T09:30:00+05:00"></head>
<body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article><h1>IT exports rise 24 per cent to $3.2 billion</h1>
<p class="byline">By Ayesha Siddiqui</p>
<p>ISLAMABAD: Pakistan's information technology exports rose 24 per cent to $3.2 billion in the first ten months of
fiscal year 2025-26, the Pakistan Software Export Board said on Thursday.</p>
<p>"The growth shows that our freelancers and software houses are competing globally," Federal Minister for IT
Shaza Fatima Khawaja said at a briefing in Islamabad.</p>
<p>Exports of computer services stood at $2.6 billion, compared with $2.1 billion in the same period last year,
according to data released by the State Bank of Pakistan.</p>
</article><footer>Copyright Test Times</footer></body></html>
`;

// Written for these tests: windows-1252 bytes 0x93/0x94 (curly double quotes), 0x96 (en dash), 0xE9 (é), 0x80 (€).
export const WINDOWS_1252_TEXT = {
  title: 'Café exports – a “record” year',
  sentence: '“Exports to the euro area reached €1.2 billion,” said Zoë Müller, the café association’s chair.',
};

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

function windows1252Page(label: string | null): Buffer {
  const meta = label === 'meta' ? '<meta charset="windows-1252">' : '';
  const html = `<!doctype html><html lang="en"><head>${meta}<title>${WINDOWS_1252_TEXT.title}</title></head><body><article>
<h1>${WINDOWS_1252_TEXT.title}</h1>
<p>${WINDOWS_1252_TEXT.sentence}</p>
<p>The association expects another rise next year, its chair said in Zürich on Monday – the third in a row.</p>
</article></body></html>`;
  return iconv.encode(html, 'windows-1252');
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string | number> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Length': bytes.length, ...headers });
  res.end(bytes);
}

const HTML = { 'Content-Type': 'text/html; charset=utf-8' };

function streamHuge(res: ServerResponse, withLength: boolean): void {
  res.writeHead(200, withLength ? { 'Content-Type': 'text/html', 'Content-Length': HUGE_BYTES } : { 'Content-Type': 'text/html' });
  let sent = 0;
  // Respects back-pressure so a client that stops reading does not make the server buffer 50 MB.
  const pump = (): void => {
    while (sent < HUGE_BYTES && !res.destroyed) {
      sent += HUGE_CHUNK.length;
      if (!res.write(HUGE_CHUNK)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.write('<!doctype html><html><body><p>');
  pump();
}

function trickleForever(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.write('<!doctype html><html><body><p>');
  const timer = setInterval(() => {
    if (res.destroyed) clearInterval(timer);
    else res.write('.');
  }, 200);
  res.on('close', () => clearInterval(timer));
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: FixtureRequest[] = [];
  const flakyKeys = new Set<string>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';

  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const q = url.searchParams;

    if (path === '/robots.txt') {
      const robots = options.robots ?? {};
      const answer = (): void =>
        send(res, robots.status ?? 200, robots.body ?? (robots.status && robots.status >= 400 ? 'error' : DEFAULT_ROBOTS_TXT), {
          'Content-Type': robots.contentType ?? 'text/plain',
        });
      if (robots.delayMs) later(robots.delayMs, answer);
      else answer();
      return;
    }
    if (path === '/page' || path.startsWith('/page/') || path.startsWith('/private/')) return send(res, 200, ARTICLE_HTML, HTML);
    if (path.startsWith('/articles/')) {
      const slug = path.slice('/articles/'.length).replace(/\/$/, '');
      return serveFile(res, join('articles', slug, 'source.html'), 'text/html; charset=utf-8');
    }
    if (path.startsWith('/site/')) return serveFile(res, join('site', path.slice('/site/'.length)), null);
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) return send(res, Number(status[1]), `<html><body>status ${status[1]}</body></html>`, HTML);
    if (path.startsWith('/flaky')) {
      const key = q.get('key') ?? path.slice('/flaky'.length);
      if (!flakyKeys.has(key)) {
        flakyKeys.add(key);
        return send(res, 500, 'internal error', { 'Content-Type': 'text/plain' });
      }
      return send(res, 200, ARTICLE_HTML, HTML);
    }
    if (path === '/throttle') {
      const retryAfter = q.get('date') ? new Date(Date.now() + 3000).toUTCString() : (q.get('after') ?? '2');
      return send(res, 429, 'slow down', { 'Content-Type': 'text/plain', 'Retry-After': retryAfter });
    }
    if (path === '/unavailable') {
      const after = q.get('after') ?? '3';
      return send(res, 503, 'maintenance', after === 'none' ? { 'Content-Type': 'text/plain' } : { 'Content-Type': 'text/plain', 'Retry-After': after });
    }
    if (path === '/redirect-loop') return send(res, 302, '', { Location: '/redirect-loop/b' });
    if (path === '/redirect-loop/b') return send(res, 302, '', { Location: `${origin}/redirect-loop` });
    const chain = /^\/redirect-chain\/(\d+)$/.exec(path);
    if (chain) {
      const n = Number(chain[1]);
      if (n === 0) return send(res, 200, ARTICLE_HTML, HTML);
      // Alternate relative and absolute Location headers: both must be resolved against the current hop.
      const next = n % 2 === 0 ? `${n - 1}` : `${origin}/redirect-chain/${n - 1}`;
      return send(res, 301, '', { Location: next });
    }
    if (path === '/redirect-to') return send(res, 302, '', { Location: q.get('url') ?? '/' });
    if (path === '/never-ends') return trickleForever(res);
    if (path === '/huge') return streamHuge(res, q.get('length') !== 'none');
    if (path === '/pdf') return send(res, 200, PDF_BYTES, { 'Content-Type': 'application/pdf' });
    if (path === '/json') return send(res, 200, '{"title":"not a page"}', { 'Content-Type': 'application/json' });
    if (path === '/windows-1252') {
      const label = q.get('label');
      const headers: Record<string, string> =
        label === 'meta' ? { 'Content-Type': 'text/html' } : { 'Content-Type': `text/html; charset=${label ?? 'windows-1252'}` };
      return send(res, 200, windows1252Page(label), headers);
    }
    if (path === '/gzip') return send(res, 200, gzipSync(ARTICLE_HTML), { ...HTML, 'Content-Encoding': 'gzip' });
    if (path === '/deflate') return send(res, 200, deflateSync(ARTICLE_HTML), { ...HTML, 'Content-Encoding': 'deflate' });
    if (path === '/br') return send(res, 200, brotliCompressSync(ARTICLE_HTML), { ...HTML, 'Content-Encoding': 'br' });
    if (path === '/no-content-type') {
      // writeHead with no Content-Type: node:http adds none by itself.
      return send(res, 200, q.get('kind') === 'pdf' ? PDF_BYTES : ARTICLE_HTML);
    }
    if (path === '/reset') {
      req.socket.destroy();
      return;
    }
    if (path === '/slow-headers') {
      later(Number(q.get('ms') ?? 5000), () => send(res, 200, ARTICLE_HTML, HTML));
      return;
    }
    if (path.startsWith('/slow/')) {
      later(Number(q.get('ms') ?? 1000), () => send(res, 200, ARTICLE_HTML, HTML));
      return;
    }
    send(res, 404, '<html><body>not found</body></html>', HTML);
  }

  async function serveFile(res: ServerResponse, relative: string, contentType: string | null): Promise<void> {
    const full = normalize(join(FIXTURES_DIR, relative));
    if (!full.startsWith(FIXTURES_DIR)) return send(res, 404, 'not found');
    try {
      const body = await readFile(full);
      send(res, 200, body, { 'Content-Type': contentType ?? typeByExtension(full) });
    } catch {
      send(res, 404, '<html><body>not found</body></html>', HTML);
    }
  }

  const server = createServer((req, res) => {
    requests.push({
      path: req.url ?? '/',
      method: req.method ?? 'GET',
      at: performance.timeOrigin + performance.now(),
      userAgent: req.headers['user-agent'],
      headers: req.headers,
    });
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function typeByExtension(path: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    '.json': 'application/json',
  };
  return types[extname(path)] ?? 'application/octet-stream';
}
