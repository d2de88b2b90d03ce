import { NUMBER_WORDS_SOURCE, parseNumberWords } from '../lexicons/number-words';
import { addDays, addMonths, formatDay, formatMonth, type Day } from './calendar';
import type { DateEnv, DateRule, Found } from './found';

/**
 * Dates counted from the publication day: "two weeks ago", "in 3 days", "in a fortnight's time", "two months
 * from now". A count of days or weeks names a day; a count of months or years names the month or year, at the
 * precision written (the news-gold reading of "a year ago" is the year, GUIDELINES.md).
 */

export const COUNT_SOURCE = `(?:\\d{1,3}|an?|${NUMBER_WORDS_SOURCE})`;
export const UNIT_SOURCE = '(?:day|week|fortnight|month|year)s?';

const PATTERNS = {
  // "two weeks ago", "1 month and 21 days ago": found by "ago", the count read backwards from it (COUNTS_BEFORE)
  ago: /\bago\b/gi,
  // "in two weeks", "in a fortnight" (read as a date only when the sentence looks ahead, see parse)
  inDuration: new RegExp(`\\bin\\s+(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\b`, 'gi'),
  fromNow: new RegExp(`\\b(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+(?:from\\s+now|hence)\\b`, 'gi'),
};

// the counts right before "ago": "two weeks", "1 month and 21 days"; the last unit written sets the precision
const COUNTS_BEFORE = new RegExp(
  `(?<![\\w-])((?:${COUNT_SOURCE}\\s+${UNIT_SOURCE}\\s*,?\\s*(?:and\\s+)?)*)(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\s+$`,
  'i',
);

// "will leave in two weeks", "is due in 3 days": without such a cue "rose 50% in two years" is a duration
const LOOKS_AHEAD = /\b(?:will|shall|going\s+to|plans?\s+to|planned\s+to|(?:is|are)\s+(?:due|expected|set|scheduled|slated|planned)|would)\b|['’]ll\b/i;

/**
 * True when the sentence looks ahead before "in two weeks": a future cue, with no perfect or negation between it
 * and the phrase ("She'll wear the dress she hasn't worn in six months" is a stretch of time).
 */
function looksAhead(before: string): boolean {
  const cue = LOOKS_AHEAD.exec(before);
  return cue !== null && !/\b(?:has|had|not|never)\b|n['’]t\b|\bhave\s+\w+(?:ed|en)\b/i.test(before.slice(cue.index + cue[0].length));
}

export interface Duration { days: number; months: number }

/** "two weeks" -> 14 days, "3 months" -> 3 months, "2 years 1 month 21 days" -> 25 months and 21 days; null if unreadable. */
export function parseDuration(text: string): Duration | null {
  const parts = [...text.matchAll(new RegExp(`(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})`, 'gi'))];
  if (!parts.length) return null;
  const total: Duration = { days: 0, months: 0 };
  for (const [, countWritten, unitWritten] of parts) {
    const n = /^\d/.test(countWritten) ? Number(countWritten) : /^an?$/i.test(countWritten) ? 1 : parseNumberWords(countWritten);
    if (n === null || !Number.isInteger(n)) return null;
    const unit = unitWritten.toLowerCase().replace(/s$/, '');
    if (unit === 'day') total.days += n;
    else if (unit === 'week') total.days += 7 * n;
    else if (unit === 'fortnight') total.days += 14 * n;
    else if (unit === 'month') total.months += n;
    else total.months += 12 * n;
  }
  return total;
}

/** `from` moved by `sign` times the duration, as a day. */
export function shiftDay(from: Day, duration: Duration, sign: 1 | -1): Day {
  return addDays(addMonths(from, sign * duration.months), sign * duration.days);
}

/** A count from the publication day at the unit's precision: a day, or the month or year it lands in. */
function counted(env: DateEnv, start: number, end: number, sign: 1 | -1, written: string, lastUnit: string): Found | null {
  const duration = env.ref ? parseDuration(written) : null;
  if (!env.ref || !duration) return null;
  const landed = shiftDay(env.ref, duration, sign);
  const unit = lastUnit.toLowerCase().replace(/s$/, '');
  const value = unit === 'year' ? String(landed.y) : unit === 'month' ? formatMonth(landed.y, landed.m) : formatDay(landed);
  return { start, end, value, relative: true };
}

export const OFFSET_RULES: DateRule[] = [
  {
    name: 'ago',
    pattern: PATTERNS.ago,
    parse: (m, env) => {
      const before = env.text.slice(Math.max(0, m.index - 80), m.index);
      const counts = COUNTS_BEFORE.exec(before);
      if (!counts) return null;
      const start = m.index - before.length + counts.index;
      return counted(env, start, m.index + m[0].length, -1, `${counts[1]} ${counts[2]} ${counts[3]}`, counts[3]);
    },
  },
  { name: 'from-now', pattern: PATTERNS.fromNow, requires: /\b(?:from\s+now|hence)\b/i, parse: (m, env) => counted(env, m.index, m.index + m[0].length, 1, `${m[1]} ${m[2]}`, m[2]) },
  {
    name: 'in-duration',
    pattern: PATTERNS.inDuration,
    parse: (m, env) => {
      const end = m.index + m[0].length;
      const timeAfter = /^(?:['’]s|s['’])?\s+time\b/i.test(env.text.slice(end, end + 10));
      if (!timeAfter && !looksAhead(env.text.slice(env.sentenceStart(m.index), m.index))) return null;
      return counted(env, m.index, end, 1, `${m[1]} ${m[2]}`, m[2]);
    },
  },
];
