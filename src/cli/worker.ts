import type { Command } from 'commander';
import { loadConfig } from '../config';
import { closeFetcherAgents } from '../crawlers/fetcher';
import { redact } from '../queue/connection';
import { openQueueRuntime } from '../queue/runtime';
import { installShutdown } from '../queue/shutdown';
import { startWorkers } from '../queue/start-workers';
import { parseCount } from './numbers';

interface WorkerCliOptions {
  concurrency?: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process the queues until SIGINT/SIGTERM; start one on each machine against one Redis and one store')
    .option('--concurrency <n>', 'jobs processed at once by this process (NEWSFACTS_CONCURRENCY)')
    .action(async (options: WorkerCliOptions) => {
      const config = loadConfig({ concurrency: parseCount(options.concurrency, '--concurrency') });
      const runtime = await openQueueRuntime(config);
      const workers = startWorkers(runtime);
      installShutdown(workers.all, { timeoutMs: config.shutdownTimeoutMs, after: [() => runtime.close(), closeFetcherAgents] });
      process.stderr.write(
        `newsfacts worker: ${config.concurrency} at once, queues "${config.queuePrefix}" on ${redact(config.redisUrl)}; SIGINT or SIGTERM to stop\n`,
      );
      // The workers keep the event loop alive; the shutdown handler exits.
      await new Promise<never>(() => undefined);
    });
}
