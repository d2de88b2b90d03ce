import { DAY_WORDS_SOURCE, parseDayWords, parseYearWords, YEAR_WORDS_SOURCE } from '../lexicons/date-words';
import { MONTH_WITH_DOT_SOURCE, monthNumber } from '../lexicons/months';
import { dayYear, formatDay, isValidDay } from './calendar';
import type { DateEnv, DateRule, Found } from './found';
import { yearlessDay } from './rules-yearless';

/**
 * Dates with the day or the year in words or in two digits: "May twenty nine", "the fourth of July, 1995",
 * "twenty five January nineteen eighty six", "13 Sept nineteen seventy two", "15 April of 87".
 */

const M = MONTH_WITH_DOT_SOURCE;
// a year after the day and month: four digits, words, "'87", or "of 87"
const YEAR_TAIL = `(?:(?:\\s*,\\s*|\\s+)(?:(?:of|in)\\s+)?((?:1[89]|20)\\d\\d|${YEAR_WORDS_SOURCE}|['’]\\d\\d)|\\s+of\\s+(\\d\\d))(?![\\w'’])`;
const DIGIT_DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const PATTERNS = {
  // "May twenty nine", "February twenty second", "January first two thousand and thirty two"
  monthDayWords: new RegExp(`\\b${M}\\s+(?:the\\s+)?(${DAY_WORDS_SOURCE})(?![\\w-])(?:${YEAR_TAIL})?`, 'gi'),
  // "fourth of July 1995", "the twenty second of March", "fifteen August nineteen hundred ninety three"
  dayWordsMonth: new RegExp(`\\b(?:the\\s+)?(${DAY_WORDS_SOURCE})\\s+(?:of\\s+)?${M}(?![a-z])(?:${YEAR_TAIL})?`, 'gi'),
  // "13 Sept nineteen seventy two", "15 April of 87", "6th of April '33"
  dayMonthSpokenYear: new RegExp(`\\b${DIGIT_DAY}\\s+(?:of\\s+)?${M}(?![a-z])${YEAR_TAIL}`, 'gi'),
  // "March 3 nineteen ninety", "April 15 '87"
  monthDaySpokenYear: new RegExp(`\\b${M}\\s+${DIGIT_DAY}${YEAR_TAIL}`, 'gi'),
};

function tailYear(written: string | undefined, twoDigits: string | undefined): number | null {
  if (twoDigits) return dayYear(Number(twoDigits));
  if (!written) return null;
  if (/^['’]\d\d$/.test(written)) return dayYear(Number(written.slice(1)));
  if (/^\d{4}$/.test(written)) return Number(written);
  return parseYearWords(written);
}

/** One spoken date: an explicit year gives a plain day, none the nearest such day around publication. */
function spoken(env: DateEnv, m: RegExpExecArray, monthName: string, dayWritten: string, year: string | undefined, twoDigits: string | undefined): Found | null {
  const month = monthNumber(monthName);
  // "may" and "march" in lower case are verbs ("the protesters march first")
  if (!month || (/^(?:may|march)$/.test(monthName))) return null;
  // "in March.\n\nThe second is": a date stays on one line
  if (m[0].includes('\n')) return null;
  const d = /^\d/.test(dayWritten) ? parseInt(dayWritten, 10) : parseDayWords(dayWritten);
  if (!d) return null;
  const end = m.index + m[0].length;
  const y = tailYear(year, twoDigits);
  if (y !== null) return isValidDay(y, month, d) ? { start: m.index, end, value: formatDay({ y, m: month, d }), relative: false } : null;
  return yearlessDay(env, m.index, end, month, d);
}

export const SPOKEN_RULES: DateRule[] = [
  { name: 'month-day-words', pattern: PATTERNS.monthDayWords, parse: (m, env) => spoken(env, m, m[1], m[2], m[3], m[4]) },
  { name: 'day-words-month', pattern: PATTERNS.dayWordsMonth, parse: (m, env) => spoken(env, m, m[2], m[1], m[3], m[4]) },
  { name: 'day-month-spoken-year', pattern: PATTERNS.dayMonthSpokenYear, parse: (m, env) => spoken(env, m, m[2], m[1], m[3], m[4]) },
  { name: 'month-day-spoken-year', pattern: PATTERNS.monthDaySpokenYear, parse: (m, env) => spoken(env, m, m[1], m[2], m[3], m[4]) },
];
