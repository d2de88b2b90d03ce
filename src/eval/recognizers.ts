import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateMention, Figure } from '../record';
import { buildTextDoc } from '../extractors/text';
import { makeContext } from '../extractors/context';
import { extractDates } from '../extractors/dates';
import { extractFigures } from '../extractors/figures';
import type { EvalScore } from './types';
import { scriptArgs } from './paths';

/**
 * Scores the figure and date extractors on the Microsoft Recognizers-Text English specs
 * (../shared/eval/specs/recognizers, see its FORMAT.md) with one loose rule for every tool:
 *
 * - A case passes when our mentions of the scored type, in text order, pair one-to-one with the expected
 *   results: same text (lower case, whitespace collapsed, edge punctuation trimmed, no space between a
 *   currency symbol and its number, a leading "on", "the" or "on the" ignored) and same value. Extra mentions fail the case.
 * - Currency (CurrencyModel.json): our `money` figures. Value compared with a relative tolerance of 1e-6 after
 *   our scale words; their minor units ("50 cents", "470 pence", unit Cent/Pence/Penny) are a hundredth of the
 *   currency in our record, so the expected value is divided by 100. When the spec gives `isoCurrency`, our
 *   ISO `unit` must equal it; a bare `$` ("Dollar", no ISO code) is not checked for currency.
 * - Percent (PercentModel.json): our `percent` figures with unit "%"; value "62.3%" -> 62.3.
 * - Single dates (DateTimeModel.json, the cases whose every result is a datetimeV2.date): our DateMentions with
 *   the case's ReferenceDateTime as publishedAt and language en-US (month-first numeric dates). A day-precision
 *   value must be one of the resolution's values (a year-less date or bare weekday lists a past and a future
 *   instance; either is accepted).
 * - Expected results without a value (a bare "dollar" or "percent", "feb 30" -> "not resolved") are left out:
 *   the record has no value-less figures or dates.
 * - The inputs are tokenised newswire ("$ 75 million", "6 . 2 %", "` `"): a detokenise step joins them back
 *   ("$75 million", "6.2%", '"') on the input and on the expected text alike, as FORMAT.md advises.
 * Every case counts (the share of all cases passed); the share of the cases the JS port runs (not flagged
 * `javascript`) is reported beside it.
 */

interface SpecResult {
  Text: string;
  TypeName?: string;
  Typename?: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string; values?: { value?: string; timex?: string }[] };
}

interface SpecCase {
  Input: string;
  Results: SpecResult[];
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

export function loadCases(evalDir: string, file: string): SpecCase[] {
  const raw = readFileSync(join(evalDir, 'specs', 'recognizers', file), 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as SpecCase[];
}

const flaggedJs = (c: SpecCase) => /javascript/i.test(`${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`);

/** Joins tokenised newswire back together: "$ 75" -> "$75", "6 . 2 %" -> "6.2%", "` `" -> '"'. */
export function detokenise(text: string): string {
  return text
    .replace(/` `|' '/g, '"')
    .replace(/(\d) ([.,]) (?=\d)/g, '$1$2')
    .replace(/(\d) %/g, '$1%')
    .replace(/([$£€¥]) (?=\d)/g, '$1')
    .replace(/\b(us|c|hk|nz) \$/gi, '$1$')
    .replace(/ ([,.;:!?)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ ' s\b/g, "'s")
    .replace(/\b([a-z]) \. (?=[a-z] \.)/gi, '$1.')
    .replace(/ - - /g, ' -- ');
}

export function normalizeText(text: string): string {
  return detokenise(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/([$£€¥]) (?=\d)/g, '$1')
    .replace(/^[\s"'“”‘’.,;:!?()\[\]-]+|[\s"'“”‘’.,;:!?()\[\]-]+$/g, '')
    // "on the 18th" and "the 18th" name the same day: a leading "on", "the" or both is no part of the date
    .replace(/^(?:on\s+)?(?:the\s+)?/, '');
}

const close = (a: number, b: number) => (b === 0 ? a === 0 : Math.abs(a - b) <= 1e-6 * Math.abs(b));

const MINOR_UNITS = /^(?:cent|cents|pence|penny)$/i;

interface Expected { text: string; check: (predictedValue: number | string, unit: string | null) => boolean }

/** Runs one case: expected and predicted lists, paired in order. */
function casePasses(expected: Expected[], predicted: { text: string; value: number | string; unit: string | null }[]): boolean {
  if (expected.length !== predicted.length) return false;
  return expected.every((e, i) => normalizeText(e.text) === normalizeText(predicted[i].text) && e.check(predicted[i].value, predicted[i].unit));
}

function figuresOf(input: string, ctx = makeContext()): Figure[] {
  const doc = buildTextDoc(detokenise(input));
  return extractFigures(doc, ctx, extractDates(doc, ctx));
}

export function currencyCase(c: SpecCase): boolean {
  const expected: Expected[] = c.Results.filter((r) => r.Resolution?.value != null).map((r) => {
    const res = r.Resolution!;
    const value = Number(res.value) * (MINOR_UNITS.test(res.unit ?? '') ? 0.01 : 1);
    return { text: r.Text, check: (v, unit) => close(v as number, value) && (!res.isoCurrency || res.isoCurrency === unit) };
  });
  const predicted = figuresOf(c.Input).filter((f) => f.kind === 'money');
  return casePasses(expected, predicted);
}

export function percentCase(c: SpecCase): boolean {
  const expected: Expected[] = c.Results.filter((r) => r.Resolution?.value && r.Resolution.value !== 'null').map((r) => {
    const value = Number(String(r.Resolution!.value).replace('%', ''));
    return { text: r.Text, check: (v) => close(v as number, value) };
  });
  const predicted = figuresOf(c.Input).filter((f) => f.kind === 'percent' && f.unit === '%');
  return casePasses(expected, predicted);
}

const isSingleDateCase = (c: SpecCase) =>
  c.Results.length > 0 && c.Results.every((r) => (r.TypeName ?? r.Typename) === 'datetimeV2.date');

export function dateCase(c: SpecCase): boolean {
  const expected: Expected[] = c.Results.filter((r) => (r.Resolution?.values ?? []).some((v) => v.value && v.value !== 'not resolved')).map((r) => {
    const accepted = new Set((r.Resolution?.values ?? []).map((v) => v.value));
    return { text: r.Text, check: (v) => accepted.has(String(v)) };
  });
  const ctx = makeContext({ publishedAt: c.Context?.ReferenceDateTime ?? null, language: 'en-US' });
  const predicted: DateMention[] = extractDates(buildTextDoc(detokenise(c.Input)), ctx);
  return casePasses(expected, predicted.map((d) => ({ text: d.text, value: d.value, unit: null })));
}

interface ShareResult { all: number; unflagged: number; failures: string[] }

function share(cases: SpecCase[], passes: (c: SpecCase) => boolean): ShareResult {
  let passed = 0;
  let unflaggedPassed = 0;
  let unflagged = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const ok = passes(c);
    if (ok) passed++;
    else failures.push(c.Input.length > 100 ? `${c.Input.slice(0, 100)}…` : c.Input);
    if (!flaggedJs(c)) {
      unflagged++;
      if (ok) unflaggedPassed++;
    }
  }
  return { all: cases.length ? passed / cases.length : 0, unflagged: unflagged ? unflaggedPassed / unflagged : 0, failures };
}

export async function evaluateRecognizers(evalDir: string): Promise<EvalScore[]> {
  const currency = share(loadCases(evalDir, 'NumberWithUnit/English/CurrencyModel.json'), currencyCase);
  const percent = share(loadCases(evalDir, 'Number/English/PercentModel.json'), percentCase);
  const dates = share(loadCases(evalDir, 'DateTime/English/DateTimeModel.json').filter(isSingleDateCase), dateCase);
  const row = (metric: string, value: number, failures: string[], published?: string): EvalScore => ({
    set: 'recognizers', metric, value, published, details: failures,
  });
  return [
    row('currency', currency.all, currency.failures, 'Recognizers JS 0.82'),
    row('percent', percent.all, percent.failures, 'Recognizers JS 0.85'),
    row('single dates', dates.all, dates.failures, 'Recognizers JS 0.60; chrono-node 0.35'),
    row('currency (JS-run cases)', currency.unflagged, []),
    row('percent (JS-run cases)', percent.unflagged, []),
    row('single dates (JS-run cases)', dates.unflagged, []),
  ];
}

// `npx tsx src/eval/recognizers.ts [--misses currency|percent|single] [--eval-dir DIR]`
if (require.main === module) {
  const { flag, evalDir } = scriptArgs();
  const misses = flag('--misses');
  void evaluateRecognizers(evalDir).then((scores) => {
    for (const s of scores) {
      console.log(`${s.metric.padEnd(30)} ${s.value.toFixed(3)}  ${s.published ?? ''}`);
      if (misses && s.metric.startsWith(misses)) for (const d of s.details ?? []) console.log(`    ${d}`);
    }
  });
}
