import { monthNumber, ORDINAL_WORDS, WEEKDAYS } from '../lexicons/months';
import {
  addDays, dayYear, fiscalYearOf, formatDay, formatMonth, fullYear, isValidDay, nearestYear, shiftMonth,
  type Day,
} from './calendar';
import {
  HABITUAL_CUE, hasFutureCue, sentenceText, MONTH_PREPOSITIONS_FOR_MAY, startsSentence, TIME_PREPOSITIONS, wordAfter, wordsBefore,
  YEAR_DOCUMENT_NOUNS, YEAR_NAME_NOUNS_ALLOWED,
} from './context-cues';
import { blocked, day, whole, type DateEnv, type DateRule } from './found';
import { HOLIDAY_RULES } from './rules-holiday';
import { MONTH_PHRASE_RULES } from './rules-month-phrases';
import { OFFSET_RULES } from './rules-offset';
import { SPOKEN_RULES } from './rules-spoken';
import { WEEKDAY_RULES } from './rules-weekday';
import { YEARLESS_RULES } from './rules-yearless';
import { P } from './patterns';

export type { DateEnv, DateRule, Found } from './found';

const fy = (year: number) => `FY${year}`;
const FISCAL_QUARTER_TAIL = /^\s+(?:of|in)\s+(?:the\s+)?(?:(?:current|last|previous|next|this|same|ongoing)\s+)?(?:fiscal|financial|FY|(?:19|20)\d\d\s?[-–/]\s?\d{2}\b)/i;

/** A two-part year label: "2023-24" and "2023-2024" end in 2024; null unless the second follows the first. */
function endYear(first: number, second: string): number | null {
  const end = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  return end === first + 1 ? end : null;
}


/** A year is part of a name when a capitalised word that is no time word stands right before it ("Vision 2025"). */
function yearInName(env: DateEnv, start: number, end: number): boolean {
  const before = env.text.slice(Math.max(0, start - 2), start);
  const prev = wordsBefore(env.text, start, 1)[0];
  const sentenceStart = env.sentenceStart(start);
  if (prev && /\s$/.test(before) && /^[A-Z]/.test(prev) && !startsSentence(env.text, sentenceStart, start - prev.length - 1)) {
    const lower = prev.toLowerCase();
    if (!TIME_PREPOSITIONS.has(lower) && monthNumber(lower) === undefined && !(lower in WEEKDAYS)) return true;
  }
  if (/[-–]$/.test(before) && /[A-Za-z]-$/.test(env.text.slice(Math.max(0, start - 2), start))) return true; // "COVID-2019"
  const next = wordAfter(env.text, end);
  if (next && YEAR_DOCUMENT_NOUNS.has(next.toLowerCase()) && /^(?:the|its|their|a)$/i.test(prev ?? '')) return true;
  if (next && /^[A-Z]/.test(next) && !YEAR_NAME_NOUNS_ALLOWED.has(next.toLowerCase()) && monthNumber(next) === undefined) {
    // "the 2002 Power Policy", "PESA 2025 Awards"; "In 2023 Pakistan ..." keeps its year
    const lowerPrev = prev?.toLowerCase();
    if (!lowerPrev || !TIME_PREPOSITIONS.has(lowerPrev) || lowerPrev === 'the') return true;
  }
  return false;
}

const RELATIVE_OFFSET: Record<string, number> = {
  this: 0, current: 0, 'the current': 0, last: -1, previous: -1, 'the previous': -1, 'the last': -1,
  next: 1, coming: 1, 'the coming': 1,
};

const DURATION_PREPOSITIONS = new Set(['over', 'in', 'during', 'for', 'within', 'throughout', 'across', 'through', 'since']);

const FISCAL_OFFSET: Record<string, number> = {
  current: 0, this: 0, ongoing: 0, outgoing: 0, last: -1, previous: -1, past: -1, next: 1, upcoming: 1, coming: 1, new: 1,
};

function weekMonth(ref: Day, offsetWeeks: number): string {
  const d = addDays(ref, offsetWeeks * 7);
  return formatMonth(d.y, d.m);
}

// "20161016", "2016 10 16", "2016-10-16": year, month and day as numbers in the first three groups
const numericYearMonthDay = (m: RegExpExecArray) => {
  const value = day(Number(m[1]), Number(m[2]), Number(m[3]));
  return value ? whole(m, value) : null;
};

export const DATE_RULES: DateRule[] = [
  {
    name: 'fiscal-year-ending',
    pattern: P.fiscalEnding,
    parse: (m) => {
      const year = Number(m[3] ?? m[6] ?? m[8]);
      return { ...whole(m, fy(year)), keepsInner: true };
    },
  },
  {
    name: 'fiscal-year-label',
    pattern: P.fyLabel,
    parse: (m) => {
      const first = fullYear(Number(m[1]));
      if (!m[2]) return whole(m, fy(first));
      const end = endYear(first, m[2].length === 4 ? m[2] : String(m[2]));
      return end ? whole(m, fy(end)) : null;
    },
  },
  {
    name: 'fiscal-year-named',
    pattern: P.fiscalNamed,
    parse: (m) => {
      const first = Number(m[1]);
      if (!m[2]) return whole(m, fy(first));
      const end = endYear(first, m[2]);
      return end ? whole(m, fy(end)) : null;
    },
  },
  {
    name: 'fiscal-year-relative',
    pattern: P.fiscalRelative,
    parse: (m, env) => {
      const offset = FISCAL_OFFSET[m[1].toLowerCase()];
      if (!env.ref || offset === undefined) return null;
      return whole(m, fy(fiscalYearOf(env.ref, env.fiscalStart === 1 ? 7 : env.fiscalStart) + offset), true);
    },
  },
  {
    name: 'year-pair',
    pattern: P.yearPair,
    parse: (m, env) => {
      const first = Number(m[1]);
      const secondStart = m.index + m[0].length - m[2].length;
      if (yearInName(env, m.index, m.index + m[0].length)) return null;
      const cue = /\b(?:fiscal|financial|FY|budget|budgetary)\b[^.;]{0,20}$/i.test(env.text.slice(Math.max(0, m.index - 30), m.index));
      const end = endYear(first, m[2]);
      // "2022-23" is a fiscal year where the fiscal year is not the calendar year; "2016-2017" two years
      if (end && (m[2].length === 2 || cue) && (env.fiscalStart !== 1 || cue)) return whole(m, fy(end));
      const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (second <= first || second - first > 50) return null;
      return [
        { start: m.index, end: m.index + 4, value: String(first), relative: false },
        { start: secondStart, end: secondStart + m[2].length, value: String(second), relative: false },
      ];
    },
  },
  {
    name: 'quarter',
    pattern: P.quarterWords,
    parse: (m, env) => {
      const word = m[1].toLowerCase();
      // "the first quarter of FY26", "the second quarter of the current fiscal year": where the fiscal year is not
      // the calendar year, a fiscal quarter has no calendar-quarter value (its fiscal year is found on its own)
      if (!m[2] && !m[3] && env.fiscalStart !== 1 && FISCAL_QUARTER_TAIL.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      if (m[2]) return word === 'last' ? null : whole(m, `${m[2]}-Q${ORDINAL_WORDS[word]}`);
      if (!env.ref) return null;
      const current = Math.floor((env.ref.m - 1) / 3) + 1;
      const yearWord = m[3]?.toLowerCase();
      const year = env.ref.y + (yearWord === 'next' ? 1 : yearWord === 'last' ? -1 : 0);
      if (word === 'last') {
        return current === 1 ? whole(m, `${env.ref.y - 1}-Q4`, true) : whole(m, `${env.ref.y}-Q${current - 1}`, true);
      }
      return whole(m, `${year}-Q${ORDINAL_WORDS[word]}`, true);
    },
  },
  {
    name: 'quarter-code',
    pattern: P.quarterCode,
    parse: (m, env) => {
      if (m[3]) return null; // fiscal quarters ("Q2FY24") have no calendar value of their own
      if (m[2]) return whole(m, `${m[2]}-Q${m[1]}`);
      return env.ref ? whole(m, `${env.ref.y}-Q${m[1]}`, true) : null;
    },
  },
  {
    name: 'half-year',
    pattern: P.halfYear,
    parse: (m, env) => {
      const half = /first|initial/i.test(m[1]) ? 'H1' : 'H2';
      if (m[3]) return whole(m, `${m[3]}-${half}`);
      if (!env.ref) return null;
      const offset = m[4]?.toLowerCase() === 'last' ? -1 : 0;
      return whole(m, `${env.ref.y + offset}-${half}`, true);
    },
  },
  { name: 'half-year-code', pattern: P.halfCode, parse: (m) => whole(m, `${m[2]}-${m[1].toUpperCase()}`) },
  {
    name: 'months-of-year',
    pattern: P.monthsOfYear,
    parse: (m, env) => (m[1] ? whole(m, m[1]) : env.ref ? whole(m, String(env.ref.y), true) : null),
  },
  // before the single-date rules, so that a range's day wins the tie with the same words read alone
  ...MONTH_PHRASE_RULES,
  {
    name: 'month-day-year',
    pattern: P.monthDayYear,
    parse: (m) => {
      const value = day(Number(m[3]), monthNumber(m[1]), Number(m[2]));
      // "Feb 30 2019" is no day, and its "2019" no year of its own either
      return value ? whole(m, value) : Number(m[2]) <= 31 ? blocked(m) : null;
    },
  },
  {
    name: 'day-month-year',
    pattern: P.dayMonthYear,
    parse: (m) => {
      const value = day(Number(m[3]), monthNumber(m[2]), Number(m[1]));
      return value ? whole(m, value) : Number(m[1]) <= 31 ? blocked(m) : null;
    },
  },
  {
    name: 'month-year-day',
    pattern: P.monthYearDay,
    parse: (m) => {
      const value = day(Number(m[3]), monthNumber(m[1]), Number(m[4]));
      return value ? whole(m, value) : null;
    },
  },
  {
    name: 'day-year-month',
    pattern: P.dayYearMonth,
    parse: (m) => {
      const value = day(Number(m[3]), monthNumber(m[4]), Number(m[1]));
      return value ? whole(m, value) : null;
    },
  },
  {
    name: 'compact-day',
    pattern: P.compactDay,
    parse: numericYearMonthDay,
  },
  {
    name: 'spaced-day',
    pattern: P.spacedDay,
    parse: numericYearMonthDay,
  },
  {
    name: 'iso-day',
    pattern: P.isoDay,
    parse: numericYearMonthDay,
  },
  {
    name: 'year-month-day',
    pattern: P.yearMonthDay,
    parse: (m) => {
      const value = m[1] ? day(Number(m[1]), monthNumber(m[2]), Number(m[3])) : day(Number(m[4]), monthNumber(m[6]), Number(m[5]));
      return value ? whole(m, value) : null;
    },
  },
  {
    name: 'numeric-day',
    pattern: P.numericDay,
    parse: (m, env) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = m[4].length === 2 ? dayYear(Number(m[4])) : Number(m[4]);
      if (m[2] === '.' && m[4].length === 2) return null; // "1.2.30" is a version more often than a date
      const dayFirst = a > 12 ? true : b > 12 ? false : env.dayFirst;
      const value = dayFirst ? day(y, b, a) : day(y, a, b);
      return value ? whole(m, value) : null;
    },
  },
  {
    name: 'month-day',
    pattern: P.monthDay,
    parse: (m, env) => {
      const month = monthNumber(m[1]);
      const d = Number(m[2]);
      if (!env.ref || !month || !isValidDay(2000, month, d)) return null;
      if (/^may$/i.test(m[1]) && !/^[A-Z]/.test(m[1])) return null;
      return { ...whole(m, formatDay({ y: nearestYear(env.ref, month, d), m: month, d }), true), yearless: { m: month, d } };
    },
  },
  {
    name: 'day-month',
    pattern: P.dayMonth,
    parse: (m, env) => {
      if (/[\d.,$£€₹]$/.test(env.text.slice(Math.max(0, m.index - 1), m.index))) return null;
      const month = monthNumber(m[2]);
      const d = ORDINAL_WORDS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
      if (!env.ref || !month || !isValidDay(2000, month, d)) return null;
      if (/^may$/i.test(m[2]) && !/^[A-Z]/.test(m[2])) return null;
      return { ...whole(m, formatDay({ y: nearestYear(env.ref, month, d), m: month, d }), true), yearless: { m: month, d } };
    },
  },
  {
    name: 'month-year',
    pattern: P.monthYear,
    parse: (m) => {
      const month = monthNumber(m[1]);
      if (!month || (/^may$/i.test(m[1]) && !/^[A-Z]/.test(m[1]))) return null;
      return whole(m, formatMonth(Number(m[2]), month));
    },
  },
  {
    name: 'month',
    pattern: P.month,
    parse: (m, env) => {
      const month = monthNumber(m[1]);
      if (!env.ref || !month || m[1].length < 4 && m[1] !== 'May' || /^Sept?$/.test(m[1])) return null;
      const prev = wordsBefore(env.text, m.index, 1)[0]?.toLowerCase();
      const sentenceStart = env.sentenceStart(m.index);
      if (m[1] === 'May' && (!prev || !MONTH_PREPOSITIONS_FOR_MAY.has(prev) || startsSentence(env.text, sentenceStart, m.index))) return null;
      const prevWord = wordsBefore(env.text, m.index, 1)[0];
      const glued = !/\s$/.test(env.text.slice(Math.max(0, m.index - 1), m.index));
      if (prevWord && !glued && /^[A-Z]/.test(prevWord) && !startsSentence(env.text, sentenceStart, m.index - prevWord.length - 1)) {
        const lower = prevWord.toLowerCase();
        if (!TIME_PREPOSITIONS.has(lower) && monthNumber(lower) === undefined) return null; // "Aurat March"
      }
      if (HABITUAL_CUE.test(sentenceText(env.text, sentenceStart, m.index))) return null;
      const future = hasFutureCue(env.text, sentenceStart, m.index);
      const { y: ry, m: rm } = env.ref;
      const year = future ? (month >= rm ? ry : ry + 1) : month <= rm ? ry : ry - 1;
      return whole(m, formatMonth(year, month), true);
    },
  },
  {
    name: 'day-word',
    pattern: P.dayWords,
    parse: (m, env) => {
      if (!env.ref) return null;
      const prev = wordsBefore(env.text, m.index, 1)[0];
      if (prev && /^[A-Z]/.test(prev) && /^[A-Z]/.test(m[0]) && !startsSentence(env.text, env.sentenceStart(m.index), m.index)) return null; // "USA Today"
      const word = (m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ');
      const offset = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'before yesterday': -2, 'after tomorrow': 2 }[word] ?? 0;
      return whole(m, formatDay(addDays(env.ref, offset)), true);
    },
  },
  {
    name: 'relative-period',
    pattern: P.relativePeriod,
    parse: (m, env) => {
      if (!env.ref) return null;
      const which = m[1].toLowerCase().replace(/\s+/g, ' ');
      const offset = RELATIVE_OFFSET[which];
      if (offset === undefined) return null;
      if (which.startsWith('the ') && /^\s+of\b/.test(env.text.slice(m.index + m[0].length))) return null; // "the last week of June"
      // "over the last year", "in the last month": the stretch of time up to publication, not a calendar year
      const prev = wordsBefore(env.text, m.index, 1)[0]?.toLowerCase();
      if (which === 'the last' && prev && DURATION_PREPOSITIONS.has(prev)) return null;
      const unit = m[2].toLowerCase();
      if (unit === 'year') return whole(m, String(env.ref.y + offset), true);
      if (unit === 'month') {
        const [y, mo] = shiftMonth(env.ref.y, env.ref.m, offset);
        return whole(m, formatMonth(y, mo), true);
      }
      return whole(m, weekMonth(env.ref, offset), true);
    },
  },
  {
    name: 'year',
    pattern: P.year,
    parse: (m, env) => {
      if (yearInName(env, m.index, m.index + m[0].length)) return null;
      const next = wordAfter(env.text, m.index + m[0].length)?.toLowerCase();
      // "2000 farmers", "1,500 MW": a number before a counted noun or unit is a figure, not a year
      if (next && /^(?:people|persons|workers|farmers|students|units|tonnes|tons|mw|kg|km|families|houses|acres|hectares|rupees|dollars|million|billion|crore|lakh|percent|employees|jobs|members|officials|cases|deaths|children|women|men|vehicles|schools|villages)$/.test(next)) return null;
      return whole(m, m[1]);
    },
  },
  ...WEEKDAY_RULES,
  ...YEARLESS_RULES,
  ...SPOKEN_RULES,
  ...HOLIDAY_RULES,
  ...OFFSET_RULES,
];
