import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import nlp from 'compromise';
import { join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as PipelineModule from '../src/pipeline';
import type * as ArticleModule from '../src/extractors/article';
import type * as FactsModule from '../src/extractors/facts';
import type * as ContextModule from '../src/extractors/context';
import type { BenchPage } from './pages';
import { timeInterleaved, timeModuleCalls } from './timing';

// Issue 3 asks what share of text-to-record compromise takes. The extractors call it on candidate names only,
// so the share is measured where they call it: the wrapper goes into require.cache first, then the extractors
// are required (after it, not hoisted imports) so their `require('compromise')` gets the wrapper.
const compromiseTimer = timeModuleCalls('compromise', join(__dirname, '..', 'src') + sep);
/* eslint-disable @typescript-eslint/no-require-imports */
const { processSnapshot } = require('../src/pipeline') as typeof PipelineModule;
const { extractArticle } = require('../src/extractors/article') as typeof ArticleModule;
const { extractFacts } = require('../src/extractors/facts') as typeof FactsModule;
const { makeContext } = require('../src/extractors/context') as typeof ContextModule;
/* eslint-enable @typescript-eslint/no-require-imports */

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
}

const quietConsole = new VirtualConsole(); // jsdom would print every CSS parse error of third-party pages

function readabilityOnLinkedom(page: BenchPage): void {
  const { document } = parseHTML(page.html);
  new Readability(document as unknown as Document).parse();
}

function readabilityOnJsdom(page: BenchPage): void {
  const dom = new JSDOM(page.html, { url: 'https://example.com/article', virtualConsole: quietConsole });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

function newsfactsRecord(page: BenchPage): void {
  processSnapshot({ url: null, finalUrl: null, fetchedAt: null, status: null, headers: {}, body: page.bytes });
}

function newsfactsArticleOnly(page: BenchPage): void {
  extractArticle(page.html, { url: null, fetchedAt: null });
}

/** HTML-to-record against Mozilla Readability on linkedom and on jsdom, in the same run (issue 2 and 3). */
export function benchExtraction(pages: BenchPage[], rounds: number): BenchLine[] {
  const failures = new Map<string, Set<string>>();
  // A page a contender throws on (jsdom's CSS parser rejects some third-party stylesheets) still counts as
  // processed: the time spent is kept, and the failures are reported.
  const each = (fn: (p: BenchPage) => void) => () =>
    pages.forEach((p) => {
      try {
        fn(p);
      } catch {
        if (!failures.has(fn.name)) failures.set(fn.name, new Set());
        failures.get(fn.name)!.add(p.name);
      }
    });
  const ms = timeInterleaved(
    {
      'newsfacts HTML-to-record (with NLP)': each(newsfactsRecord),
      'newsfacts HTML-to-article (no NLP)': each(newsfactsArticleOnly),
      'Readability on linkedom': each(readabilityOnLinkedom),
      'Readability on jsdom': each(readabilityOnJsdom),
    },
    rounds,
  );
  const pps = (name: string) => (pages.length * 1000) / ms[name];
  const lines: BenchLine[] = Object.keys(ms).map((name) => ({ name: `${name}: pages per second`, value: pps(name), unit: 'pages/s' }));
  const ours = 'newsfacts HTML-to-record (with NLP)';
  lines.push({ name: 'speed ratio: newsfacts record / Readability on linkedom', value: pps(ours) / pps('Readability on linkedom'), unit: 'x' });
  lines.push({ name: 'speed ratio: newsfacts record / Readability on jsdom', value: pps(ours) / pps('Readability on jsdom'), unit: 'x' });
  lines.push({ name: 'speed ratio: newsfacts article (no NLP) / Readability on jsdom', value: pps('newsfacts HTML-to-article (no NLP)') / pps('Readability on jsdom'), unit: 'x' });
  for (const [name, pagesFailed] of failures) lines.push({ name: `pages ${name} threw on`, value: pagesFailed.size, unit: 'pages' });
  return lines;
}

/**
 * Text-to-record milliseconds per article, the share of it spent inside compromise calls (timed by the
 * require.cache wrapper above, calls counted so a wrapper that was bypassed shows as 0 calls), and beside
 * them what one full compromise parse of the same text would cost: the extractors never parse the whole
 * text with compromise (people.ts asks it only about candidate names no cheaper rule has settled).
 */
export function benchNlp(pages: BenchPage[], rounds: number): BenchLine[] {
  const texts = pages.map((p) => extractArticle(p.html, { url: null, fetchedAt: null }).text).filter((t) => t.length > 0);
  const ctx = makeContext({ publishedAt: '2024-06-29' });
  const ms = timeInterleaved(
    {
      facts: () => texts.forEach((t) => extractFacts(t, ctx)),
      compromise: () => texts.forEach((t) => nlp(t).json({ offset: true })),
    },
    rounds,
  );
  // The share, over rounds of its own: the wrapper's clock runs only inside compromise, the outer one throughout.
  const roundsForShare = Math.max(1, rounds);
  compromiseTimer.reset();
  const start = performance.now();
  for (let r = 0; r < roundsForShare; r++) texts.forEach((t) => extractFacts(t, ctx));
  const totalMs = performance.now() - start;
  const perArticle = (value: number) => value / (roundsForShare * texts.length);
  const insideMs = perArticle(compromiseTimer.ms);
  const allMs = perArticle(totalMs);
  return [
    { name: 'text-to-record (all NLP extractors): ms per article', value: ms.facts / texts.length, unit: 'ms' },
    { name: `compromise: ${insideMs.toFixed(2)} ms of ${allMs.toFixed(2)} ms per article`, value: (100 * compromiseTimer.ms) / totalMs, unit: '%' },
    { name: 'compromise calls per article (0 means the timing wrapper was bypassed)', value: perArticle(compromiseTimer.calls), unit: 'calls' },
    { name: 'one full compromise parse of the text: ms per article', value: ms.compromise / texts.length, unit: 'ms' },
    { name: 'one full compromise parse / all our NLP (ratio)', value: ms.compromise / ms.facts, unit: 'x' },
  ];
}
