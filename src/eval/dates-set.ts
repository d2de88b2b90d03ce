import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../crawlers/charset';
import { extractArticle } from '../extractors/article';
import { scriptArgs } from './paths';
import type { EvalScore } from './types';

/**
 * Publication-day accuracy on the dates set (../shared/eval/dates, htmldate's evaluation pages): the share of
 * pages whose extracted publishedAt falls on the gold calendar day. A page with no date found counts as wrong.
 * Three pages carry no gold date; as upstream, they count as misses. The day is the one printed in the page's own zone (the first ten characters of our ISO output).
 */

const PUBLISHED = 'htmldate 0.903 (extensive), 0.861 (fast); newspaper4k 0.680';

interface GoldEntry {
  file: string;
  /** null on three pages without a source label */
  date: string | null;
}

export interface DatePageResult {
  url: string;
  file: string;
  gold: string;
  got: string | null;
  correct: boolean;
}

export function loadDatesGold(evalDir: string): Record<string, GoldEntry> {
  return JSON.parse(readFileSync(join(evalDir, 'dates', 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
}

export function scoreDatePage(evalDir: string, url: string, entry: GoldEntry): DatePageResult {
  const html = decodeBody(gunzipSync(readFileSync(join(evalDir, 'dates', entry.file)))).text;
  const got = extractArticle(html, { url, fetchedAt: null }).publishedAt;
  // As the upstream scorer does, a page without a gold date counts against us either way (FN or FP).
  const gold = entry.date ? entry.date.slice(0, 10) : 'none';
  return { url, file: entry.file, gold, got, correct: entry.date !== null && got !== null && got.slice(0, 10) === gold };
}

export function scoreDatesSet(evalDir: string): DatePageResult[] {
  return Object.entries(loadDatesGold(evalDir)).map(([url, entry]) => scoreDatePage(evalDir, url, entry));
}

function missLine(r: DatePageResult): string {
  return `${r.file} gold ${r.gold} got ${r.got ?? 'none'} ${r.url}`;
}

/** Misses first where nothing was found, then wrong days: a found wrong date is the costlier error to read. */
function worstMisses(results: DatePageResult[], n: number): string[] {
  const wrong = results.filter((r) => !r.correct && r.got !== null);
  const none = results.filter((r) => r.got === null);
  return [...wrong, ...none].slice(0, n).map(missLine);
}

export async function evaluateDatesSet(evalDir: string): Promise<EvalScore[]> {
  const results = scoreDatesSet(evalDir);
  const correct = results.filter((r) => r.correct).length;
  const found = results.filter((r) => r.got !== null).length;
  const details = [
    `${correct}/${results.length} correct, ${found} with a date, ${results.length - found} with none`,
    ...worstMisses(results, 15),
  ];
  return [{ set: 'dates', metric: 'day accuracy', value: results.length ? correct / results.length : 0, published: PUBLISHED, details }];
}

// `npx tsx src/eval/dates-set.ts [--eval-dir DIR] [--all]`: the score and the misses.
if (require.main === module) {
  const { args, evalDir } = scriptArgs();
  const results = scoreDatesSet(evalDir);
  const correct = results.filter((r) => r.correct).length;
  console.log(`dates day accuracy ${(correct / results.length).toFixed(3)} (${correct}/${results.length}); ${PUBLISHED}`);
  for (const line of worstMisses(results, args.includes('--all') ? results.length : 25)) console.log('  ' + line);
}
