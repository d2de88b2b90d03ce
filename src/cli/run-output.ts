import type { Config } from '../config';
import type { ArticleRecord } from '../record';
import { redact } from '../queue/connection';
import type { JobsProgress } from '../queue/wait-for-jobs';
import { codeOfFailedReason } from '../queue/retry-policy';

/** One line, rewritten in place on a terminal: done, failed, rate. */
export function progressLine(p: JobsProgress): string {
  return `newsfacts run: ${p.completed + p.failed}/${p.total} done, ${p.failed} failed, ${p.perSecond.toFixed(1)}/s`;
}

export interface RunFailure {
  url: string;
  failedReason: string;
}

export interface RunSummaryInput {
  config: Pick<Config, 'databaseUrl'>;
  records: ArticleRecord[];
  newCount: number;
  alreadyStored: number;
  failures: RunFailure[];
  invalid: number;
  elapsedMs: number;
}

function counts(record: ArticleRecord): string {
  return `${record.figures.length} figures, ${record.dates.length} dates, ${record.people.length} people, ${record.organizations.length} organizations, ${record.places.length} places, ${record.quotes.length} quotes`;
}

/** The short human summary of a run: what was stored where, and what failed with which code. */
export function summaryText(input: RunSummaryInput): string {
  const lines: string[] = [];
  const { records, failures } = input;
  lines.push(
    `newsfacts run: ${records.length} records in ${redact(input.config.databaseUrl)} (${input.newCount} new, ${input.alreadyStored} already stored), ` +
      `${failures.length} failed${input.invalid ? `, ${input.invalid} invalid URLs` : ''}, in ${(input.elapsedMs / 1000).toFixed(1)} s`,
  );
  for (const record of records) {
    lines.push(`  ${record.id.slice(0, 12)}  ${record.publishedAt?.slice(0, 10) ?? '----------'}  ${record.title ?? '(no title)'}`);
    lines.push(`      ${counts(record)}`);
  }
  for (const failure of failures) lines.push(`  FAILED ${codeOfFailedReason(failure.failedReason)}  ${failure.url}`);
  lines.push('read them with: newsfacts records list | newsfacts records show <id> | newsfacts records failures');
  return lines.join('\n') + '\n';
}
