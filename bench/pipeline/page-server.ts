import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BenchPage } from '../pages';

/**
 * The bench's news site on 127.0.0.1: /robots.txt allows everything, /<run>/article/<i> serves bench page
 * i mod pages.length as text/html with no charset (the pages' own bytes; the fetcher and decodeBody find the
 * charset as they would on the web). A run label in the path gives every round distinct URLs, so every round
 * makes new jobs. Bench code does not import test/support (tsconfig.build.json builds src and bench only).
 */
export interface BenchSite {
  origin: string;
  /** n distinct article URLs for one run */
  urls(run: string, n: number): string[];
  /** article requests answered so far */
  served(): number;
  close(): Promise<void>;
}

export async function startBenchSite(pages: BenchPage[]): Promise<BenchSite> {
  const sockets = new Set<Socket>();
  let served = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/robots.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 25 });
      res.end('User-agent: *\nAllow: /\n\n\n');
      return;
    }
    const match = /^\/[\w-]+\/article\/(\d+)$/.exec(path);
    if (!match) {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<p>not found</p>');
      return;
    }
    const page = pages[Number(match[1]) % pages.length];
    served += 1;
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': page.bytes.length });
    res.end(page.bytes);
  });
  // Node's default 5 s would close a pooled connection that a busy worker leaves idle while it extracts a large
  // page, and a fetch racing that close fails with NETWORK_ERROR: noise, not the cost being measured.
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urls: (run, n) => Array.from({ length: n }, (_, i) => `${origin}/${run}/article/${i}`),
    served: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
