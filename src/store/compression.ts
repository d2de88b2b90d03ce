import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

// Async zlib so a 10 MB page does not stall the worker's event loop (and with it the BullMQ lock renewal).
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Snapshot bodies are stored gzip-compressed: HTML shrinks 4-10x, and gzip is readable by any tool. */
export function compressBody(body: Buffer): Promise<Buffer> {
  return gzipAsync(body);
}

export function decompressBody(stored: Buffer): Promise<Buffer> {
  return gunzipAsync(stored);
}
