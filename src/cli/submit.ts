import type { Command } from 'commander';
import { loadConfig } from '../config';
import { NewsfactsError } from '../errors';
import { openQueueRuntime } from '../queue/runtime';
import { submitUrls } from '../queue/submit';
import { collectUrls } from './url-list';

interface SubmitOptions {
  file?: string;
  force?: boolean;
  json?: boolean;
}

export function registerSubmit(program: Command): void {
  program
    .command('submit')
    .description('enqueue article URLs (one job per article); prints "<job id> <status> <url>" per URL')
    .argument('[urls...]', 'article URLs; "-" reads URLs from stdin, one a line')
    .option('--file <path>', 'a file of URLs, one a line ("-" for stdin)')
    .option('--force', 'fetch again even when a record is already stored')
    .option('--json', 'print one JSON object per URL instead')
    .action(async (args: string[], options: SubmitOptions) => {
      const urls = await collectUrls(args, options.file);
      if (urls.length === 0) throw new NewsfactsError('INVALID_INPUT', 'give at least one URL, --file urls.txt, or - for stdin');
      const runtime = await openQueueRuntime(loadConfig());
      try {
        const results = await submitUrls(runtime.articles, runtime.store, runtime.config, urls, { force: options.force });
        for (const result of results) {
          if (options.json) process.stdout.write(JSON.stringify(result) + '\n');
          else if (result.status === 'invalid') process.stderr.write(`newsfacts: ${result.error?.code}: ${result.error?.message}\n`);
          else process.stdout.write(`${result.jobId}\t${result.status}\t${result.url}\n`);
        }
        if (results.some((r) => r.status === 'invalid')) process.exitCode = 1;
      } finally {
        await runtime.close();
      }
    });
}
