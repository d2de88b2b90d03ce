import { DAY_WORDS_SOURCE, parseDayWords } from '../lexicons/date-words';
import { isWeekdayWord, MONTH_WITH_DOT_SOURCE, monthNumber } from '../lexicons/months';
import { dayDiff, formatDay, isValidDay, nearestYear, shiftMonth, type Day } from './calendar';
import { hasFutureCue, startsSentence, wordsBefore } from './context-cues';
import { blocked, type DateEnv, type DateRule, type Found } from './found';

/**
 * Days written without a year ("5/12", "on the 18th", "the 15th day of next month", "18 and 19 June"), resolved
 * to the nearest such day around the publication day, `relative: true`.
 */

const ORDINAL_DAY = `(\\d{1,2}(?:st|nd|rd|th)|${DAY_WORDS_SOURCE})`;
const M = MONTH_WITH_DOT_SOURCE;

const PATTERNS = {
  // "on 22/04", "by 5/12", "Friday 7.6", "on 7-6"
  numeric: /(?<![\w/.,:$£€₹-])(\d{1,2})([/.-])(\d{1,2})(?![\w%]|[/.,:-]\d)/g,
  // "on the 18th", "by the 4th", "the 21st of this month"; not "on the 18th floor"
  dayOnly: /\b(?:on|by|until|till|since|from|before|after|around|for)\s+(the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:of\s+)?(this|next|last)\s+month)?)(?![\w%])(?!\s+(?!(?:at|and|or|in)\b)[a-z\d])/gi,
  // "20th of next month", "the 31st of this month"
  dayOfRelativeMonth: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the\s+)?(this|next|last|previous|following)\s+month\b/gi,
  // "the 15th day of next month", "the twenty third day of September"
  dayOfMonth: new RegExp(`\\b(?:the\\s+)?${ORDINAL_DAY}\\s+day\\s+of\\s+(?:(?:the\\s+)?(this|next|last|following)\\s+month|${M}(?![a-z]))`, 'gi'),
  // "18" in "18 and 19 June": the day before a list that ends in a day and month
  listedDay: new RegExp(`(?<![\\w$£€₹.,])(\\d{1,2})(?:st|nd|rd|th)?(?=(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*\\s*(?:,|and|&|or)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?![a-z])(?:\\s*,?\\s*((?:1[89]|20)\\d\\d)\\b)?)`, 'gi'),
};

// words before a bare "5/12" that make it a day; not "by" or "from" ("cut by 1/3", "from 1/3 to 1/2" are fractions)
const SLASH_CUES = new Set(['on', 'until', 'till', 'since', 'before', 'after', 'dated', 'this', 'next', 'last']);
// "5.12" and "7-6" are numbers or scores ("raised by 3.5 metres") unless "on" or a weekday comes first
const DOT_CUES = new Set(['on', 'this', 'next']);
const REFERENCE_WORDS = new Set(['no', 'nos', 'number', 'section', 'sections', 'article', 'articles', 'clause', 'rule', 'rules', 'fir', 'case', 'ref', 'code', 'para', 'paragraph', 'order']);

export function yearlessDay(env: DateEnv, start: number, end: number, m: number, d: number): Found | null {
  if (!env.ref || !isValidDay(2000, m, d)) return null; // 2000 was a leap year: "Feb 29" stands
  return { start, end, value: formatDay({ y: nearestYear(env.ref, m, d), m, d }), relative: true, yearless: { m, d } };
}

/**
 * "on the 18th" without a month: the latest 18th on or before the reference day, or the first one on or after it
 * when the sentence looks ahead ("will meet on the 18th"), as for weekdays.
 */
function monthDayAround(ref: Day, d: number, future: boolean): Day | null {
  for (const by of future ? [0, 1, 2] : [0, -1, -2]) {
    const [y, m] = shiftMonth(ref.y, ref.m, by);
    if (isValidDay(y, m, d) && (future ? dayDiff({ y, m, d }, ref) >= 0 : dayDiff({ y, m, d }, ref) <= 0)) return { y, m, d };
  }
  return null;
}

const dayNumber = (written: string) => (/^\d/.test(written) ? parseInt(written, 10) : parseDayWords(written));
const MONTH_OFFSET: Record<string, number> = { this: 0, next: 1, following: 1, last: -1, previous: -1 };

export const YEARLESS_RULES: DateRule[] = [
  {
    name: 'numeric-day-no-year',
    pattern: PATTERNS.numeric,
    parse: (m, env) => {
      const prev = wordsBefore(env.text, m.index, 1)[0]?.replace(/[.,]$/, '');
      // "Section 16/2", "FIR No. 14/12": numbers of laws and cases, not days
      if (prev && REFERENCE_WORDS.has(prev.toLowerCase())) return null;
      const cues = m[2] === '/' ? SLASH_CUES : DOT_CUES;
      const cued = prev !== undefined && (cues.has(prev.toLowerCase()) || isWeekdayWord(prev));
      // a "2/29" opening a sentence can be a date ("2/29 is a leap day"), but "3/4 of" is a fraction
      if (m[2] !== '/' && !cued) return null;
      const atStart = startsSentence(env.text, env.sentenceStart(m.index), m.index);
      // "22/04" and "4/22" cannot be everyday fractions (a day above 12, or a zero-padded part); "1/3" can
      const dateShaped = m[2] === '/' && (Number(m[1]) > 12 || Number(m[3]) > 12 || /^0/.test(m[1]) || /^0/.test(m[3]));
      if (!cued && !atStart && !dateShaped) return null;
      // "24/7" is round the clock and "9/11" the 2001 attacks, not a day of this year
      if (/^\s*(?:of|th)\b/i.test(env.text.slice(m.index + m[0].length)) || m[0] === '24/7' || m[0] === '9/11') return null;
      const a = Number(m[1]);
      const b = Number(m[3]);
      const dayFirst = a > 12 ? true : b > 12 ? false : env.dayFirst;
      return dayFirst ? yearlessDay(env, m.index, m.index + m[0].length, b, a) : yearlessDay(env, m.index, m.index + m[0].length, a, b);
    },
  },
  {
    name: 'day-only',
    pattern: PATTERNS.dayOnly,
    parse: (m, env) => {
      if (!env.ref) return null;
      const d = Number(m[2]);
      const start = m.index + m[0].length - m[1].length;
      if (!d) return null;
      if (m[3]) {
        const [y, mo] = shiftMonth(env.ref.y, env.ref.m, MONTH_OFFSET[m[3].toLowerCase()]);
        return isValidDay(y, mo, d) ? { start, end: m.index + m[0].length, value: formatDay({ y, m: mo, d }), relative: true } : null;
      }
      // "by the 30th" (a deadline) and "booked for the 28th" look ahead like "will ... on the 28th"
      const future = /^(?:by|for)\b/i.test(m[0]) || hasFutureCue(env.text, env.sentenceStart(m.index), m.index);
      const found = monthDayAround(env.ref, d, future);
      return found ? { start, end: m.index + m[0].length, value: formatDay(found), relative: true } : null;
    },
  },
  {
    name: 'day-of-relative-month',
    pattern: PATTERNS.dayOfRelativeMonth,
    parse: (m, env) => {
      if (!env.ref) return null;
      const d = Number(m[1]);
      const [y, mo] = shiftMonth(env.ref.y, env.ref.m, MONTH_OFFSET[m[2].toLowerCase()]);
      // "the 31st of this month" in November is no day, and hides its "this month" too
      if (!isValidDay(y, mo, d)) return d <= 31 ? blocked(m) : null;
      return { start: m.index, end: m.index + m[0].length, value: formatDay({ y, m: mo, d }), relative: true };
    },
  },
  {
    name: 'day-of-month',
    pattern: PATTERNS.dayOfMonth,
    parse: (m, env) => {
      const d = dayNumber(m[1]);
      if (!env.ref || !d) return null;
      if (m[3]) {
        const month = monthNumber(m[3]);
        return month ? yearlessDay(env, m.index, m.index + m[0].length, month, d) : null;
      }
      const [y, mo] = shiftMonth(env.ref.y, env.ref.m, MONTH_OFFSET[m[2].toLowerCase()]);
      return isValidDay(y, mo, d) ? { start: m.index, end: m.index + m[0].length, value: formatDay({ y, m: mo, d }), relative: true } : null;
    },
  },
  {
    name: 'listed-day',
    pattern: PATTERNS.listedDay,
    parse: (m, env) => {
      const month = monthNumber(m[2]);
      if (!month || (/^may$/i.test(m[2]) && !/^[A-Z]/.test(m[2]))) return null;
      if (m[3]) return isValidDay(Number(m[3]), month, Number(m[1])) ? { start: m.index, end: m.index + m[0].length, value: formatDay({ y: Number(m[3]), m: month, d: Number(m[1]) }), relative: false } : null;
      return yearlessDay(env, m.index, m.index + m[0].length, month, Number(m[1]));
    },
  },
];
