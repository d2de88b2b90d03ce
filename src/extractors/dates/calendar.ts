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

/** A day-and-month without a year: the occurrence nearest to the reference day. */
export function nearestYear(ref: Day, m: number, d: number): number {
  let best = ref.y;
  let bestDistance = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (!isValidDay(y, m, Math.min(d, 28))) continue;
    const distance = Math.abs(dayDiff({ y, m, d: Math.min(d, 28) }, ref));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The fiscal year (named by the year it ends in) that contains `day`, for a year starting in `startMonth`. */
export function fiscalYearOf(day: Day, startMonth: number): number {
  return startMonth === 1 ? day.y : day.m >= startMonth ? day.y + 1 : day.y;
}

/** Two-digit years: "FY24" is 2024, "'99" is 1999. */
export const fullYear = (yy: number) => (yy >= 100 ? yy : yy < 70 ? 2000 + yy : 1900 + yy);
