import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config';
import { NewsfactsError, toNewsfactsError } from '../errors';
import { processSnapshot } from '../pipeline';
import type { ArticleRecord } from '../record';
import { knownPublicationDate, loadInput, type InputSpec } from './inputs';

interface ExtractOptions {
  url?: string;
  published?: string;
  format?: 'json' | 'jsonl';
  batch?: string;
  out?: string;
  allowPrivateNetworks?: boolean;
}

/** A manifest line: an input to extract, or a line that could not be read (kept, so the other lines go on). */
type ManifestLine = { id: string; spec: InputSpec } | { id: string | null; line: number; error: NewsfactsError };

type Outcome = { ok: true; record: ArticleRecord } | { ok: false; error: NewsfactsError };

async function extractOne(spec: InputSpec, config: Config): Promise<Outcome> {
  try {
    const publishedAt = knownPublicationDate(spec.publishedAt, 'publishedAt'); // before any fetch
    const { snapshot, format } = await loadInput(spec, config);
    return { ok: true, record: processSnapshot(snapshot, { format, publishedAt }) };
  } catch (err) {
    return { ok: false, error: toNewsfactsError(err) };
  }
}

function errorJson(error: NewsfactsError): { code: string; message: string } {
  return { code: error.code, message: error.message };
}

/**
 * One entry per non-blank line. A line that is not a JSON object with string "id" and "path" becomes an
 * INVALID_INPUT entry of its own (with its line number, and its id when it has one) instead of stopping the
 * batch: one damaged line must not cost the records of all the others.
 */
function parseManifest(content: string, path: string): ManifestLine[] {
  const lines: ManifestLine[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim()) return;
    const line = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      lines.push({ id: null, line, error: new NewsfactsError('INVALID_INPUT', `${path}:${line}: not a JSON object`) });
      return;
    }
    const entry = parsed as Record<string, unknown>;
    if (typeof entry.id !== 'string' || typeof entry.path !== 'string') {
      const id = typeof entry.id === 'string' ? entry.id : null;
      lines.push({ id, line, error: new NewsfactsError('INVALID_INPUT', `${path}:${line}: each line needs string "id" and "path"`) });
      return;
    }
    lines.push({
      id: entry.id,
      spec: {
        input: entry.path,
        url: typeof entry.url === 'string' ? entry.url : null,
        publishedAt: typeof entry.publishedAt === 'string' ? entry.publishedAt : null,
      },
    });
  });
  return lines;
}

/**
 * Where the records go. A reader that goes away (`| head`) closes stdout: EPIPE then means "stop writing", not a
 * crash with a stack trace, so `closed` turns true and later writes are dropped.
 */
class Output {
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.closed = true;
    });
  }

  write(text: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) =>
      this.stream.write(text, (err) => {
        if (!err || (err as NodeJS.ErrnoException).code === 'EPIPE') resolve();
        else reject(err);
      }),
    );
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

/** The --out file, opened before any input is read, so an unwritable path fails at once with a code, not a stack. */
function openOutFile(path: string): Promise<Writable> {
  const stream = createWriteStream(path);
  return new Promise((resolve, reject) => {
    stream.once('ready', () => resolve(stream));
    stream.once('error', (err) => reject(new NewsfactsError('INVALID_INPUT', `cannot write --out file ${path}: ${err.message}`, { cause: err })));
  });
}

async function runBatch(manifestPath: string, options: ExtractOptions, config: Config): Promise<number> {
  let content: string;
  try {
    content = await readFile(manifestPath, 'utf8');
  } catch (err) {
    throw new NewsfactsError('FILE_NOT_FOUND', `cannot read manifest ${manifestPath}`, { cause: err });
  }
  const out = new Output(options.out ? await openOutFile(options.out) : process.stdout);
  let failed = 0;
  for (const line of parseManifest(content, manifestPath)) {
    if (out.closed) break;
    if ('error' in line) {
      failed++;
      await out.write(JSON.stringify({ id: line.id, line: line.line, error: errorJson(line.error) }) + '\n');
      continue;
    }
    const outcome = await extractOne(line.spec, config);
    if (!outcome.ok) failed++;
    // The manifest's id replaces the record's own id (kept as recordId), so each line joins back to its input.
    const row = outcome.ok ? { ...outcome.record, id: line.id, recordId: outcome.record.id } : { id: line.id, error: errorJson(outcome.error) };
    await out.write(JSON.stringify(row) + '\n');
  }
  if (options.out) await out.end();
  return failed;
}

async function runInputs(inputs: string[], options: ExtractOptions, config: Config): Promise<number> {
  if (options.url && inputs.length > 1) throw new NewsfactsError('INVALID_INPUT', '--url names the address of one file input');
  const publishedAt = knownPublicationDate(options.published, '--published'); // a bad date stops before any input
  const format = options.format ?? (inputs.length === 1 ? 'json' : 'jsonl');
  // --format json with several inputs prints one JSON array, so the output is still one JSON document.
  const asArray = format === 'json' && inputs.length > 1;
  const out = new Output(process.stdout);
  let failed = 0;
  let first = true;
  const print = async (value: unknown): Promise<void> => {
    if (format === 'jsonl') return out.write(JSON.stringify(value) + '\n');
    const pretty = JSON.stringify(value, null, 2);
    if (!asArray) return out.write(pretty + '\n');
    await out.write((first ? '[\n' : ',\n') + pretty.replace(/^/gm, '  '));
    first = false;
  };
  for (const input of inputs) {
    if (out.closed) break;
    const outcome = await extractOne({ input, url: options.url ?? null, publishedAt }, config);
    if (outcome.ok) {
      await print(outcome.record);
      continue;
    }
    failed++;
    process.stderr.write(`newsfacts: ${outcome.error.code}: ${input}: ${outcome.error.message}\n`);
    if (format === 'jsonl' || asArray) await print({ input, error: errorJson(outcome.error) });
  }
  if (asArray) await out.write(first ? '[]\n' : '\n]\n');
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
      // One configuration for the whole command: a bad environment value stops it with CONFIG_INVALID at once.
      const config = loadConfig(options.allowPrivateNetworks ? { allowPrivateNetworks: true } : {});
      const failed = options.batch ? await runBatch(options.batch, options, config) : await runInputs(inputs, options, config);
      // Exit 1 when any input failed, so scripts notice; the records of the others are still printed.
      if (failed > 0) process.exitCode = 1;
    });
}
