import type { Command } from 'commander';
import { loadConfig, type Config } from '../config';
import { closeFetcherAgents } from '../crawlers/fetcher';
import { NewsfactsError } from '../errors';
import type { ArticleRecord } from '../record';
import { startSampleSite } from '../sample/site-server';
import type { ArticleJobResult } from '../queue/queues';
import { openQueueRuntime, type QueueRuntime } from '../queue/runtime';
import { closeWithin } from '../queue/shutdown';
import { startWorkers } from '../queue/start-workers';
import { submitUrls, type SubmitResult } from '../queue/submit';
import { waitForJobs, type JobOutcome } from '../queue/wait-for-jobs';
import { parseCount } from './numbers';
import { progressLine, summaryText, type RunFailure } from './run-output';
import { collectUrls } from './url-list';

interface RunOptions {
  file?: string;
  sample?: boolean;
  summary?: boolean;
  jsonl?: boolean;
  force?: boolean;
  concurrency?: string;
}

/** The sample site listens here when the port is free, so its URLs (and record ids) are the same every run. */
export const SAMPLE_SITE_PORT = 8787;

async function openSampleSite(): Promise<Awaited<ReturnType<typeof startSampleSite>>> {
  try {
    return await startSampleSite(SAMPLE_SITE_PORT);
  } catch {
    return startSampleSite(); // the port is taken: any free port (ids then differ from earlier runs)
  }
}

/** The sample site is on loopback, so this run may fetch private addresses; its jobs get their own queues so a
 * long-running `newsfacts worker` (which refuses loopback) never picks them up. */
function sampleConfig(config: Config): Config {
  return { ...config, allowPrivateNetworks: true, queuePrefix: `${config.queuePrefix}-sample` };
}

async function recordsOf(runtime: QueueRuntime, submitted: SubmitResult[], outcomes: Map<string, JobOutcome>): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  const seen = new Set<string>();
  for (const result of submitted) {
    if (!result.jobId) continue;
    const outcome = outcomes.get(result.jobId);
    // A completed job knows its record id (which follows the page's canonical URL); a skipped one is found by its
    // key, directly or through its snapshot (the page may have named another canonical URL).
    const recordId =
      outcome?.state === 'completed' ? (outcome.returnValue as ArticleJobResult | undefined)?.recordId : await runtime.store.findRecordId(result.jobId);
    if (!recordId || seen.has(recordId)) continue;
    const record = await runtime.store.getRecord(recordId);
    if (record) {
      seen.add(recordId);
      records.push(record);
    }
  }
  return records;
}

async function runJobs(config: Config, urls: string[], options: RunOptions, sampleMode: boolean): Promise<number> {
  const started = Date.now();
  const runtime = await openQueueRuntime(config);
  const workers = startWorkers(runtime);
  try {
    const submitted = await submitUrls(runtime.articles, runtime.store, config, urls, { force: options.force });
    for (const r of submitted.filter((s) => s.status === 'invalid')) process.stderr.write(`newsfacts: ${r.error?.code}: ${r.error?.message}\n`);
    const jobIds = [...new Set(submitted.filter((s) => s.status === 'queued' || s.status === 'already-queued').map((s) => s.jobId as string))];
    const tty = process.stderr.isTTY;
    const outcomes = await waitForJobs(runtime.articles, jobIds, (p) => {
      if (tty) process.stderr.write(`\r${progressLine(p)}\x1b[K`);
    });
    if (tty) process.stderr.write('\n');
    await Promise.all(workers.all.map((w) => closeWithin(w, config.shutdownTimeoutMs)));

    const byId = new Map(outcomes.map((o) => [o.jobId, o]));
    const records = await recordsOf(runtime, submitted, byId);
    const failures: RunFailure[] = submitted
      .filter((s) => s.jobId && byId.get(s.jobId)?.state === 'failed')
      .map((s) => ({ url: s.url, failedReason: byId.get(s.jobId as string)?.failedReason ?? '' }));
    const asSummary = options.summary || (sampleMode && !options.jsonl);
    if (asSummary) {
      process.stdout.write(
        summaryText({
          config,
          records,
          newCount: outcomes.filter((o) => o.state === 'completed').length,
          alreadyStored: submitted.filter((s) => s.status === 'stored').length,
          failures,
          invalid: submitted.filter((s) => s.status === 'invalid').length,
          elapsedMs: Date.now() - started,
        }),
      );
    } else {
      for (const record of records) process.stdout.write(JSON.stringify(record) + '\n');
      for (const f of failures) process.stderr.write(`newsfacts: ${f.failedReason} (${f.url})\n`);
    }
    return failures.length + submitted.filter((s) => s.status === 'invalid').length;
  } finally {
    await Promise.all(workers.all.map((w) => w.close(true).catch(() => undefined)));
    await runtime.close();
    await closeFetcherAgents();
  }
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('submit URLs, process them with in-process workers until done, then print the records (JSON Lines) or a summary')
    .argument('[urls...]', 'article URLs; "-" reads URLs from stdin')
    .option('--file <path>', 'a file of URLs, one a line ("-" for stdin)')
    .option('--sample', 'start the offline sample news site and process its articles (prints a summary)')
    .option('--summary', 'print a short summary instead of the records')
    .option('--jsonl', 'print the records as JSON Lines (the default without --sample)')
    .option('--force', 'fetch again even when a record is already stored')
    .option('--concurrency <n>', 'jobs processed at once')
    .action(async (args: string[], options: RunOptions) => {
      const urls = await collectUrls(args, options.file);
      let config = loadConfig({ concurrency: parseCount(options.concurrency, '--concurrency') });
      const site = options.sample ? await openSampleSite() : null;
      try {
        if (site) {
          config = sampleConfig(config);
          urls.push(...site.articleUrls);
          process.stderr.write(`newsfacts run: sample site at ${site.url}, ${site.articleUrls.length} articles\n`);
        }
        if (urls.length === 0) throw new NewsfactsError('INVALID_INPUT', 'give at least one URL, --file urls.txt, or --sample');
        const failed = await runJobs(config, urls, options, site !== null);
        if (failed > 0) process.exitCode = 1;
      } finally {
        await site?.close();
      }
    });
}
