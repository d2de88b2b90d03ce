import type { DateMention, Figure } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';
import { MONEY_NOUNS, RUPEE } from './lexicons/currencies';
import { articleCountry, rupeeCode } from './figures/country';
import { describeFigures } from './figures/describe';
import { findCandidates, isExcluded, joinRanges, markNonFigures, qualifierBefore, type Candidate } from './figures/find';
import { scaled } from './figures/numbers';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// abbreviated scales with no currency mark may be money in the currency last used: "Rs1.225tr ... 556bn"
const MONEY_SCALES = new Set(['bn', 'mn', 'mln', 'tr', 'trn', 'tn', 'cr']);

/**
 * Whether a bare "556bn" is money in the last currency written: only when it counts nothing ("556bn people") and
 * its sentence says money, by a money noun before it ("the remaining funds — 556bn") or an earlier money figure
 * in the same sentence ("Rs659bn for loans and 556bn for dues").
 */
function inheritsCurrency(text: string, c: Candidate, last: { currency: string; end: number }, sentenceStart: number): boolean {
  if (!last.currency || c.skip || c.currency || !c.scaleWord || !MONEY_SCALES.has(c.scaleWord) || c.percentUnit || c.unit) return false;
  if (c.noun && !MONEY_NOUNS.test(c.noun)) return false;
  if (last.end > sentenceStart) return true;
  return MONEY_NOUNS.test(text.slice(Math.max(sentenceStart, c.start - 80), c.start));
}

function kindOf(c: Candidate): Figure['kind'] {
  if (c.currency) return 'money';
  if (c.percentUnit) return 'percent';
  if (c.unit) return 'quantity';
  return 'count';
}

function sentenceStartOf(doc: TextDoc, index: number): number {
  let start = 0;
  for (const s of doc.sentences) {
    if (s.start > index) break;
    start = s.start;
  }
  return start;
}

/**
 * Every figure in the text: money (ISO currency, scale words including lakh and crore), percentages, percentage
 * and basis points, counts and quantities with units; qualifiers and ranges; then what each measures, when, and
 * how it changed. `dates` keeps years and dates from being read as counts and gives each figure its period.
 */
export function extractFigures(doc: TextDoc, ctx: ExtractContext, dates: DateMention[]): Figure[] {
  const text = doc.text;
  const rupee = rupeeCode(articleCountry(text, ctx));
  const cands = findCandidates(text);
  markNonFigures(text, cands, dates.map((d) => d.span));
  for (const c of cands) c.qualifier = qualifierBefore(text, c.start);
  for (const [a, b] of joinRanges(text, cands)) {
    if (!cands[b].qualifier && cands[a].qualifier) cands[b].qualifier = cands[a].qualifier;
  }

  const figures: Figure[] = [];
  const last = { currency: '', end: -1 };
  for (const c of cands) {
    if (inheritsCurrency(text, c, last, sentenceStartOf(doc, c.start))) {
      c.currency = last.currency;
      c.noun = null;
    }
    const typed = c.currency || c.percentUnit || c.unit;
    if (!typed && dates.some((d) => overlaps(d.span, { start: c.numStart, end: c.numEnd }))) continue;
    if (typed && dates.some((d) => d.span.start <= c.numStart && c.numEnd <= d.span.end && !c.currency && !c.percentUnit)) continue;
    if (isExcluded(text, c, sentenceStartOf(doc, c.start))) continue;
    if (c.currency) Object.assign(last, { currency: c.currency, end: c.end });
    const kind = kindOf(c);
    const value = scaled(c.base, c.scaleWord) * (c.minor ? 0.01 : 1);
    const currency = c.currency === RUPEE ? rupee : c.currency;
    const end = kind === 'count' && c.noun && c.nounEnd ? c.nounEnd : c.end;
    figures.push({
      text: text.slice(c.start, end),
      span: { start: c.start, end },
      kind,
      value: Number(value.toPrecision(12)),
      unit: kind === 'money' ? currency : kind === 'percent' ? c.percentUnit : kind === 'quantity' ? c.unit : c.noun,
      qualifier: c.qualifier,
      metric: null,
      period: null,
      change: null,
      rule: `${kind}:${c.rule}${c.scaleWord ? '+scale' : ''}`,
    });
  }
  describeFigures(text, doc.sentences, figures, dates);
  return figures;
}
