/**
 * A bench child process (bench/pipeline/children.ts starts it), configured by the environment like
 * `newsfacts worker` (REDIS_URL, DATABASE_URL, NEWSFACTS_*). BENCH_CHILD_MODE picks what it is:
 *   worker  the real worker (startWorkers on the articles and reextract queues), stopped by SIGTERM
 *   plain   the baseline without queue and store: each stdin line {"urls": [...]} is fetched and extracted,
 *           answered by a "done" line; stdin closed = exit
 * It prints one JSON line per event on stdout: ready, done, exit (with the process's peak RSS, CPU and stage times).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config';
import { closeFetcherAgents, fetchPage } from '../../src/crawlers/fetcher';
import { openQueueRuntime } from '../../src/queue/runtime';
import { installShutdown } from '../../src/queue/shutdown';
import { startWorkers } from '../../src/queue/start-workers';
import { fetchAndExtract, warmUpExtractors } from './fetch-extract';
import { StageTimer } from './stage-timer';

function emit(event: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ pid: process.pid, ...event }) + '\n');
}

const stages = new StageTimer();
let articles = 0;
let cpuAtReady: NodeJS.CpuUsage | undefined;

/**
 * BENCH_CPU_PROF_DIR: a V8 CPU profile from ready to exit (steady state: no module loading or warm-up in it),
 * written as <mode>-<pid>.cpuprofile for bench/pipeline/profile-summary.ts.
 */
const profiler = process.env.BENCH_CPU_PROF_DIR ? new Session() : null;

function startProfile(): void {
  if (!profiler) return;
  profiler.connect();
  profiler.post('Profiler.enable', () => profiler.post('Profiler.start'));
}

function stopProfile(): Promise<void> {
  if (!profiler) return Promise.resolve();
  return new Promise((resolve) =>
    profiler.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(join(process.env.BENCH_CPU_PROF_DIR!, `${process.env.BENCH_CHILD_MODE}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      resolve();
    }),
  );
}

function ready(): void {
  cpuAtReady = process.cpuUsage();
  startProfile();
  emit({ event: 'ready' });
}

/**
 * The exit line: peak RSS (process.resourceUsage().maxRSS, kilobytes, getrusage), the CPU this process used since
 * it was ready (warm-up excluded), the articles it finished and the wall time of each timed stage.
 */
function exitReportingPeak(code: number): void {
  const cpu = process.cpuUsage(cpuAtReady);
  const report = { event: 'exit', code, maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000, articles, stages: stages.totals };
  void stopProfile().then(() => {
    emit(report);
    process.exit(code);
  });
}

async function runWorker(): Promise<void> {
  const config = loadConfig();
  warmUpExtractors();
  const runtime = await openQueueRuntime(config);
  // The worker's own code, with its fetches and store writes timed: where a job's time goes.
  runtime.store = stages.wrap(runtime.store, ['putSnapshot', 'putRecord', 'putFailure']);
  const workers = startWorkers(runtime, { fetchPage: (url, cfg, options) => stages.time('fetch', () => fetchPage(url, cfg, options)) });
  workers.articles.on('completed', () => (articles += 1));
  installShutdown(workers.all, {
    timeoutMs: config.shutdownTimeoutMs,
    after: [() => runtime.close(), closeFetcherAgents],
    log: () => undefined,
    exit: exitReportingPeak,
  });
  await workers.articles.waitUntilReady();
  ready();
}

async function runPlain(): Promise<void> {
  const config = loadConfig();
  warmUpExtractors();
  ready();
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const { urls } = JSON.parse(line) as { urls: string[] };
    const outcome = await fetchAndExtract(urls, config, config.concurrency, stages);
    articles += outcome.done;
    emit({ event: 'done', ...outcome });
  }
  await closeFetcherAgents();
  exitReportingPeak(0);
}

const mode = process.env.BENCH_CHILD_MODE;
(mode === 'worker' ? runWorker() : mode === 'plain' ? runPlain() : Promise.reject(new Error(`BENCH_CHILD_MODE must be worker or plain, got ${mode}`))).catch(
  (err: unknown) => {
    emit({ event: 'error', code: (err as { code?: string }).code ?? 'INTERNAL', message: (err as Error).message });
    process.exit(1);
  },
);
