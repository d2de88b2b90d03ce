import type { Command } from 'commander';
import { loadConfig } from '../config';
import { reextractAll, type ReextractReport } from '../queue/reextract';
import { reextractJobOptions } from '../queue/queues';
import { openConfiguredStore, openQueueRuntime } from '../queue/runtime';
import { parseDateOption } from './numbers';

interface ReextractOptions {
  since?: string;
  dryRun?: boolean;
  queue?: boolean;
  json?: boolean;
}

function report(result: ReextractReport, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const verb = result.dryRun ? 'would change' : 'changed';
  process.stdout.write(
    `newsfacts reextract: ${result.snapshots} snapshots, ${result.changed} records ${verb}, ${result.created} ${result.dryRun ? 'would be created' : 'created'}, ` +
      `${result.unchanged} unchanged, ${result.failed} failed\n`,
  );
  for (const o of result.outcomes) {
    if (o.status === 'changed' || (o.status === 'created' && result.dryRun)) process.stdout.write(`  ${o.recordId}\t${o.status}\t${o.fields.join(', ')}\n`);
    if (o.status === 'failed') process.stdout.write(`  ${o.id}\tfailed\t${o.code}: ${o.message}\n`);
  }
}

export function registerReextract(program: Command): void {
  program
    .command('reextract')
    .description('rebuild records from stored snapshots with the current extractors (no network); reports what changed')
    .option('--since <date>', 'only snapshots fetched on or after this date (ISO 8601)')
    .option('--dry-run', 'change nothing; list which fields of which records would change')
    .option('--queue', 'enqueue one job per snapshot for the running workers instead of working in this process')
    .option('--json', 'print the report as JSON')
    .action(async (options: ReextractOptions) => {
      const config = loadConfig();
      const since = parseDateOption(options.since, '--since');
      if (options.queue && !options.dryRun) {
        const runtime = await openQueueRuntime(config);
        try {
          const ids = await runtime.store.listSnapshotIds(since);
          // A stamp in the job id lets the same snapshot be re-extracted again later (after the next change).
          const stamp = Date.now().toString(36);
          await runtime.reextract.addBulk(ids.map((id) => ({ name: 'reextract', data: { snapshotId: id }, opts: reextractJobOptions(`${id}-${stamp}`) })));
          process.stdout.write(`newsfacts reextract: ${ids.length} snapshots queued for the workers\n`);
        } finally {
          await runtime.close();
        }
        return;
      }
      const store = await openConfiguredStore(config);
      try {
        const result = await reextractAll(store, { since, dryRun: options.dryRun });
        report(result, options.json ?? false);
        if (result.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
