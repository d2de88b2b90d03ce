import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../crawlers/charset';
import { extractArticle } from '../extractors/article';
import { scriptArgs } from './paths';
import type { EvalScore } from './types';

/**
 * Metadata scores on the Fundus parser test data (../shared/eval/fundus/parser-testdata, 258 pages from 181
 * publishers). Three metrics:
 * - title exact: our title equals the gold title after whitespace normalization (case and punctuation kept;
 *   zero-width spaces and joiners are dropped on both sides: a gold title may end in an invisible U+200B);
 * - publication day: the calendar day of our publishedAt equals the gold's, each read in the zone it is
 *   printed in; only when both carry a zone is ours shifted into the gold's offset first;
 * - authors: exact set match of author names (whitespace-normalized, case-insensitive) between our byline,
 *   split at ", ", and the gold list; a page with no gold authors scores 1 when our byline is null too.
 *   Author F1 (micro over all names) is reported beside it.
 * The page's crawl_date serves as fetchedAt, so a date after the crawl is refused as it would be live.
 */

interface GoldLine {
  html: string;
  url: string;
  crawl_date: string | null;
  title: string | null;
  publishing_date: string | null;
  authors: string[] | null;
}

export interface FundusPageResult {
  file: string;
  url: string;
  gold: { title: string | null; day: string | null; authors: string[] };
  got: { title: string | null; publishedAt: string | null; day: string | null; authors: string[] };
  titleExact: boolean;
  dayCorrect: boolean;
  authorsExact: boolean;
  authorTp: number;
}

/** Invisible format characters that pages scatter in headlines; they print as nothing (cleanText drops them too). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const norm = (s: string): string => s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
const nameKey = (s: string): string => norm(s).toLowerCase();

/** Title exact: equal once whitespace is normalized and zero-width characters dropped; case and punctuation count. */
export function titlesMatch(ours: string | null, gold: string | null): boolean {
  return ours !== null && gold !== null && norm(ours) === norm(gold);
}

/** "2024-05-03 15:47:42.389000+00:00" -> ISO; the crawl date carries no zone and is read as UTC. */
function isoOf(raw: string): string {
  return raw.trim().replace(' ', 'T');
}

function offsetMinutes(iso: string): number | null {
  const m = /(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[1][0] === '-' ? -1 : 1;
  const digits = m[1].slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Our date's calendar day, in the gold's zone when both have one, else as printed. */
export function dayInZoneOf(ours: string, gold: string): string {
  const ourOffset = /T/.test(ours) ? offsetMinutes(ours) : null;
  const goldOffset = offsetMinutes(gold);
  if (ourOffset === null || goldOffset === null) return ours.slice(0, 10);
  const instant = Date.parse(ours);
  if (Number.isNaN(instant)) return ours.slice(0, 10);
  return new Date(instant + goldOffset * 60_000).toISOString().slice(0, 10);
}

export function loadFundusGold(evalDir: string): GoldLine[] {
  const path = join(evalDir, 'fundus', 'parser-testdata', 'gold.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldLine);
}

export function scoreFundusPage(evalDir: string, line: GoldLine): FundusPageResult {
  const bytes = gunzipSync(readFileSync(join(evalDir, 'fundus', 'parser-testdata', line.html)));
  const html = decodeBody(bytes).text;
  const fetchedAt = line.crawl_date ? isoOf(line.crawl_date) : null;
  const parts = extractArticle(html, { url: line.url, fetchedAt });
  const goldIso = line.publishing_date ? isoOf(line.publishing_date) : null;
  const goldDay = goldIso ? goldIso.slice(0, 10) : null;
  const ourDay = parts.publishedAt ? (goldIso ? dayInZoneOf(parts.publishedAt, goldIso) : parts.publishedAt.slice(0, 10)) : null;
  const goldAuthors = (line.authors ?? []).map(norm).filter(Boolean);
  const ourAuthors = parts.byline ? parts.byline.split(/,\s+/).map(norm).filter(Boolean) : [];
  const goldKeys = new Set(goldAuthors.map(nameKey));
  const ourKeys = new Set(ourAuthors.map(nameKey));
  const authorTp = [...ourKeys].filter((k) => goldKeys.has(k)).length;
  return {
    file: line.html,
    url: line.url,
    gold: { title: line.title, day: goldDay, authors: goldAuthors },
    got: { title: parts.title, publishedAt: parts.publishedAt, day: ourDay, authors: ourAuthors },
    titleExact: titlesMatch(parts.title, line.title),
    dayCorrect: goldDay !== null && ourDay === goldDay,
    authorsExact: authorTp === goldKeys.size && authorTp === ourKeys.size,
    authorTp,
  };
}

export function scoreFundus(evalDir: string): FundusPageResult[] {
  return loadFundusGold(evalDir).map((line) => scoreFundusPage(evalDir, line));
}

export interface FundusSummary {
  pages: number;
  titleExact: number;
  publicationDay: number;
  authorsExact: number;
  authorsF1: number;
}

export function summarize(results: FundusPageResult[]): FundusSummary {
  const n = results.length || 1;
  const titled = results.filter((r) => r.gold.title !== null);
  const dated = results.filter((r) => r.gold.day !== null);
  const tp = results.reduce((s, r) => s + r.authorTp, 0);
  const predicted = results.reduce((s, r) => s + new Set(r.got.authors.map(nameKey)).size, 0);
  const gold = results.reduce((s, r) => s + new Set(r.gold.authors.map(nameKey)).size, 0);
  const p = predicted ? tp / predicted : 0;
  const rc = gold ? tp / gold : 0;
  return {
    pages: results.length,
    titleExact: titled.filter((r) => r.titleExact).length / (titled.length || 1),
    publicationDay: dated.filter((r) => r.dayCorrect).length / (dated.length || 1),
    authorsExact: results.filter((r) => r.authorsExact).length / n,
    authorsF1: p + rc ? (2 * p * rc) / (p + rc) : 0,
  };
}

export function missLines(results: FundusPageResult[], kind: 'title' | 'day' | 'authors', n: number): string[] {
  const misses = results.filter((r) =>
    kind === 'title' ? r.gold.title !== null && !r.titleExact : kind === 'day' ? r.gold.day !== null && !r.dayCorrect : !r.authorsExact,
  );
  return misses.slice(0, n).map((r) => {
    if (kind === 'title') return `${r.file} title: gold ${JSON.stringify(r.gold.title)} got ${JSON.stringify(r.got.title)}`;
    if (kind === 'day') return `${r.file} day: gold ${r.gold.day} got ${r.got.publishedAt ?? 'none'}`;
    return `${r.file} authors: gold ${JSON.stringify(r.gold.authors)} got ${JSON.stringify(r.got.authors)}`;
  });
}

export async function evaluateFundus(evalDir: string): Promise<EvalScore[]> {
  const results = scoreFundus(evalDir);
  const s = summarize(results);
  const published = 'Fundus per-publisher parsers (the gold itself)';
  return [
    { set: 'fundus', metric: 'title exact', value: s.titleExact, published, details: missLines(results, 'title', 10) },
    { set: 'fundus', metric: 'publication day', value: s.publicationDay, published, details: missLines(results, 'day', 10) },
    { set: 'fundus', metric: 'authors', value: s.authorsExact, published, details: missLines(results, 'authors', 10) },
    { set: 'fundus', metric: 'authors F1', value: s.authorsF1, published, details: [] },
  ];
}

// `npx tsx src/eval/fundus.ts [--eval-dir DIR] [--all]`: the scores and the misses of each kind.
if (require.main === module) {
  const { args, evalDir } = scriptArgs();
  const results = scoreFundus(evalDir);
  const s = summarize(results);
  console.log(
    `fundus (${s.pages} pages): title exact ${s.titleExact.toFixed(3)}, publication day ${s.publicationDay.toFixed(3)}, ` +
      `authors exact-set ${s.authorsExact.toFixed(3)}, authors F1 ${s.authorsF1.toFixed(3)}`,
  );
  const n = args.includes('--all') ? results.length : 20;
  for (const kind of ['title', 'day', 'authors'] as const) for (const line of missLines(results, kind, n)) console.log('  ' + line);
}
