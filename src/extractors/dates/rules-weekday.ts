import { DAY_WORDS_SOURCE, parseDayWords } from '../lexicons/date-words';
import {
  isWeekdayWord, monthNumber, MONTH_WITH_DOT_SOURCE, ORDINAL_WORDS, WEEKDAY_SHORT_SOURCE, WEEKDAY_SOURCE, weekdayNumber,
} from '../lexicons/months';
import {
  addDays, dayDiff, formatDay, isValidDay, nearestWeekday, nearestWeekdayNumbered, nthWeekday, shiftMonth, weekdayOfWeek, type Day,
} from './calendar';
import { hasFutureCue, startsSentence, wordsBefore } from './context-cues';
import { whole, type DateEnv, type DateRule } from './found';

/**
 * Weekdays resolved against the publication day. "on Monday" is the latest Monday on or before it unless the
 * sentence speaks of the future (GUIDELINES.md); "last Friday" and "next Friday" name the Friday of the week
 * (Monday to Sunday) before or after this one, so "next Friday" written on a Thursday is eight days ahead, not
 * tomorrow, which the writer would call "on Friday" or "tomorrow"; "this past Friday" and "this coming Friday"
 * are the nearest one before or after.
 */

const ANY_WEEKDAY = `(?:${WEEKDAY_SOURCE}|${WEEKDAY_SHORT_SOURCE}\\.?)`;
const WEEK_WORD = '(this|next|last|previous|following|coming)';
const WEEK_OFFSET: Record<string, number> = { this: 0, next: 1, following: 1, coming: 1, last: -1, previous: -1 };
const MONTH_OFFSET: Record<string, number> = { this: 0, next: 1, following: 1, last: -1, previous: -1 };

const PATTERNS = {
  // "on Monday", "last Friday", "this coming Tuesday", "Monday (15)" (Sri Lankan papers put the day in brackets)
  weekday: new RegExp(
    `\\b(?:(on|this\\s+past|this\\s+coming|this\\s+upcoming|last|next|this|previous|past|coming|upcoming|following)\\s+)?(${WEEKDAY_SOURCE})(?!s\\b)(?:\\s*\\((\\d{1,2})\\))?`,
    'gi',
  ),
  // "Monday 21", "Sat 14th", "Tuesday the eleventh", "Wednesday the 31st"
  weekdayNumbered: new RegExp(
    `\\b(?:on\\s+)?(${ANY_WEEKDAY}),?\\s+(?:(the)\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|${DAY_WORDS_SOURCE})(?![\\w%]|[.,:/-]\\d)`,
    'gi',
  ),
  // "Tuesday of next week", "Monday of the following week"
  weekdayOfWeek: new RegExp(`\\b(?:on\\s+)?(${ANY_WEEKDAY})\\s+of\\s+(?:the\\s+)?${WEEK_WORD}\\s+week\\b(?!['’]s)`, 'gi'),
  // "next week Wednesday", "this week Monday", "previous week - Monday", "next week on Tuesday"
  // "Tuesday next week", "on Friday last week"
  weekdayThenWeek: new RegExp(`\\b(?:on\\s+)?(${ANY_WEEKDAY})\\s+${WEEK_WORD}\\s+week\\b(?!['’]s)`, 'gi'),
  // "the first Friday of July", "the last Monday in March 2024", "the second Monday of next month"
  nthWeekdayOfMonth: new RegExp(
    `\\b(?:the\\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_SOURCE})\\s+(?:of|in)\\s+(?:(?:the\\s+)?(this|next|last|previous|following)\\s+month|${MONTH_WITH_DOT_SOURCE}(?![a-z])(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?)`,
    'gi',
  ),
  weekThenWeekday: new RegExp(`\\b${WEEK_WORD}\\s+week(?:\\s*[-–,]\\s*|\\s+on\\s+|\\s+)(${ANY_WEEKDAY})(?![a-z])`, 'gi'),
};

// after "Monday 21" these words still leave the number a day ("Monday 21 at noon"); any other word makes it a
// count ("on Monday 21 people were hurt")
const AFTER_DAY_NUMBER = new Set(['at', 'in', 'and', 'or', 'to', 'till', 'until', 'from', 'for', 'with', 'this', 'next', 'is', 'was', 'will']);

function resolveWeekday(env: DateEnv & { ref: Day }, index: number, prefix: string | undefined, target: number): Day {
  const which = prefix?.toLowerCase().replace(/\s+/g, ' ');
  if (which && which in WEEK_OFFSET && which !== 'coming') return weekdayOfWeek(env.ref, WEEK_OFFSET[which], target);
  if (which === 'past' || which === 'this past') return nearestWeekday(addDays(env.ref, -1), target, false);
  if (which === 'coming' || which === 'upcoming' || which === 'this coming' || which === 'this upcoming') {
    return nearestWeekday(env.ref, target, true);
  }
  return nearestWeekday(env.ref, target, hasFutureCue(env.text, env.sentenceStart(index), index));
}

const withRef = (env: DateEnv): env is DateEnv & { ref: Day } => env.ref !== null;

// "Tuesday of last week", "next week on Wednesday": the weekday (group 1) of the week named by group 2
const weekdayOfNamedWeek: DateRule['parse'] = (m, env) =>
  env.ref && isWeekdayWord(m[1])
    ? whole(m, formatDay(weekdayOfWeek(env.ref, WEEK_OFFSET[m[2].toLowerCase()], weekdayNumber(m[1])!)), true)
    : null;

export const WEEKDAY_RULES: DateRule[] = [
  {
    name: 'weekday',
    pattern: PATTERNS.weekday,
    parse: (m, env) => {
      if (!withRef(env)) return null;
      const target = weekdayNumber(m[2])!;
      // "Following Monday's debate" is "after Monday's debate": only "following Monday" alone is next week's
      const possessive = /^['’]s\b/.test(env.text.slice(m.index + m[0].length));
      const preposition = possessive && /^following$/i.test(m[1] ?? '');
      const prefix = m[1]?.toLowerCase() === 'on' || preposition ? undefined : m[1];
      let found = resolveWeekday(env, m.index, prefix, target);
      if (m[3] && found.d !== Number(m[3])) {
        // "Monday (15)": the Monday that is the 15th, when one falls within a week of the publication day
        const numbered = nearestWeekdayNumbered(env.ref, target, Number(m[3]));
        if (numbered && Math.abs(dayDiff(numbered, env.ref)) <= 7) found = numbered;
      }
      const start = preposition ? m.index + m[0].indexOf(m[2]) : m.index;
      return { start, end: m.index + m[0].length, value: formatDay(found), relative: true };
    },
  },
  {
    name: 'weekday-numbered',
    pattern: PATTERNS.weekdayNumbered,
    parse: (m, env) => {
      if (!withRef(env)) return null;
      const prev = wordsBefore(env.text, m.index, 1)[0];
      // "Super Tuesday 2" is a name; a capitalised word before the weekday that does not open the sentence says so
      if (prev && /^[A-Z]/.test(prev) && !/^on$/i.test(prev) && !startsSentence(env.text, env.sentenceStart(m.index), m.index - prev.length - 1)) return null;
      const words = !/^\d/.test(m[3]);
      if (words && !m[2]) return null; // "Tuesday eleven" is no date; "Tuesday the eleventh" is
      const d = words ? parseDayWords(m[3]) : parseInt(m[3], 10);
      const next = /^\s+([a-z]+)/.exec(env.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
      if (!d || (next && !AFTER_DAY_NUMBER.has(next))) return null;
      if (!isWeekdayWord(m[1])) return null; // "the panel sat 14 times"
      const found = nearestWeekdayNumbered(env.ref, weekdayNumber(m[1])!, d);
      return found ? whole(m, formatDay(found), true) : null;
    },
  },
  {
    name: 'weekday-of-week',
    pattern: PATTERNS.weekdayOfWeek,
    requires: /\bweek\b/i,
    parse: weekdayOfNamedWeek,
  },
  {
    name: 'weekday-then-week',
    pattern: PATTERNS.weekdayThenWeek,
    requires: /\bweek\b/i,
    parse: weekdayOfNamedWeek,
  },
  {
    name: 'nth-weekday-of-month',
    pattern: PATTERNS.nthWeekdayOfMonth,
    parse: (m, env) => {
      const n = m[1].toLowerCase() === 'last' ? -1 : ORDINAL_WORDS[m[1].toLowerCase()];
      const target = weekdayNumber(m[2])!;
      let y: number;
      let month: number;
      if (m[4] && m[5]) [y, month] = [Number(m[5]), monthNumber(m[4])!];
      else if (!env.ref) return null;
      else if (m[4]) {
        month = monthNumber(m[4])!;
        if (/^(?:may|march)$/.test(m[4])) return null; // verbs in lower case
        y = env.ref.y + (month - env.ref.m > 6 ? -1 : env.ref.m - month > 6 ? 1 : 0); // the nearest such month
      } else [y, month] = shiftMonth(env.ref.y, env.ref.m, MONTH_OFFSET[m[3].toLowerCase()]);
      const found = nthWeekday(y, month, target, n);
      if (!isValidDay(y, found.m, found.d)) return null; // "the fifth Sunday" of a month that has four
      return whole(m, formatDay({ y, ...found }), !m[5]);
    },
  },
  {
    name: 'week-then-weekday',
    pattern: PATTERNS.weekThenWeekday,
    requires: /\bweek\b/i,
    parse: (m, env) =>
      env.ref && isWeekdayWord(m[2])
        ? whole(m, formatDay(weekdayOfWeek(env.ref, WEEK_OFFSET[m[1].toLowerCase()], weekdayNumber(m[2])!)), true)
        : null,
  },
];
