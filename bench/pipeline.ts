import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig, type Config } from '../src/config';
import { closeFetcherAgents } from '../src/crawlers/fetcher';
import { openQueueRuntime, type QueueRuntime } from '../src/queue/runtime';
import { submitUrls } from '../src/queue/submit';
import { compressBody } from '../src/store/compression';
import type { BenchLine } from './extraction';
import type { BenchPage } from './pages';
import { BenchChild, type ChildEvent } from './pipeline/children';
import { deleteKeysStartingWith, dropSchema } from './pipeline/cleanup';
import { fetchAndExtract, warmUpExtractors } from './pipeline/fetch-extract';
import { startBenchSite, type BenchSite } from './pipeline/page-server';
import { serverCpuSeconds } from './pipeline/server-cpu';
import { median } from './timing';

export interface PipelineBenchOptions {
  /** articles per round */
  n: number;
  rounds: number;
  /** jobs in flight per process (BullMQ concurrency of each worker; lanes of each baseline) */
  concurrency: number;
  redisUrl: string;
  /** a PostgreSQL database; the bench works in a schema of its own and drops it */
  postgresUrl: string;
  log: (line: string) => void;
}

const WORKERS = 2;

/** One way of getting pages to records; run(urls) resolves when all are finished. */
interface Contender {
  name: string;
  run(urls: string[], round: number): Promise<{ failures: string[] }>;
}

/** Submits the URLs like `newsfacts submit` and waits until the workers have finished as many jobs. */
function queued(name: string, runtime: QueueRuntime, submit: { ms: number[]; cpuMs: number[] }): Contender {
  return {
    name,
    async run(urls) {
      const before = await runtime.articles.getJobCounts('completed', 'failed');
      const start = performance.now();
      const cpuBefore = process.cpuUsage();
      await submitUrls(runtime.articles, runtime.store, runtime.config, urls);
      const cpu = process.cpuUsage(cpuBefore);
      submit.ms.push(performance.now() - start);
      submit.cpuMs.push((cpu.user + cpu.system) / 1000);
      // Counts, not per-job states, every 100 ms (under 0.5% of a round): one cheap call per poll, so waiting
      // loads neither Redis nor this process.
      for (;;) {
        const now = await runtime.articles.getJobCounts('completed', 'failed');
        if (now.completed + now.failed - before.completed - before.failed >= urls.length) {
          const failed = now.failed - before.failed;
          const jobs = failed > 0 ? await runtime.articles.getFailed(0, failed - 1) : [];
          return { failures: jobs.map((job) => `${job.failedReason} ${job.data.url}`) };
        }
        await sleep(100);
      }
    },
  };
}

/** Plain child processes, each fetching and extracting its share of the URLs: the pipeline's processes without queue and store. */
function plainProcesses(children: BenchChild[]): Contender {
  return {
    name: `${children.length} processes, no queue, no store`,
    async run(urls, round) {
      children.forEach((child, i) => child.send(urls.filter((_, j) => j % children.length === i)));
      const done = await Promise.all(children.map((child) => child.next('done', round)));
      return { failures: done.flatMap((d) => d.failures ?? []) };
    },
  };
}

/**
 * Snapshot hashing and compression as the worker does them, per page, in CPU milliseconds of this process (the
 * gzip runs on libuv's thread pool, which process.cpuUsage counts): wall time would mostly measure the machine's load.
 */
async function snapshotCpuMs(pages: BenchPage[]): Promise<{ cpuMs: number; ratio: number }> {
  const before = process.cpuUsage();
  let raw = 0;
  let packed = 0;
  for (const page of pages) {
    createHash('sha256').update(page.bytes).digest('hex');
    packed += (await compressBody(page.bytes)).length;
    raw += page.bytes.length;
  }
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000 / pages.length, ratio: raw / packed };
}

/**
 * The queued pipeline against plain extraction of the same pages (issue 4): a local node:http site serves the
 * pages; the baseline fetches and extracts them in this process with the same fetcher and extractors and no queue
 * and no store; the pipeline submits them to Redis and two `newsfacts worker` processes fetch, snapshot, extract and
 * store them into SQLite, then into PostgreSQL. Two plain child processes (no queue, no store) separate the cost of
 * the queue and store from the gain of a second process. Every contender gets fresh URLs each round, rounds are
 * interleaved, and the median round counts. Each child reports its peak RSS (getrusage) and CPU when it exits.
 */
export async function benchPipeline(pages: BenchPage[], options: PipelineBenchOptions): Promise<BenchLine[]> {
  const { n, rounds, concurrency, log } = options;
  const id = `${process.pid}-${Date.now().toString(36)}`;
  const queuePrefix = `nf-bench-${id}`;
  const schema = `nf_bench_${id.replace(/-/g, '_')}`;
  const pgUrl = new URL(options.postgresUrl);
  pgUrl.searchParams.set('schema', schema);
  const dir = await mkdtemp(join(tmpdir(), 'nf-bench-'));
  const base: Partial<Config> = { redisUrl: options.redisUrl, hostDelayMs: 0, allowPrivateNetworks: true, concurrency };
  const configs = {
    plain: loadConfig({ ...base, databaseUrl: 'sqlite::memory:', queuePrefix: `${queuePrefix}-plain` }),
    sqlite: loadConfig({ ...base, databaseUrl: `sqlite:${join(dir, 'bench.db')}`, queuePrefix: `${queuePrefix}-sqlite` }),
    postgres: loadConfig({ ...base, databaseUrl: pgUrl.toString(), queuePrefix: `${queuePrefix}-postgres` }),
  };
  const redisPort = new URL(options.redisUrl).port || '6379';
  log(`  ${n} articles per round (${pages.length} distinct pages, cycled) from a local node:http server; ${rounds} rounds interleaved, median round`);
  log(`  hostDelayMs 0 and allowPrivateNetworks on (the site is on 127.0.0.1); robots.txt on (cached after the first page)`);
  log(`  ${WORKERS} worker processes x concurrency ${concurrency}; queue prefix ${queuePrefix}; SQLite in ${dir}; PostgreSQL schema ${schema}`);

  let site: BenchSite | undefined;
  const runtimes: QueueRuntime[] = [];
  const children: BenchChild[] = [];
  try {
    site = await startBenchSite(pages);
    const sqliteRuntime = await openQueueRuntime(configs.sqlite);
    runtimes.push(sqliteRuntime);
    const postgresRuntime = await openQueueRuntime(configs.postgres); // migrates the schema before the workers start
    runtimes.push(postgresRuntime);
    const spawn = (mode: 'worker' | 'plain', config: Config) => {
      const started = Array.from({ length: WORKERS }, () => BenchChild.spawn(mode, config));
      children.push(...started);
      return started;
    };
    const groups = {
      'plain processes': spawn('plain', configs.plain),
      'SQLite workers': spawn('worker', configs.sqlite),
      'PostgreSQL workers': spawn('worker', configs.postgres),
    };
    await Promise.all(children.map((child) => child.next('ready', 1, 300_000))); // each warms up on every page first
    if (process.env.BENCH_CPU_PROF_DIR) {
      for (const [name, group] of Object.entries(groups)) log(`  CPU profiles in ${process.env.BENCH_CPU_PROF_DIR}: ${name} pids ${group.map((c) => c.pid).join(', ')}`);
    }
    warmUpExtractors(pages);

    const submit = { sqlite: { ms: [] as number[], cpuMs: [] as number[] }, postgres: { ms: [] as number[], cpuMs: [] as number[] } };
    const contenders: Contender[] = [
      {
        name: 'in-process, no queue, no store',
        run: (urls) => fetchAndExtract(urls, configs.plain, concurrency),
      },
      plainProcesses(groups['plain processes']),
      queued(`pipeline: Redis + ${WORKERS} workers + SQLite`, sqliteRuntime, submit.sqlite),
      queued(`pipeline: Redis + ${WORKERS} workers + PostgreSQL`, postgresRuntime, submit.postgres),
    ];
    const seconds: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
    const serverCpu: Record<string, { redis: number; postgres: number }> = Object.fromEntries(contenders.map((c) => [c.name, { redis: 0, postgres: 0 }]));
    const parentCpuMs: Record<string, number> = Object.fromEntries(contenders.map((c) => [c.name, 0]));
    const failures: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      for (const [k, contender] of contenders.entries()) {
        const urls = site.urls(`r${round}-c${k}`, n);
        const cpuBefore = { redis: serverCpuSeconds('redis-server', `:${redisPort}`), postgres: serverCpuSeconds('postgres') };
        const parentBefore = process.cpuUsage();
        const start = performance.now();
        const outcome = await contender.run(urls, round);
        seconds[contender.name].push((performance.now() - start) / 1000);
        const parentUsed = process.cpuUsage(parentBefore);
        parentCpuMs[contender.name] += (parentUsed.user + parentUsed.system) / 1000;
        serverCpu[contender.name].redis += serverCpuSeconds('redis-server', `:${redisPort}`) - cpuBefore.redis;
        serverCpu[contender.name].postgres += serverCpuSeconds('postgres') - cpuBefore.postgres;
        failures.push(...outcome.failures.map((f) => `${contender.name}: ${f}`));
      }
    }

    const reports: Record<string, Array<ChildEvent | null>> = {};
    for (const [name, group] of Object.entries(groups)) reports[name] = await Promise.all(group.map((child) => child.stop()));
    const stored = {
      sqlite: (await sqliteRuntime.store.listSnapshotIds()).length,
      postgres: (await postgresRuntime.store.listSnapshotIds()).length,
    };

    const rate = (name: string) => n / median(seconds[name]);
    const baseline = rate(contenders[0].name);
    const plainRate = rate(contenders[1].name);
    const lines: BenchLine[] = contenders.map((c) => ({ name: `${c.name}: articles per second`, value: rate(c.name), unit: 'articles/s' }));
    for (const [backend, contender] of [['SQLite', contenders[2]], ['PostgreSQL', contenders[3]]] as const) {
      const p = rate(contender.name);
      lines.push({ name: `overhead (${backend}) vs in-process: baseline/pipeline - 1`, value: (baseline / p - 1) * 100, unit: '%' });
      lines.push({ name: `overhead (${backend}) vs ${WORKERS} plain processes: queue + store alone`, value: (plainRate / p - 1) * 100, unit: '%' });
    }
    for (const [name, group] of Object.entries(reports)) {
      group.forEach((r, i) => lines.push({ name: `peak RSS, ${name} #${i + 1} (getrusage maxRSS at exit)`, value: r?.maxRssKb ? r.maxRssKb / 1024 : NaN, unit: 'MB' }));
    }
    lines.push({ name: `peak RSS of this process (site, in-process baseline, submitter)`, value: process.resourceUsage().maxRSS / 1024, unit: 'MB' });

    // Where the time goes: CPU per article in each kind of process and in the servers, and the timed stages.
    for (const [backend, measured] of [['SQLite', submit.sqlite], ['PostgreSQL', submit.postgres]] as const) {
      lines.push({ name: `profile: submit per article, ${backend} run, wall (median round)`, value: median(measured.ms) / n, unit: 'ms' });
      lines.push({ name: `profile: submit per article, ${backend} run, CPU of this process (median round)`, value: median(measured.cpuMs) / n, unit: 'ms' });
    }
    for (const [name, group] of Object.entries(reports)) {
      const cpuMs = group.reduce((s, r) => s + (r?.cpuMs ?? 0), 0);
      const articles = group.reduce((s, r) => s + (r?.articles ?? 0), 0);
      lines.push({ name: `profile: ${name}, CPU per article`, value: cpuMs / Math.max(articles, 1), unit: 'ms' });
      const stageNames = [...new Set(group.flatMap((r) => Object.keys(r?.stages ?? {})))];
      for (const stage of stageNames) {
        const ms = group.reduce((s, r) => s + (r?.stages?.[stage]?.ms ?? 0), 0);
        lines.push({ name: `profile: ${name}, wall time in ${stage} per article (includes waits for the event loop)`, value: ms / Math.max(articles, 1), unit: 'ms' });
      }
    }
    for (const contender of contenders) {
      const cpu = serverCpu[contender.name];
      const total = n * rounds;
      lines.push({ name: `profile: redis-server CPU per article, ${contender.name}`, value: (cpu.redis * 1000) / total, unit: 'ms' });
      lines.push({ name: `profile: postgres CPU per article, ${contender.name}`, value: (cpu.postgres * 1000) / total, unit: 'ms' });
    }
    // CPU per article over every process involved: far less sensitive than articles/s to what else the machine runs.
    const groupCpuMs = (name: string) => reports[name].reduce((sum, r) => sum + (r?.cpuMs ?? 0), 0);
    const childCpu = [0, groupCpuMs('plain processes'), groupCpuMs('SQLite workers'), groupCpuMs('PostgreSQL workers')];
    const totalCpu = contenders.map((c, i) => {
      const cpu = serverCpu[c.name];
      return (parentCpuMs[c.name] + childCpu[i] + (cpu.redis + cpu.postgres) * 1000) / (n * rounds);
    });
    contenders.forEach((c, i) => {
      lines.push({ name: `profile: this process CPU per article, ${c.name}`, value: parentCpuMs[c.name] / (n * rounds), unit: 'ms' });
      lines.push({ name: `CPU per article, all processes and servers: ${c.name}`, value: totalCpu[i], unit: 'ms' });
    });
    for (const [backend, i] of [['SQLite', 2], ['PostgreSQL', 3]] as const) {
      lines.push({ name: `CPU overhead (${backend}) vs in-process: pipeline/baseline - 1`, value: (totalCpu[i] / totalCpu[0] - 1) * 100, unit: '%' });
      lines.push({ name: `CPU overhead (${backend}) vs ${WORKERS} plain processes: queue + store alone`, value: (totalCpu[i] / totalCpu[1] - 1) * 100, unit: '%' });
    }
    const snapshot = await snapshotCpuMs(pages);
    lines.push({ name: `profile: sha256 + gzip of one snapshot, CPU (compression ${snapshot.ratio.toFixed(1)}x)`, value: snapshot.cpuMs, unit: 'ms' });
    lines.push({ name: 'snapshots stored in SQLite (expected n x rounds)', value: stored.sqlite, unit: 'snapshots' });
    lines.push({ name: 'snapshots stored in PostgreSQL (expected n x rounds)', value: stored.postgres, unit: 'snapshots' });
    lines.push({ name: 'articles that failed (all contenders, all rounds)', value: failures.length, unit: 'articles' });
    for (const failure of failures.slice(0, 10)) log(`  failed: ${failure}`);
    return lines;
  } finally {
    for (const child of children) child.kill();
    for (const runtime of runtimes) await runtime.close().catch(() => undefined);
    await closeFetcherAgents();
    await site?.close();
    const keys = await deleteKeysStartingWith(options.redisUrl, queuePrefix).catch((err: Error) => `not deleted: ${err.message}`);
    await dropSchema(options.postgresUrl, schema).catch((err: Error) => log(`  could not drop schema ${schema}: ${err.message}`));
    await rm(dir, { recursive: true, force: true });
    log(`  cleaned up: ${keys} Redis keys under ${queuePrefix}, schema ${schema}, ${dir}`);
  }
}
