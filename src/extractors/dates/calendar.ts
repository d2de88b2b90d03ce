/** Calendar arithmetic on plain dates (no time zone, no clock): days are UTC dates. */

export interface Day { y: number; m: number; d: number }

export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const toUtc = (day: Day) => Date.UTC(day.y, day.m - 1, day.d);

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const addDays = (day: Day, n: number): Day => fromUtc(toUtc(day) + n * 86400000);
export const weekday = (day: Day): number => new Date(toUtc(day)).getUTCDay();
export const dayDiff = (a: Day, b: Day): number => Math.round((toUtc(a) - toUtc(b)) / 86400000);

/** A month offset from (y, m): shiftMonth(2024, 1, -1) is [2023, 12]. */
export function shiftMonth(y: number, m: number, by: number): [number, number] {
  const index = y * 12 + (m - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The weekday on or before `day` (past), or strictly after it (future). */
export function nearestWeekday(day: Day, target: number, future: boolean): Day {
  const delta = (target - weekday(day) + 7) % 7;
  if (future) return addDays(day, delta === 0 ? 7 : delta);
  return addDays(day, -((weekday(day) - target + 7) % 7));
}

/**
 * A day-and-month without a year: the occurrence nearest to the reference day. "Feb 29" looks up to four years
 * either way for a leap year.
 */
export function nearestYear(ref: Day, m: number, d: number): number {
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y, ref.y - 1, ref.y + 1, ref.y - 2, ref.y + 2, ref.y - 3, ref.y + 3, ref.y - 4, ref.y + 4]) {
    if (!isValidDay(y, m, d)) continue;
    const distance = Math.abs(dayDiff({ y, m, d }, ref));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The first year from the reference day's on whose (m, d) comes strictly after it ("next May 9"). */
export function yearAfter(ref: Day, m: number, d: number): number {
  for (let y = ref.y; y <= ref.y + 8; y++) if (isValidDay(y, m, d) && dayDiff({ y, m, d }, ref) > 0) return y;
  return ref.y + 1;
}

/** The last year up to the reference day's whose (m, d) comes strictly before it ("last May 9"). */
export function yearBefore(ref: Day, m: number, d: number): number {
  for (let y = ref.y; y >= ref.y - 8; y--) if (isValidDay(y, m, d) && dayDiff({ y, m, d }, ref) < 0) return y;
  return ref.y - 1;
}

/** The Monday that starts the week of `day` (weeks run Monday to Sunday, as in ISO 8601). */
export const weekStart = (day: Day): Day => addDays(day, -((weekday(day) + 6) % 7));

/** The given weekday (0 = Sunday) in the week `weeks` away from the one holding `day`: last Friday is (-1, 5). */
export const weekdayOfWeek = (day: Day, weeks: number, target: number): Day =>
  addDays(weekStart(day), weeks * 7 + ((target + 6) % 7));

/** `day` moved by whole months, the day of month kept or cut to the month's end (Jan 31 + 1 month is Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const [y, m] = shiftMonth(day.y, day.m, n);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

/**
 * The day numbered `d` that falls on weekday `target`, in the month nearest to `ref` ("Monday 21", "Sunday 31"):
 * looks three years either way; on a tie the past one.
 */
export function nearestWeekdayNumbered(ref: Day, target: number, d: number): Day | null {
  let best: Day | null = null;
  for (let by = -36; by <= 36; by++) {
    const [y, m] = shiftMonth(ref.y, ref.m, by);
    if (!isValidDay(y, m, d) || weekday({ y, m, d }) !== target) continue;
    const found = { y, m, d };
    if (!best || Math.abs(dayDiff(found, ref)) < Math.abs(dayDiff(best, ref))) best = found;
  }
  return best;
}

/** The fiscal year (named by the year it ends in) that contains `day`, for a year starting in `startMonth`. */
export function fiscalYearOf(day: Day, startMonth: number): number {
  return startMonth === 1 ? day.y : day.m >= startMonth ? day.y + 1 : day.y;
}

/** Two-digit years: "FY24" is 2024, "'99" is 1999. */
export const fullYear = (yy: number) => (yy >= 100 ? yy : yy < 70 ? 2000 + yy : 1900 + yy);

/**
 * Two-digit years of calendar days: "12/12/30" is 2030 but "03/18/40" and "born 15 April of 87" are in the 1900s.
 * A written day is more often a past day (a birth, a founding) than one decades ahead, so the pivot is 40.
 */
export const dayYear = (yy: number) => (yy >= 100 ? yy : yy < 40 ? 2000 + yy : 1900 + yy);

/** The n-th (1-based; -1 is the last) given weekday (0 = Sunday) of a month. */
export function nthWeekday(year: number, m: number, target: number, n: number): { m: number; d: number } {
  if (n > 0) {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return { m, d: 1 + ((target - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lastWeekday = new Date(Date.UTC(year, m - 1, lastDay)).getUTCDay();
  return { m, d: lastDay - ((lastWeekday - target + 7) % 7) };
}
