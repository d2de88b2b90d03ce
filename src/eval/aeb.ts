import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../crawlers/charset';
import { extractArticle } from '../extractors/article';
import type { EvalScore } from './types';
import { tokenize } from './tokens';
import { scriptArgs } from './paths';

/**
 * Scores the article-body extractor on the Article Extraction Benchmark (../shared/eval/aeb) with the
 * shingle metric of ../shared/eval/README.md: 4-token shingles as a multiset, page P/R, corpus precision =
 * mean over non-empty outputs, recall = mean over all pages, F1 = harmonic mean of the two means.
 */

const PUBLISHED = 'trafilatura 0.958, Readability.js 0.947';
const SHINGLE = 4;

interface GroundTruth {
  [id: string]: { articleBody: string; url: string };
}

export interface PageScore {
  id: string;
  url: string;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  empty: boolean;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: PageScore[];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const windows = tokens.length < SHINGLE ? [tokens] : [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) windows.push(tokens.slice(i, i + SHINGLE));
  for (const w of windows) {
    // U+0001 cannot occur inside a token, so joined shingles never collide
    const key = w.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Page-level shingle precision and recall of `predicted` against `gold`. */
export function scorePage(predicted: string, gold: string): { precision: number; recall: number; exact: boolean } {
  const p = tokenize(predicted);
  const g = tokenize(gold);
  const ps = shingles(p);
  const gs = shingles(g);
  let tp = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const n of gs.values()) goldTotal += n;
  for (const [key, n] of ps) {
    predictedTotal += n;
    tp += Math.min(n, gs.get(key) ?? 0);
  }
  const fp = predictedTotal - tp;
  const fn = goldTotal - tp;
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  const exact = p.length === g.length && p.every((t, i) => t === g[i]);
  return { precision, recall, exact };
}

/** Corpus scores from one output text per page id (missing ids count as empty output). */
export function scoreCorpus(outputs: Map<string, string>, truth: GroundTruth): CorpusScore {
  const pages: PageScore[] = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const predicted = outputs.get(id) ?? '';
    const s = scorePage(predicted, articleBody);
    const empty = tokenize(predicted).length === 0;
    const f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
    pages.push({ id, url, ...s, f1, empty });
  }
  const nonEmpty = pages.filter((p) => !p.empty);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(nonEmpty.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = mean(pages.map((p) => (p.exact ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages };
}

export function loadGroundTruth(evalDir: string): GroundTruth {
  return JSON.parse(readFileSync(join(evalDir, 'aeb', 'ground-truth.json'), 'utf8')) as GroundTruth;
}

/** Our body text for one benchmark page, through the same decode + article step the pipeline runs. */
export function extractAebPage(evalDir: string, id: string, url: string | null): string {
  const bytes = gunzipSync(readFileSync(join(evalDir, 'aeb', 'html', `${id}.html.gz`)));
  const html = decodeBody(bytes).text;
  return extractArticle(html, { url, fetchedAt: null }).text;
}

export function ourOutputs(evalDir: string, truth: GroundTruth): Map<string, string> {
  const outputs = new Map<string, string>();
  for (const [id, { url }] of Object.entries(truth)) outputs.set(id, extractAebPage(evalDir, id, url));
  return outputs;
}

/** The seven published extractors' outputs on the same pages, scored with this same code. */
export function referenceScores(evalDir: string, truth: GroundTruth): { name: string; score: CorpusScore }[] {
  const dir = join(evalDir, 'aeb', 'reference-outputs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      // Two shapes in the folder: {version, output: {id: {articleBody}}} and plain {id: {articleBody}}.
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      const byId = (raw.output && typeof raw.output === 'object' ? raw.output : raw) as Record<string, { articleBody?: string | null } | null>;
      const outputs = new Map<string, string>();
      for (const [id, item] of Object.entries(byId)) outputs.set(id, item?.articleBody ?? '');
      return { name: basename(f, '.json'), score: scoreCorpus(outputs, truth) };
    });
}

function reason(page: PageScore): string {
  if (page.empty) return 'empty output';
  if (page.precision < 0.5 && page.recall > 0.8) return 'boilerplate or comments taken in';
  if (page.recall < 0.5 && page.precision > 0.8) return 'wrong or partial container: most of the body missed';
  if (page.precision < 0.5 && page.recall < 0.5) return 'wrong container';
  if (page.precision < page.recall) return 'extra text around the body';
  return 'part of the body missed';
}

function worstDetails(pages: PageScore[], n = 10): string[] {
  return [...pages]
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, n)
    .map((p) => `${p.id.slice(0, 12)} F1 ${p.f1.toFixed(3)} P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} ${p.url}: ${reason(p)}`);
}

export async function evaluateAeb(evalDir: string): Promise<EvalScore[]> {
  const truth = loadGroundTruth(evalDir);
  const s = scoreCorpus(ourOutputs(evalDir, truth), truth);
  const details = worstDetails(s.pages);
  return [
    { set: 'aeb', metric: 'body F1', value: s.f1, published: PUBLISHED, details },
    { set: 'aeb', metric: 'body precision', value: s.precision, published: PUBLISHED, details },
    { set: 'aeb', metric: 'body recall', value: s.recall, published: PUBLISHED, details },
    { set: 'aeb', metric: 'body accuracy', value: s.accuracy, published: PUBLISHED, details },
  ];
}

// `npx tsx src/eval/aeb.ts [--eval-dir DIR] [--pages]`: our scores beside the reference extractors'.
if (require.main === module) {
  const { args, evalDir } = scriptArgs();
  const truth = loadGroundTruth(evalDir);
  const ours = scoreCorpus(ourOutputs(evalDir, truth), truth);
  const row = (name: string, s: CorpusScore) =>
    `${name.padEnd(16)} ${s.f1.toFixed(3)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.accuracy.toFixed(3)}`;
  console.log(`${'extractor'.padEnd(16)} F1     P      R      accuracy   (${Object.keys(truth).length} pages)`);
  console.log(row('newsfacts', ours));
  for (const ref of referenceScores(evalDir, truth)) console.log(row(ref.name, ref.score));
  console.log('\nworst pages:');
  for (const d of worstDetails(ours.pages, args.includes('--pages') ? ours.pages.length : 10)) console.log('  ' + d);
}
