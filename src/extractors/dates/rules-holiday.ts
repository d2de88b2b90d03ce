import { HOLIDAYS, type Holiday, type MonthDay } from '../lexicons/holidays';
import { dayDiff, formatDay, type Day } from './calendar';
import { hasFutureCue, wordsBefore } from './context-cues';
import type { DateEnv, DateRule, Found } from './found';

/**
 * Holidays as dates: "Easter 2018", "Independence Day of this year", "next Easter", "on Christmas Day". A year
 * given picks that year's day; "next" / "last" the first one after or before publication; otherwise the nearest.
 */

const WHICH = '(this|next|last|previous|following|coming|upcoming)';
const YEAR = '((?:1[89]|20)\\d\\d)';

const PAST_AUXILIARY = /\b(?:was|were|had|did)\b/i;

// a holiday that does not say "day" is a date only after one of these ("on Christmas", "before Easter")
const HOLIDAY_CUES = new Set(['on', 'before', 'after', 'since', 'until', 'till', 'by', 'around', 'over', 'from']);

function holidayPattern(h: Holiday): RegExp {
  const names = h.names.replace(/'/g, "['’]");
  return new RegExp(
    `\\b(?:${WHICH}\\s+)?(?:${names})(?![\\w'’])(?:\\s*,?\\s*(?:of\\s+)?(?:${YEAR}\\b|(?:the\\s+)?(this|next|last)\\s+year\\b))?`,
    'gi',
  );
}

const at = (y: number, md: MonthDay | null): Day | null => (md ? { y, ...md } : null);

function pick(h: Holiday, env: DateEnv & { ref: Day }, which: string | undefined, index: number): Day | null {
  const ref = env.ref;
  const around = [ref.y - 1, ref.y, ref.y + 1].map((y) => at(y, h.on(y, env.country))).filter((d): d is Day => d !== null);
  if (which === 'this') return at(ref.y, h.on(ref.y, env.country));
  if (which === 'last' || which === 'previous') return around.filter((d) => dayDiff(d, ref) < 0).pop() ?? null;
  if (which) return around.find((d) => dayDiff(d, ref) > 0) ?? null;
  // "will close on Christmas Day" is the next one, "were held on Eid" the last one; otherwise the nearest
  const before = env.text.slice(env.sentenceStart(index), index);
  if (hasFutureCue(env.text, env.sentenceStart(index), index)) return around.find((d) => dayDiff(d, ref) >= 0) ?? null;
  if (PAST_AUXILIARY.test(before)) return around.filter((d) => dayDiff(d, ref) <= 0).pop() ?? null;
  let best: Day | null = null;
  for (const d of around) if (!best || Math.abs(dayDiff(d, ref)) < Math.abs(dayDiff(best, ref))) best = d;
  return best;
}

function parseHoliday(h: Holiday, m: RegExpExecArray, env: DateEnv): Found | null {
  const which = m[1]?.toLowerCase();
  const end = m.index + m[0].length;
  if (m[2]) {
    const day = at(Number(m[2]), h.on(Number(m[2]), env.country));
    return day ? { start: m.index, end, value: formatDay(day), relative: false } : null;
  }
  if (!env.ref) return null;
  if (m[3]) {
    const y = env.ref.y + ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[3].toLowerCase()];
    const day = at(y, h.on(y, env.country));
    return day ? { start: m.index, end, value: formatDay(day), relative: true } : null;
  }
  if (!which && !h.standsAlone) {
    const words = wordsBefore(env.text, m.index, 2).map((w) => w.toLowerCase());
    if (!HOLIDAY_CUES.has(words[0]) && !(words[0] === 'of' && words[1] === 'ahead')) return null;
  }
  const day = pick(h, env as DateEnv & { ref: Day }, which, m.index);
  return day ? { start: m.index, end, value: formatDay(day), relative: true } : null;
}

export const HOLIDAY_RULES: DateRule[] = HOLIDAYS.map((h) => ({
  name: 'holiday',
  pattern: holidayPattern(h),
  requires: new RegExp(h.names.replace(/'/g, "['’]"), 'i'),
  parse: (m, env) => parseHoliday(h, m, env),
}));
