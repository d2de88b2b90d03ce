import { isWeekdayWord, WEEKDAY_SHORT_SOURCE, WEEKDAY_SOURCE } from '../lexicons/months';
import { formatDay, parseDay, yearAfter, yearBefore } from './calendar';
import type { DateEnv, Found } from './found';
import { COUNT_SOURCE, parseDuration, shiftDay, UNIT_SOURCE } from './rules-offset';

type Ranked = Found & { rule: string; order: number };

/**
 * Joins a day mention with the words around it that change or complete it, once the single mentions are known:
 * - "next 5/12", "last May 9": a year-less day moved to the occurrence after or before publication;
 * - "Friday 7/6", "Tue May 9", "this Friday (Jun-15)": a weekday naming the same day as the date after it;
 * - "3 days after January 12th", "two weeks from tomorrow", "2 weeks before Christmas": a count from a day.
 */
export function compose(found: Ranked[], env: DateEnv): Ranked[] {
  let out = [...found].sort((a, b) => a.start - b.start);
  const replace = (old: Ranked, next: Ranked) => {
    out = out.filter((c) => c === old || c.end <= next.start || c.start >= next.end);
    out[out.indexOf(old)] = next;
  };
  for (const c of [...out]) {
    if (!out.includes(c)) continue; // already joined into a longer mention
    let current = c;
    if (!/^\d{4}-\d\d-\d\d$/.test(current.value)) continue;
    const moved = movedYearless(current, env);
    if (moved) replace(current, (current = moved));
    const joined = withWeekday(current, env, out);
    if (joined) replace(current, (current = joined));
    const counted = countedFrom(current, env);
    if (counted) replace(current, counted);
  }
  out.sort((a, b) => a.start - b.start);
  orderRanges(out, env);
  return out;
}

const RANGE_BETWEEN = /^\s*(?:to|till|until|through|and|[-–])\s*$/i;

/**
 * "from July 1 to March 15", "between December 20 and January 5, 2026": a range runs forward, so a first day
 * written without its year is the last such day on or before the second one, not the one nearest publication.
 */
function orderRanges(out: Ranked[], env: DateEnv): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (!a.yearless || !RANGE_BETWEEN.test(env.text.slice(a.end, b.start))) continue;
    const end = parseDay(b.value);
    if (!end || !/^\d{4}-\d\d-\d\d$/.test(b.value)) continue;
    const { m, d } = a.yearless;
    const y = m < end.m || (m === end.m && d <= end.d) ? end.y : end.y - 1;
    const value = formatDay({ y, m, d });
    if (value !== a.value) out[i] = { ...a, value };
  }
}

const BEFORE = 60;
const textBefore = (env: DateEnv, c: Found) => env.text.slice(Math.max(0, c.start - BEFORE), c.start);
/** The text offset of `index` in `before`, the text that ends where `c` starts. */
const startOf = (c: Found, before: string, index: number) => c.start - before.length + index;

function movedYearless(c: Ranked, env: DateEnv): Ranked | null {
  if (!c.yearless || !env.ref) return null;
  const before = textBefore(env, c);
  const m = /\b(this|next|last)\s+$/i.exec(before);
  if (!m) return null;
  const { m: month, d } = c.yearless;
  const which = m[1].toLowerCase();
  const y = which === 'next' ? yearAfter(env.ref, month, d) : which === 'last' ? yearBefore(env.ref, month, d) : env.ref.y;
  return { ...c, start: startOf(c, before, m.index), value: formatDay({ y, m: month, d }), rule: `${c.rule}+${which}` };
}

const WEEKDAY_BEFORE = new RegExp(
  `\\b(?:(?:this|next|last|coming|upcoming)\\s+)?(${WEEKDAY_SOURCE}|${WEEKDAY_SHORT_SOURCE}\\.?)(\\s*,\\s*|\\s*\\(\\s*|\\s*[-–]\\s*|\\s+)$`,
  'i',
);

function withWeekday(c: Ranked, env: DateEnv, all: Ranked[]): Ranked | null {
  if (c.rule.startsWith('weekday') || c.rule === 'week-then-weekday') return null;
  const before = textBefore(env, c);
  if (!/(?:day|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?[\s,(–-]*$/i.test(before)) return null; // cheap test first
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m || !isWeekdayWord(m[1])) return null; // "He sat 4 October" names no Saturday
  let start = startOf(c, before, m.index);
  // the weekday may already be a mention that starts earlier ("on Friday")
  for (const other of all) if (other !== c && other.start < start && other.end > start) start = other.start;
  const closes = m[2].includes('(') && /^\s*\)/.exec(env.text.slice(c.end));
  return { ...c, start, end: closes ? c.end + closes[0].length : c.end, rule: `weekday+${c.rule}` };
}

const COUNT_BEFORE = new RegExp(
  `(?:^|[^\\w-])(?:(\\w+)\\s+)?(${COUNT_SOURCE}\\s+${UNIT_SOURCE}(?:\\s*,?\\s*(?:and\\s+)?${COUNT_SOURCE}\\s+${UNIT_SOURCE})*)\\s+(from|after|before)\\s+$`,
  'i',
);
// "the 10 days from June 1 to June 10", "for two weeks after Christmas": a stretch of time, not a day
const SPAN_WORDS = new Set(['the', 'first', 'last', 'next', 'past', 'over', 'for', 'within', 'during', 'those', 'these']);

function countedFrom(c: Ranked, env: DateEnv): Ranked | null {
  const before = textBefore(env, c);
  if (!/\b(?:from|after|before)\s+$/i.test(before)) return null; // cheap test first
  const m = COUNT_BEFORE.exec(before);
  const anchor = parseDay(c.value);
  if (!m || !anchor) return null;
  if (m[1] && SPAN_WORDS.has(m[1].toLowerCase())) return null;
  if (/^\s*(?:to|through|till|until|[-–])\s/i.test(env.text.slice(c.end, c.end + 12))) return null;
  const duration = parseDuration(m[2]);
  if (!duration) return null;
  const landed = shiftDay(anchor, duration, m[3].toLowerCase() === 'before' ? -1 : 1);
  const start = startOf(c, before, m.index + m[0].lastIndexOf(m[2]));
  return { ...c, start, value: formatDay(landed), relative: true, rule: `count-from-${c.rule}` };
}
