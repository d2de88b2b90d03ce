import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import nlp from 'compromise';
import { processSnapshot } from '../src/pipeline';
import { extractArticle } from '../src/extractors/article';
import { extractFacts } from '../src/extractors/facts';
import { makeContext } from '../src/extractors/context';
import type { BenchPage } from './pages';
import { timeInterleaved } from './timing';

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
 * Text-to-record milliseconds per article, beside one full compromise parse of the same text. The extractors do
 * not parse the whole text with compromise (people.ts asks it only about candidate names no cheaper rule has
 * settled), so the ratio says what a whole-text parse would cost relative to all our NLP, not a share of it.
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
  return [
    { name: 'text-to-record (all NLP extractors): ms per article', value: ms.facts / texts.length, unit: 'ms' },
    { name: 'one compromise parse of the text: ms per article', value: ms.compromise / texts.length, unit: 'ms' },
    { name: 'one full compromise parse / all our NLP (ratio)', value: ms.compromise / ms.facts, unit: 'x' },
  ];
}
