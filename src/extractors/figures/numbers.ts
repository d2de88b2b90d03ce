import { NUMBER_WORDS_SOURCE, parseNumberWords } from '../lexicons/number-words';
import { SUFFIX_CURRENCY_WORD_SOURCE } from '../lexicons/currencies';
import { SCALE_ABBREV_SOURCE, SCALE_WORD_SOURCE, scaleValue } from '../lexicons/scale-words';

/**
 * Finding numbers: digits with Western (1,234,567) or Indian (12,34,567) grouping and decimals, or number
 * words when a scale or percent word follows ("a million", "three pc", "sixty per cent").
 */
export const DIGITS_SOURCE = '\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

// a number in digits, not inside another number; letters before it ("Rs2.5", "G20") are judged by the caller
export const NUMBER_RE = new RegExp(`(?<![\\d]|\\d[.,])(?:(minus\\s+)|(?<![\\w-])(-))?(${DIGITS_SOURCE})(?![\\d])`, 'g');

// number words are figures only with a scale, percent or currency word after them
export const WORD_NUMBER_RE = new RegExp(
  `(?<![\\w-])(minus\\s+)?(${NUMBER_WORDS_SOURCE}|an?)[\\s-]+(?=(?:${SCALE_WORD_SOURCE}|per\\s?cents?|percent(?:age)?s?|pc)\\b|(?:${SUFFIX_CURRENCY_WORD_SOURCE})(?![A-Za-z]))`,
  'gi',
);

export const SCALE_AFTER_RE = new RegExp(
  `^(?:\\s?(${SCALE_WORD_SOURCE})\\b|(${SCALE_ABBREV_SOURCE})(?![A-Za-z])|\\s(bn|mn|mln|tr|trn|cr)(?![A-Za-z]))`,
  'i',
);

// "percent of 10", "per cent of twenty-two" opening a sentence: the number follows the percent word
export const PERCENT_OF_RE = new RegExp(
  `(?:^|(?<=[.!?]\\s+))(?:percents?|per\\s?cents?)\\s+of\\s+(\\d+(?:\\.\\d+)?|${NUMBER_WORDS_SOURCE})\\b`,
  'gi',
);

// the cents after a whole amount, ending the phrase: "3 dollars 50 cents", "$100 and fifty", "15 dollars 50."
export const CENTS_AFTER_RE = new RegExp(
  `^\\s+(?:and\\s+)?(\\d{1,2}|(?:${NUMBER_WORDS_SOURCE}))(?:\\s+cents?)?(?=\\s*(?:[.,;!?)]|$|\\s+(?:and|or)\\b))`,
  'i',
);

/** "12,34,567.89" -> 1234567.89; "1,225" -> 1225. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

export { parseNumberWords };

export function parseWordNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'a' || t === 'an') return 1;
  if (/^half\s+a$/.test(t)) return 0.5;
  return parseNumberWords(t);
}

/** value x scale without binary noise: 28.07 x 1e9 is 28070000000, not 28070000000.000004. */
export function scaled(value: number, scaleWord: string | undefined | null): number {
  return Number((value * scaleValue(scaleWord)).toPrecision(12));
}
