/**
 * A worker process for the kill and restart tests: `npx tsx test/support/worker-entry.ts` with the config in the
 * environment (REDIS_URL, DATABASE_URL, NEWSFACTS_*), plus NF_TEST_LOCK_MS and NF_TEST_STALLED_MS for short lock
 * and stalled-check intervals. It prints one JSON line per event on stdout: ready, active, completed, failed, exit.
 */
import { loadConfig } from '../../src/config';
import { closeFetcherAgents } from '../../src/crawlers/fetcher';
import { openQueueRuntime } from '../../src/queue/runtime';
import { installShutdown } from '../../src/queue/shutdown';
import { startWorkers } from '../../src/queue/start-workers';

function emit(event: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ pid: process.pid, ...event }) + '\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const lockDuration = process.env.NF_TEST_LOCK_MS ? Number(process.env.NF_TEST_LOCK_MS) : undefined;
  const stalledInterval = process.env.NF_TEST_STALLED_MS ? Number(process.env.NF_TEST_STALLED_MS) : undefined;
  const runtime = await openQueueRuntime(config);
  const workers = startWorkers(runtime, { workerOptions: { lockDuration, stalledInterval } });
  workers.articles.on('active', (job) => emit({ event: 'active', jobId: job.id }));
  workers.articles.on('completed', (job) => emit({ event: 'completed', jobId: job.id }));
  workers.articles.on('failed', (job, err) => emit({ event: 'failed', jobId: job?.id, reason: err.message }));
  installShutdown(workers.all, {
    timeoutMs: config.shutdownTimeoutMs,
    after: [() => runtime.close(), closeFetcherAgents],
    exit: (code) => {
      emit({ event: 'exit', code });
      process.exit(code);
    },
  });
  await workers.articles.waitUntilReady();
  emit({ event: 'ready' });
}

main().catch((err: unknown) => {
  emit({ event: 'error', code: (err as { code?: string }).code ?? 'INTERNAL', message: (err as Error).message });
  process.exit(1);
});
