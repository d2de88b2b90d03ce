import type { Command } from 'commander';
import { loadConfig } from '../config';
import { NewsfactsError } from '../errors';
import type { ArticleRecord } from '../record';
import type { RecordFilter, RecordStore } from '../store/record-store';
import { openConfiguredStore } from '../queue/runtime';
import { urlKey } from '../crawlers/url';
import { parseCount, parseDateOption } from './numbers';

interface FilterOptions {
  site?: string;
  since?: string;
  until?: string;
  person?: string;
  text?: string;
  limit?: string;
  format?: string;
}

/** A search word: an empty one would match every record, which is surely not what was meant. */
function nonEmpty(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!raw.trim()) throw new NewsfactsError('INVALID_INPUT', `${name} needs some text to look for`);
  return raw.trim();
}

function filterOf(options: FilterOptions): RecordFilter {
  return {
    site: options.site,
    since: parseDateOption(options.since, '--since'),
    until: parseDateOption(options.until, '--until'),
    person: nonEmpty(options.person, '--person'),
    text: nonEmpty(options.text, '--text'),
    limit: parseCount(options.limit, '--limit'),
  };
}

function formatOf(options: FilterOptions, fallback: 'json' | 'jsonl'): 'json' | 'jsonl' {
  const format = options.format ?? fallback;
  if (format !== 'json' && format !== 'jsonl') throw new NewsfactsError('INVALID_INPUT', `--format must be json or jsonl, not "${format}"`);
  return format;
}

function print(rows: unknown[], format: 'json' | 'jsonl'): void {
  if (format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else for (const row of rows) process.stdout.write(JSON.stringify(row) + '\n');
}

/** One line per record for people: id, publication date, site, title. */
function listLine(record: ArticleRecord): string {
  const site = record.canonicalUrl ? new URL(record.canonicalUrl).host : '-';
  return `${record.id}\t${record.publishedAt?.slice(0, 10) ?? '-'}\t${site}\t${record.title ?? '(no title)'}`;
}

async function withStore<T>(fn: (store: RecordStore) => Promise<T>): Promise<T> {
  const store = await openConfiguredStore(loadConfig());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function withFilters(command: Command): Command {
  return command
    .option('--site <host>', 'only records of this site (host of the canonical URL, "www." ignored)')
    .option('--since <date>', 'published on or after this date (ISO 8601)')
    .option('--until <date>', 'published before this date (ISO 8601)')
    .option('--person <name>', 'naming a person whose name contains this (case-insensitive)')
    .option('--text <words>', 'whose title or text contains this (case-insensitive)')
    .option('--limit <n>', 'at most n records');
}

export function registerRecords(program: Command): void {
  const records = program.command('records').description('read the store: list, show, failures, export');

  withFilters(records.command('list').description('one line per record: id, published, site, title'))
    .option('--format <format>', 'json or jsonl instead of lines')
    .action((options: FilterOptions) =>
      withStore(async (store) => {
        const rows = await store.listRecords(filterOf(options));
        if (options.format) print(rows, formatOf(options, 'jsonl'));
        else for (const record of rows) process.stdout.write(listLine(record) + '\n');
      }),
    );

  records
    .command('show')
    .description('print one record as JSON')
    .argument('<id>', 'a record id (from records list), or the article URL')
    .action((id: string) =>
      withStore(async (store) => {
        // a URL finds its record through its snapshot too, when the page named another canonical URL
        const key = /^https?:\/\//i.test(id) ? ((await store.findRecordId(urlKey(id))) ?? urlKey(id)) : id;
        const record = await store.getRecord(key);
        if (!record) throw new NewsfactsError('INVALID_INPUT', `no record with id ${id}`);
        process.stdout.write(JSON.stringify(record, null, 2) + '\n');
      }),
    );

  records
    .command('failures')
    .description('failed articles: url, code, message, attempts, time')
    .option('--limit <n>', 'at most n failures')
    .option('--format <format>', 'json or jsonl instead of lines')
    .action((options: FilterOptions) =>
      withStore(async (store) => {
        const failures = await store.listFailures(parseCount(options.limit, '--limit'));
        if (options.format) print(failures, formatOf(options, 'jsonl'));
        else for (const f of failures) process.stdout.write(`${f.at}\t${f.code}\t${f.attempts}\t${f.url}\t${f.message}\n`);
      }),
    );

  withFilters(records.command('export').description('all matching records as JSON Lines (default) or one JSON array'))
    .option('--format <format>', 'jsonl (default) or json')
    .action((options: FilterOptions) =>
      withStore(async (store) => {
        const format = formatOf(options, 'jsonl');
        print(await store.listRecords(filterOf(options)), format);
      }),
    );
}
