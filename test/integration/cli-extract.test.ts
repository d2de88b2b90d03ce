import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../support/cli';
import { RECORD_KEYS } from '../support/record-keys';

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-extract-'));
const html = `<!doctype html><html lang="en"><head><title>Exports rise | Example News</title>
<meta property="og:title" content="Exports rise"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Exports rise</h1><p>Pakistan's IT exports reached $310 million in April 2024, an increase of 62.3% from $191 million in April 2023.</p>
<p>“Government policies have played a pivotal role,” said Asfand Yar Khan, Director General (IT) at the Ministry of Information Technology and Telecommunication.</p></article></body></html>`;
const text = 'Exports rose to $310 million in April 2024.\n\n“It is a good sign,” he said.';
writeFileSync(join(dir, 'page.html'), html);
writeFileSync(join(dir, 'page.html.gz'), gzipSync(Buffer.from(html)));
writeFileSync(join(dir, 'article.txt'), text);
writeFileSync(join(dir, 'notes.docx'), 'not an article');

describe('newsfacts extract', () => {
  test('prints one pretty JSON record with every field for an .html file', async () => {
    const result = await runCli(['extract', join(dir, 'page.html'), '--url', 'https://news.example.com/exports?utm_source=x']);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(Object.keys(record)).toEqual(RECORD_KEYS);
    expect(record.canonicalUrl).toBe('https://news.example.com/exports');
    expect(record.text).toContain('$310 million');
    expect(result.stdout).toContain('\n  "schemaVersion": 1');
  });

  test('reads a gzipped page the same as the plain one', async () => {
    const plain = JSON.parse((await runCli(['extract', join(dir, 'page.html')])).stdout);
    const gz = JSON.parse((await runCli(['extract', join(dir, 'page.html.gz')])).stdout);
    expect(gz.text).toBe(plain.text);
  });

  test('keeps a .txt input unchanged as the text, so spans index into the file', async () => {
    const result = await runCli(['extract', join(dir, 'article.txt'), '--published', '2024-06-29']);
    const record = JSON.parse(result.stdout);
    expect(record.text).toBe(text);
    expect(record.publishedAt).toBe('2024-06-29');
    expect(record.title).toBeNull();
  });

  test('prints JSON Lines for several inputs', async () => {
    const result = await runCli(['extract', join(dir, 'page.html'), join(dir, 'article.txt')]);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).schemaVersion)).toEqual([1, 1]);
  });

  test.each([
    ['a malformed URL', 'http//broken', 'INVALID_URL'],
    ['a non-http scheme', 'ftp://example.com/a.html', 'INVALID_URL'],
    ['a missing file', '/nonexistent/page.html', 'FILE_NOT_FOUND'],
    ['an unknown file type', join(dir, 'notes.docx'), 'INVALID_INPUT'],
  ])('reports %s with its code and exit status 1', async (_what, input, code) => {
    const result = await runCli(['extract', input]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(code);
  });

  test('runs a batch manifest in one process: a record per good line, an error per bad one', async () => {
    const manifest = join(dir, 'manifest.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(
      manifest,
      [
        { id: 'a', path: join(dir, 'page.html'), url: 'https://news.example.com/a' },
        { id: 'b', path: join(dir, 'article.txt'), publishedAt: '2024-06-29' },
        { id: 'c', path: join(dir, 'missing.html') },
      ].map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
    const result = await runCli(['extract', '--batch', manifest, '--out', out]);
    expect(result.code).toBe(1);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0].canonicalUrl).toBe('https://news.example.com/a');
    expect(rows[0].recordId).toMatch(/^[0-9a-f]{32}$/);
    expect(rows[1].publishedAt).toBe('2024-06-29');
    expect(rows[2].error.code).toBe('FILE_NOT_FOUND');
  });
});
