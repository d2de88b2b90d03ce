import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { NewsfactsError, toNewsfactsError } from '../errors';
import { processSnapshot } from '../pipeline';
import type { ArticleRecord } from '../record';
import { loadInput, type InputSpec } from './inputs';

interface ExtractOptions {
  url?: string;
  published?: string;
  format?: 'json' | 'jsonl';
  batch?: string;
  out?: string;
  allowPrivateNetworks?: boolean;
}

interface ManifestLine extends InputSpec {
  id: string;
}

type Outcome = { ok: true; record: ArticleRecord } | { ok: false; error: NewsfactsError };

async function extractOne(spec: InputSpec, allowPrivateNetworks: boolean): Promise<Outcome> {
  try {
    const config = loadConfig(allowPrivateNetworks ? { allowPrivateNetworks } : {});
    const { snapshot, format } = await loadInput(spec, config);
    return { ok: true, record: processSnapshot(snapshot, { format, publishedAt: spec.publishedAt ?? null }) };
  } catch (err) {
    return { ok: false, error: toNewsfactsError(err) };
  }
}

function errorJson(error: NewsfactsError): { code: string; message: string } {
  return { code: error.code, message: error.message };
}

function parseManifest(content: string, path: string): ManifestLine[] {
  const lines: ManifestLine[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new NewsfactsError('INVALID_INPUT', `${path}:${index + 1}: not a JSON object`);
    }
    if (typeof parsed.id !== 'string' || typeof parsed.path !== 'string') {
      throw new NewsfactsError('INVALID_INPUT', `${path}:${index + 1}: each line needs string "id" and "path"`);
    }
    lines.push({
      id: parsed.id,
      input: parsed.path,
      url: typeof parsed.url === 'string' ? parsed.url : null,
      publishedAt: typeof parsed.publishedAt === 'string' ? parsed.publishedAt : null,
    });
  });
  return lines;
}

function write(out: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(line, (err) => (err ? reject(err) : resolve())));
}

async function runBatch(manifestPath: string, options: ExtractOptions): Promise<number> {
  let content: string;
  try {
    content = await readFile(manifestPath, 'utf8');
  } catch (err) {
    throw new NewsfactsError('FILE_NOT_FOUND', `cannot read manifest ${manifestPath}`, { cause: err });
  }
  const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  let failed = 0;
  for (const line of parseManifest(content, manifestPath)) {
    const outcome = await extractOne(line, options.allowPrivateNetworks ?? false);
    if (!outcome.ok) failed++;
    // The manifest's id replaces the record's own id (kept as recordId), so each line joins back to its input.
    const row = outcome.ok ? { ...outcome.record, id: line.id, recordId: outcome.record.id } : { id: line.id, error: errorJson(outcome.error) };
    await write(out, JSON.stringify(row) + '\n');
  }
  if (options.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  return failed;
}

async function runInputs(inputs: string[], options: ExtractOptions): Promise<number> {
  if (options.url && inputs.length > 1) throw new NewsfactsError('INVALID_INPUT', '--url names the address of one file input');
  const format = options.format ?? (inputs.length === 1 ? 'json' : 'jsonl');
  let failed = 0;
  for (const input of inputs) {
    const outcome = await extractOne({ input, url: options.url ?? null, publishedAt: options.published ?? null }, options.allowPrivateNetworks ?? false);
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`newsfacts: ${outcome.error.code}: ${input}: ${outcome.error.message}\n`);
      if (format === 'jsonl') await write(process.stdout, JSON.stringify({ input, error: errorJson(outcome.error) }) + '\n');
      continue;
    }
    const text = format === 'json' ? JSON.stringify(outcome.record, null, 2) : JSON.stringify(outcome.record);
    await write(process.stdout, text + '\n');
  }
  return failed;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract records from URLs, .html/.html.gz files or .txt files, and print them as JSON')
    .argument('[inputs...]', 'http(s) URLs, .html, .html.gz or .txt files')
    .option('--url <url>', "the page's address, for a file input")
    .option('--published <date>', 'a known publication date (ISO 8601)')
    .option('--format <format>', 'json (default for one input) or jsonl (default for several)')
    .option('--batch <manifest>', 'a JSON Lines manifest: {"id", "path", "url"?, "publishedAt"?} per line')
    .option('--out <file>', 'with --batch: write the JSON Lines output here instead of stdout')
    .option('--allow-private-networks', 'allow fetching loopback and private addresses')
    .action(async (inputs: string[], options: ExtractOptions) => {
      if (options.format && options.format !== 'json' && options.format !== 'jsonl') {
        throw new NewsfactsError('INVALID_INPUT', `--format must be json or jsonl, not "${options.format}"`);
      }
      if (!options.batch && inputs.length === 0) throw new NewsfactsError('INVALID_INPUT', 'give at least one input, or --batch');
      const failed = options.batch ? await runBatch(options.batch, options) : await runInputs(inputs, options);
      // Exit 1 when any input failed, so scripts notice; the records of the others are still printed.
      if (failed > 0) process.exitCode = 1;
    });
}
