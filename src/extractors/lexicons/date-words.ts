import { parseNumberWords, TENS_WORDS, UNIT_WORDS } from './number-words';

/** Days and years written in words: "the twenty second", "May twenty nine", "nineteen eighty six". */

const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const ONE_TO_NINE = Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] >= 1 && UNIT_WORDS[w] <= 9);
const ORDINAL_ONE_TO_NINE = Object.keys(ORDINAL_UNITS).filter((w) => ORDINAL_UNITS[w] <= 9);
const SIMPLE_DAY_WORDS = [
  ...Object.keys(ORDINAL_UNITS),
  ...Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] >= 1),
  'twenty', 'thirty',
];

/** A day of the month in words, ordinal or cardinal: "first", "twenty-second", "thirty first", "twenty nine". */
export const DAY_WORDS_SOURCE =
  `(?:(?:twenty|thirty)[- ](?:${alternation([...ORDINAL_ONE_TO_NINE, ...ONE_TO_NINE])})|${alternation(SIMPLE_DAY_WORDS)})`;

/** The day a DAY_WORDS_SOURCE phrase names (1-31), or null. */
export function parseDayWords(phrase: string): number | null {
  let total = 0;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    const value = ORDINAL_UNITS[word] ?? UNIT_WORDS[word] ?? TENS_WORDS[word];
    if (value === undefined) return null;
    total += value;
  }
  return total >= 1 && total <= 31 ? total : null;
}

const TEENS = Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] >= 10);
const TENS = Object.keys(TENS_WORDS);
// "eighty six", "eighty-six", "seventy", "thirty two", "twelve": the part of a year after its century
const TWO_DIGITS = `(?:(?:${alternation(TENS)})(?:[- ](?:${alternation(ONE_TO_NINE)}))?|${alternation(TEENS)})`;
const CENTURY = `(?:${alternation(TEENS)}|twenty)`;

/**
 * A year in words: "nineteen eighty six", "nineteen hundred ninety three", "seventeen hundred thirty three",
 * "two thousand and thirty two", "twenty twenty".
 */
export const YEAR_WORDS_SOURCE =
  `(?:${CENTURY}\\s+hundred(?:\\s+(?:and\\s+)?(?:${TWO_DIGITS}|${alternation(ONE_TO_NINE)}))?` +
  `|(?:one|two)\\s+thousand(?:\\s+(?:and\\s+)?(?:${TWO_DIGITS}|${alternation(ONE_TO_NINE)}))?` +
  `|${CENTURY}\\s+${TWO_DIGITS})`;

/** The year a YEAR_WORDS_SOURCE phrase names, or null. */
export function parseYearWords(phrase: string): number | null {
  const words = phrase.toLowerCase().trim().split(/\s+/);
  const thousand = words.indexOf('thousand');
  if (thousand >= 0) {
    const rest = words.slice(thousand + 1).join(' ');
    const head = parseNumberWords(words.slice(0, thousand).join(' '));
    const tail = rest ? parseNumberWords(rest) : 0;
    return head === null || tail === null ? null : head * 1000 + tail;
  }
  const hundred = words.indexOf('hundred');
  const century = parseNumberWords(words[0]);
  const restWords = words.slice(hundred >= 0 ? hundred + 1 : 1).join(' ');
  const tail = restWords ? parseNumberWords(restWords) : 0;
  return century === null || tail === null ? null : century * 100 + tail;
}
