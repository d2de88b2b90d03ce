import { monthNumber, MONTH_WITH_DOT_SOURCE } from '../lexicons/months';
import { formatMonth, fullYear } from './calendar';
import { day, whole, type DateEnv, type DateRule, type Found } from './found';
import { yearlessDay } from './rules-yearless';

/**
 * Months whose year is written once for two, or as a word:
 * - "January-March 2024", "from October to December 2023": the year after the second month is the first's too
 *   (the year before it when the range crosses New Year: "November-February 2025" starts in November 2024);
 * - "July-February of 2025-26", "(July-April) of the 2025-26 fiscal year", "July-March FY25": months inside a fiscal year (July in its first calendar year
 *   where fiscal years start in July); the fiscal year is found again by its own rule;
 * - "in May last year", "March of next year": one month in the year the relative word names;
 * - "March 23-24", "from 10 to 12 April", "June 3-5, 2025": two days of one month, each its own date;
 * - "by mid-2027", "end-2025": a year glued to a part-of-year word.
 * Month names only with their capital ("may" is a verb); the year after a range is no fiscal pair ("of 2025-26").
 */

const M = MONTH_WITH_DOT_SOURCE;
const YEAR = '((?:1[89]|20)\\d\\d)';
const RANGE_JOIN = '(?:\\s?[-–]\\s?|\\s+(?:to|through|till|until|and)\\s+)';

const PATTERNS = {
  monthRange: new RegExp(`\\b${M}${RANGE_JOIN}${M},?\\s+(?:of\\s+)?${YEAR}\\b(?!\\s?[-–/]\\s?\\d)`, 'g'),
  // groups: first month, second month, a fiscal cue ("fiscal year", "FY"), the first year, the pair's second year
  monthRangeFiscal: new RegExp(`\\b${M}${RANGE_JOIN}${M}\\)?(?:,?\\s+(?:of|in)\\s+(?:the\\s+)?|\\s*,?\\s*(?=FY))((?:fiscal|financial)\\s+year\\s+|FY\\s?)?((?:19|20)?\\d\\d)(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?\\b(?![-–/]?\\d)`, 'g'),
  // "March 23-24", "Jan 5 to 7, 2025"
  monthDayRange: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s?(?:[-–]|\\s(?:to|and)\\s)\\s?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![-–/.]?\\d)(?:,?\\s+${YEAR}\\b)?`, 'g'),
  // "10 to 12 April", "23-24 March 2026"
  dayRangeMonth: new RegExp(`(?<![\\w$£€₹.,/-])(\\d{1,2})(?:st|nd|rd|th)?\\s?(?:[-–]|\\sto\\s)\\s?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![a-z])(?:,?\\s+${YEAR}\\b)?`, 'g'),
  yearAfterPrefix: /\b(?:mid|end|early|late)-((?:19|20)\d\d)\b(?![-–/]?\d)/gi,
  monthRelativeYear: new RegExp(`\\b${M}\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
};

const YEAR_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };

/** One day of a day range: with its year when written, else the nearest such day around publication. */
function rangeDay(env: DateEnv, start: number, end: number, m: number, d: number, year: string | undefined): Found | null {
  if (!year) return yearlessDay(env, start, end, m, d);
  const value = day(Number(year), m, d);
  return value ? { start, end, value, relative: false } : null;
}

export const MONTH_PHRASE_RULES: DateRule[] = [
  {
    name: 'month-day-range',
    pattern: PATTERNS.monthDayRange,
    parse: (m, env) => {
      const month = monthNumber(m[1]);
      const [d1, d2] = [Number(m[2]), Number(m[3])];
      if (!month || d1 >= d2 || d2 > 31) return null;
      const firstEnd = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const secondStart = m.index + m[0].indexOf(m[3], firstEnd - m.index);
      const first = rangeDay(env, m.index, firstEnd, month, d1, m[4]);
      const second = rangeDay(env, secondStart, m.index + m[0].length, month, d2, m[4]);
      return first && second ? [first, second] : null;
    },
  },
  {
    name: 'day-range-month',
    pattern: PATTERNS.dayRangeMonth,
    parse: (m, env) => {
      const month = monthNumber(m[3]);
      const [d1, d2] = [Number(m[1]), Number(m[2])];
      if (!month || d1 >= d2 || d2 > 31) return null;
      const secondStart = m.index + m[0].indexOf(m[2], m[1].length);
      const first = rangeDay(env, m.index, m.index + m[1].length, month, d1, m[4]);
      const second = rangeDay(env, secondStart, m.index + m[0].length, month, d2, m[4]);
      return first && second ? [first, second] : null;
    },
  },
  {
    name: 'year-after-prefix',
    pattern: PATTERNS.yearAfterPrefix,
    parse: (m) => whole(m, m[1]),
  },
  {
    name: 'month-range-year',
    pattern: PATTERNS.monthRange,
    parse: (m) => {
      const first = monthNumber(m[1]);
      const second = monthNumber(m[2]);
      if (!first || !second || first === second) return null;
      const year = Number(m[3]);
      const firstEnd = m.index + m[1].length + (m[0].slice(m[1].length).startsWith('.') ? 1 : 0);
      const secondStart = m.index + m[0].indexOf(m[2], m[1].length);
      const start: Found = { start: m.index, end: firstEnd, value: formatMonth(first > second ? year - 1 : year, first), relative: false };
      const end: Found = { start: secondStart, end: m.index + m[0].length, value: formatMonth(year, second), relative: false };
      return [start, end];
    },
  },
  {
    name: 'month-range-fiscal',
    pattern: PATTERNS.monthRangeFiscal,
    parse: (m, env) => {
      const first = monthNumber(m[1]);
      const second = monthNumber(m[2]);
      // "of 2024" alone is a calendar year (month-range-year); a fiscal pair or a fiscal cue names the fiscal year
      if (!first || !second || first === second || env.fiscalStart === 1 || (!m[3] && !m[5])) return null;
      if (m[4].length === 2 && !m[3]) return null;
      const startYear = fullYear(Number(m[4]));
      const pairEnd = m[5] ? (m[5].length === 2 ? Math.floor(startYear / 100) * 100 + Number(m[5]) : Number(m[5])) : null;
      if (pairEnd !== null && pairEnd !== startYear + 1) return null;
      const fiscalEnd = pairEnd ?? startYear; // "FY25" and "fiscal year 2025" end in 2025
      const inFiscal = (mo: number) => formatMonth(mo >= env.fiscalStart ? fiscalEnd - 1 : fiscalEnd, mo);
      const firstEnd = m.index + m[1].length + (m[0].slice(m[1].length).startsWith('.') ? 1 : 0);
      const secondStart = m.index + m[0].indexOf(m[2], m[1].length);
      return [
        { start: m.index, end: firstEnd, value: inFiscal(first), relative: false },
        { start: secondStart, end: secondStart + m[2].length, value: inFiscal(second), relative: false },
      ];
    },
  },
  {
    name: 'month-relative-year',
    pattern: PATTERNS.monthRelativeYear,
    parse: (m, env) => {
      const month = monthNumber(m[1]);
      if (!env.ref || !month) return null;
      return whole(m, formatMonth(env.ref.y + YEAR_OFFSET[m[2]], month), true);
    },
  },
];
