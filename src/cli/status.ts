import type { Command } from 'commander';
import type { Queue } from 'bullmq';
import { loadConfig } from '../config';
import { openQueueRuntime } from '../queue/runtime';
import { redact } from '../queue/connection';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
/** how many of the most recent stored failures are grouped by code */
const RECENT_FAILURES = 200;

interface QueueStatus {
  name: string;
  counts: Record<string, number>;
  workers: number;
}

async function queueStatus(queue: Queue): Promise<QueueStatus> {
  const counts = await queue.getJobCounts(...STATES);
  return { name: queue.name, counts, workers: await queue.getWorkersCount() };
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('jobs per queue state, workers connected, recent failures by code')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openQueueRuntime(loadConfig());
      try {
        const queues = [await queueStatus(runtime.articles), await queueStatus(runtime.reextract)];
        const failures = await runtime.store.listFailures(RECENT_FAILURES);
        const byCode: Record<string, number> = {};
        for (const f of failures) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
        if (options.json) {
          process.stdout.write(JSON.stringify({ redis: redact(runtime.config.redisUrl), prefix: runtime.config.queuePrefix, queues, failuresByCode: byCode }) + '\n');
          return;
        }
        process.stdout.write(`queues "${runtime.config.queuePrefix}" on ${redact(runtime.config.redisUrl)}\n`);
        for (const q of queues) {
          const parts = STATES.map((s) => `${s} ${q.counts[s] ?? 0}`).join(', ');
          process.stdout.write(`  ${q.name}: ${parts}; workers connected ${q.workers}\n`);
        }
        const codes = Object.entries(byCode).sort((a, b) => b[1] - a[1]);
        process.stdout.write(codes.length ? `recent failures (last ${failures.length}):\n` : 'no stored failures\n');
        for (const [code, n] of codes) process.stdout.write(`  ${code}\t${n}\n`);
      } finally {
        await runtime.close();
      }
    });
}
