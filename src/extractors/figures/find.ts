import type { Figure } from '../../record';
import { MILLION_PREFIXES, PREFIX_CURRENCY_SOURCE, prefixCurrency, RUPEE, SUFFIX_CURRENCY_SOURCE, suffixCurrency } from '../lexicons/currencies';
import { UNIT_SOURCE, singular } from '../lexicons/units';
import { COMPOUNDABLE_SCALES, COMPOUND_SCALE_AFTER_RE } from '../lexicons/scale-words';
import {
  AGE_AFTER, AGE_BEFORE, COUNT_NOUN_WORD, DURATION_AFTER, IDENTIFIER_BEFORE, NOT_COUNT_NOUN, QUALIFIERS,
} from '../lexicons/figure-cues';
import { CENTS_AFTER_RE, NUMBER_RE, PERCENT_OF_RE, parseDigits, parseNumberWords, parseWordNumber, SCALE_AFTER_RE, scaled, WORD_NUMBER_RE } from './numbers';

/** One number with what stands around it, before ranges are joined and the kind is decided. */
export interface Candidate {
  start: number;
  end: number;
  /** where the digits (or number words) are */
  numStart: number;
  numEnd: number;
  base: number;
  scaleWord: string | null;
  currency: string | null;
  currencyBefore: boolean;
  minor: boolean;
  percentUnit: '%' | 'pp' | 'bp' | null;
  unit: string | null;
  noun: string | null;
  /** end of the counted noun phrase, included in a count's text */
  nounEnd: number | null;
  words: boolean;
  skip: boolean;
  rule: string;
  qualifier: Figure['qualifier'];
  /** the second end of a range ("3,000" in "2,500-3,000 workers"), with the first end's value */
  rangeFrom?: number;
}

const PREFIX_RE = new RegExp(`(?:^|[^A-Za-z0-9.])(${PREFIX_CURRENCY_SOURCE})\\s?$`, 'i');
const PERCENT_RE = /^\s?(?:-\s?)?(percentage\s+points?|basis\s+points?|bps\b|%|per\s?cents?\b|percent(?:age)?s?\b|pc\b|pct\b|pp\b)/i;
const SUFFIX_RE = new RegExp(`^(?:\\s?|-)(${SUFFIX_CURRENCY_SOURCE})(?![A-Za-z])`, 'i');
// a mark that may also stand before an amount begins the next one when a number follows: "1 $10 bill"
const STARTS_NEXT_AMOUNT = new RegExp(`^(?:\\s?|-)${PREFIX_CURRENCY_SOURCE}\\s?\\d`, 'i');
const UNIT_RE = new RegExp(`^(?:\\s?|\\s?-\\s?)(${UNIT_SOURCE})(?![A-Za-z])`);
const NOUN_RE = /^\s+(?:of\s+)?((?:[A-Za-z][A-Za-z'’-]*\s+){0,3}[A-Za-z][A-Za-z'’-]*)/;
const CAPITALISED_BEFORE = /(?:^|[^\w])([A-Z][\w&@.]*)\s+$/;
// after "28.5m" / "1.2b": a unit of weight or volume, or a counted population, read the letter as a scale
const SCALED_NOUN_AFTER = new RegExp(
  `^\\s+(?:(?:metric\\s+)?tonnes?|(?:metric\\s+)?tons?|barrels?|bales?|litres?|liters?|gallons?|acres?|hectares?|kilogrammes?|kilograms?|kgs?|cubic|units?|doses?|people|persons|households|families|users|subscribers|workers|voters|students|children|jobs|farmers|migrants|tourists|visitors|passengers|vehicles|cases|residents|customers|accounts|citizens|refugees|houses|homes|trees|saplings)(?![A-Za-z])`,
  'i',
);
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

function percentUnit(word: string): Candidate['percentUnit'] {
  const w = word.toLowerCase();
  if (w.startsWith('percentage point') || w === 'pp') return 'pp';
  if (w.startsWith('basis') || w.startsWith('bp')) return 'bp';
  return '%';
}

/** The counted noun after a number: "11 city corporations" -> "corporation" (its head, singular), and its length. */
function countedNoun(after: string): { unit: string; length: number } | null {
  const m = NOUN_RE.exec(after);
  if (!m) return null;
  const words: string[] = [];
  for (const w of m[1].split(/\s+/)) {
    if (NOT_COUNT_NOUN.has(w.toLowerCase()) || !COUNT_NOUN_WORD.test(w)) break;
    words.push(w);
  }
  if (words.length === 0) return null;
  // stop at the first plural: "17 districts and ..." -> "districts"; the unit is its singular
  // "40,000 people attended": an irregular plural ends the noun as well
  const plural = words.findIndex((w) => (/s$/i.test(w) && !/ss$/i.test(w)) || singular(w).toLowerCase() !== w.toLowerCase());
  const last = plural >= 0 ? plural : words.length - 1;
  // the noun words as written (NOUN_RE allows any whitespace between them)
  const wordRe = /[A-Za-z][A-Za-z'’-]*/g;
  let length = m[0].indexOf(words[0]);
  for (let k = 0, w = wordRe.exec(m[0].slice(length)); w && k <= last; k++, w = wordRe.exec(m[0].slice(length))) {
    if (k === last) length += w.index + w[0].length;
  }
  return { unit: singular(words[last]), length };
}

function readRight(text: string, c: Candidate): void {
  let pos = c.numEnd;
  const scale = SCALE_AFTER_RE.exec(text.slice(pos, pos + 16));
  if (scale) {
    const word = (scale[1] ?? scale[2] ?? scale[3]).toLowerCase();
    // one-letter scales ("$987m", "50k") only on money, else "5m" may be metres; but a unit or a counted
    // population after it makes "m" millions ("28.5m tonnes", "2.3m people"); "a 5m wall" stays unscaled
    const oneLetter = /^[mbk]$/.test(word);
    const scaledNoun = oneLetter && word !== 'k' && SCALED_NOUN_AFTER.test(text.slice(pos + scale[0].length, pos + scale[0].length + 40));
    if (!oneLetter || c.currency || scaledNoun) {
      c.scaleWord = word;
      pos += scale[0].length;
      const compound = COMPOUNDABLE_SCALES.has(word) ? COMPOUND_SCALE_AFTER_RE.exec(text.slice(pos, pos + 10)) : null;
      if (compound) {
        c.scaleWord = `${word} ${compound[1].toLowerCase()}`;
        pos += compound[0].length;
      }
    }
  }
  const rest = text.slice(pos, pos + 40);
  const percent = PERCENT_RE.exec(rest);
  if (percent && !c.currency) {
    c.percentUnit = percentUnit(percent[1].replace(/\s+/g, ' '));
    c.end = pos + percent[0].length;
    return;
  }
  const suffix = SUFFIX_RE.exec(rest);
  if (suffix && !c.currency && !STARTS_NEXT_AMOUNT.test(rest)) {
    const info = suffixCurrency(suffix[1]);
    if (info) {
      c.currency = info.iso;
      c.minor = !!info.minor;
      c.end = pos + suffix[0].length;
      if (info.millions && !c.scaleWord) c.scaleWord = 'million';
      // "75 USD million": the scale after the currency code
      const late = !c.scaleWord ? SCALE_AFTER_RE.exec(text.slice(c.end, c.end + 16)) : null;
      if (late && (late[1] ?? late[3])) {
        c.scaleWord = (late[1] ?? late[3]).toLowerCase();
        c.end += late[0].length;
      }
      if (!info.minor) readCents(text, c);
      return;
    }
  }
  if (!c.currency) {
    const unit = UNIT_RE.exec(rest);
    // "a 14-point agenda" counts items; index points are written apart ("gained 1,245 points")
    if (unit && !(/^points?$/i.test(unit[1]) && unit[0].includes('-'))) {
      c.unit = singular(unit[1]);
      c.end = pos + unit[0].length;
      return;
    }
  }
  c.end = pos;
  if (c.currency && !c.minor) readCents(text, c);
  if (!c.currency && !c.percentUnit) {
    const noun = countedNoun(text.slice(pos, pos + 80));
    c.noun = noun?.unit ?? null;
    c.nounEnd = noun ? pos + noun.length : null;
  }
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the cents join the amount. */
function readCents(text: string, c: Candidate): void {
  if (!Number.isInteger(c.base) || c.scaleWord) return;
  const m = CENTS_AFTER_RE.exec(text.slice(c.end, c.end + 60));
  if (!m) return;
  const cents = /^\d+$/.test(m[1]) ? Number(m[1]) : parseNumberWords(m[1]);
  if (cents === null || cents >= 100) return;
  c.base += cents / 100;
  c.end += m[0].length;
}

function readLeft(text: string, c: Candidate): void {
  const from = Math.max(0, c.start - 14);
  const prefix = PREFIX_RE.exec(text.slice(from, c.start));
  if (!prefix) return;
  c.currency = prefixCurrency(prefix[1]);
  c.currencyBefore = true;
  if (MILLION_PREFIXES.has(prefix[1].toLowerCase())) c.scaleWord = 'million';
  const trailing = prefix[0].length - prefix[0].trimEnd().length;
  c.start = from + prefix.index + prefix[0].length - trailing - prefix[1].length;
}

export function qualifierBefore(text: string, start: number): Figure['qualifier'] {
  const before = text.slice(Math.max(0, start - 40), start);
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return null;
}

function newCandidate(numStart: number, numEnd: number, base: number, words: boolean, signStart: number): Candidate {
  return {
    start: signStart, end: numEnd, numStart, numEnd, base, scaleWord: null, currency: null, currencyBefore: false,
    minor: false, percentUnit: null, unit: null, noun: null, nounEnd: null, words, skip: false, rule: words ? 'number-words' : 'digits',
    qualifier: null,
  };
}

/** Marks numbers that are part of a date ("2022-23") or a list marker ("9) construction") before ranges are joined. */
export function markNonFigures(text: string, cands: Candidate[], dateSpans: { start: number; end: number }[]): void {
  for (const c of cands) {
    if (dateSpans.some((d) => d.start < c.numEnd && c.numStart < d.end) && !c.currency && !c.percentUnit) c.skip = true;
    const marker = !c.currency && /^\)/.test(text.slice(c.numEnd, c.numEnd + 1)) && /^\d{1,2}$/.test(text.slice(c.numStart, c.numEnd));
    if (marker && !/\($/.test(text.slice(c.start - 1, c.start))) c.skip = true;
  }
}

/** Every number in the text with its currency, scale, percent sign, unit or counted noun. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const numStart = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const sign = m[1] || m[2] ? -1 : 1;
    const c = newCandidate(numStart, numStart + m[3].length, sign * parseDigits(m[3]), false, m.index);
    readLeft(text, c);
    readRight(text, c);
    out.push(c);
  }
  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(text); m; m = WORD_NUMBER_RE.exec(text)) {
    const value = parseWordNumber(m[2]);
    if (value === null) continue;
    const numStart = m.index + (m[1]?.length ?? 0);
    const c = newCandidate(numStart, numStart + m[2].length, (m[1] ? -1 : 1) * value, true, m.index);
    readLeft(text, c);
    readRight(text, c);
    // "a million", "a dollar", but "a percentage" is no amount
    if (/^an?$/i.test(m[2]) && c.percentUnit) continue;
    if (c.scaleWord || c.percentUnit || c.currency) out.push(c);
  }
  PERCENT_OF_RE.lastIndex = 0;
  for (let m = PERCENT_OF_RE.exec(text); m; m = PERCENT_OF_RE.exec(text)) {
    const value = /^\d/.test(m[1]) ? Number(m[1]) : parseNumberWords(m[1]);
    if (value === null) continue;
    const numStart = m.index + m[0].length - m[1].length;
    const c = newCandidate(numStart, m.index + m[0].length, value, false, m.index);
    c.percentUnit = '%';
    c.rule = 'percent-of';
    out.push(c);
  }
  // a number inside an amount already read ("3 dollars 50 cents", "17 USD 25") is not one of its own
  out.sort((a, b) => a.start - b.start);
  return out.filter((c, i) => !out.some((o, j) => j !== i && o.start <= c.numStart && c.numStart < o.end && o.numStart !== c.numStart));
}

const RANGE_JOIN = /^\s*(?:to|-|–|—|or)\s*$/i;
const BETWEEN_AND = /^\s*and\s*$/i;

/**
 * "$8 to $10 billion", "5 to 6%", "from 2 million to 2.4", "80–85%": the two ends share what one of them says.
 * Returns the index pairs of the ranges found.
 */
export function joinRanges(text: string, cands: Candidate[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (a.skip || b.skip || b.start < a.end) continue;
    const join = text.slice(a.end, b.start);
    // "and" joins a range only after "between": "$4.25 and 32 is the quantity" is two things
    const between = BETWEEN_AND.test(join) && /\bbetween\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(0, a.start - 30), a.start));
    if (!RANGE_JOIN.test(join) && !between) continue;
    const aBare = !a.currency && !a.percentUnit && !a.unit;
    const bBare = !b.currency && !b.percentUnit && !b.unit;
    // "rose 3% to $8bn": a change and a level, not one range
    if (!aBare && !bBare && (a.currency !== b.currency || a.percentUnit !== b.percentUnit || a.unit !== b.unit)) continue;
    if (aBare && !bBare) {
      a.currency = b.currency;
      a.minor = b.minor;
      a.percentUnit = b.percentUnit;
      a.unit = b.unit;
      a.noun = null;
    } else if (bBare && !aBare) {
      b.currency = a.currency;
      b.minor = a.minor;
      b.percentUnit = a.percentUnit;
      b.unit = a.unit;
      b.noun = b.noun ?? a.noun;
    } else if (aBare && bBare && b.noun) a.noun = b.noun;
    if (!a.scaleWord && b.scaleWord && a.base <= b.base) a.scaleWord = b.scaleWord;
    else if (a.scaleWord && !b.scaleWord && b.base >= a.base && bBare) b.scaleWord = a.scaleWord;
    // a duration or age on one end ("6 to 12 months", "aged 10-14") makes both ends no figure
    const bAfter = text.slice(b.end, b.end + 40);
    if (DURATION_AFTER.test(bAfter) || AGE_AFTER.test(bAfter)) a.skip = true;
    if (AGE_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) b.skip = true;
    // "grades 6 to 10", "phases 2-3": the identifier before the first end names the second as well
    if (IDENTIFIER_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) a.skip = b.skip = true;
    b.rangeFrom = a.base;
    pairs.push([i, i + 1]);
  }
  return pairs;
}

/** The second end of a range of counts: a counted noun, and a value above the first end but of its size. */
const countRangeEnd = (c: Candidate) => c.rangeFrom !== undefined && c.noun !== null && c.base > c.rangeFrom && c.base < c.rangeFrom * 10;

/** Bare numbers that are no figure: years, durations, ages, ordinals, identifiers, numbers in names. */
export function isExcluded(text: string, c: Candidate, sentenceStart: number): boolean {
  if (c.skip) return true;
  const numText = text.slice(c.numStart, c.numEnd);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const after = text.slice(c.end, c.end + 40);
  // numbers inside a web address or query: "?q=30%25%2020%"
  const tokenStart = text.lastIndexOf(' ', c.start) + 1;
  const tokenEnd = text.indexOf(' ', c.end);
  if (/:\/\/|www\.|%[0-9A-F]{2}|[=&?#]\d/.test(text.slice(tokenStart, tokenEnd < 0 ? text.length : tokenEnd))) return true;
  if (/[A-Za-z]-$/.test(before) || /[A-Za-z]$/.test(before)) return true; // "COVID-19", "BPS-17"
  if (/^[A-Za-z]/.test(text.slice(c.end, c.end + 1))) return true; // "4C", "5G", "10th"
  if (/^[:/]\d/.test(after) || /\d[:/]$/.test(before)) return true; // times, fractions, dates
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return true;
  const typed = c.currency || c.percentUnit || c.unit;
  if (typed) return false;
  if (DURATION_AFTER.test(after)) return true;
  if (c.words && !c.scaleWord) return true;
  if (YEAR_LIKE.test(numText) && !c.scaleWord) return true;
  if (!c.scaleWord && !Number.isInteger(c.base)) return true; // "version 2.4", "magnitude 5.6"
  if (/^0\d/.test(numText)) return true; // "Colombo 02", "0300"
  if (/^\)/.test(after) || (/\($/.test(before) && /^\)/.test(after))) return true; // list markers "1)", "(15)"
  // phone numbers ("0300-1234567"); but "2,500-3,000 workers" is a range of counts of one size
  if (/\d\s?[-–]\s?$/.test(before) && !countRangeEnd(c)) return true;
  if (IDENTIFIER_BEFORE.test(before)) return true;
  const capital = CAPITALISED_BEFORE.exec(before);
  if (capital && c.start - capital[1].length - 1 > sentenceStart + 1 && !/^(?:The|A|An|Some|About|Around|Over|Nearly|Only|All|Almost|Just|More|Less|Than|At|Up|To|Of|In|On|By|And|With|Another|Rs)$/.test(capital[1])) {
    const tail = text.slice(sentenceStart, c.start - capital[1].length).trimEnd();
    if (tail.length > 0 && !/[.:;!?]$/.test(tail)) return true; // "Vision 2025", "Phase 2", "Tier 1"
  }
  return false;
}

export { RUPEE, scaled };
