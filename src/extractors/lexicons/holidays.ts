import { nthWeekday } from '../dates/calendar';

/**
 * Holidays that news dates events by ("on Christmas Day", "Easter 2018", "ahead of Eid al-Fitr"), with the day
 * each falls on in a given year. Fixed-day holidays carry their month and day; movable ones a rule; Islamic
 * holidays follow the lunar calendar and come from a table.
 */

export interface MonthDay { m: number; d: number }

export interface Holiday {
  /** regex source of the names, matched case-insensitively */
  names: string;
  /** the day in `year`, or null when unknown (a lunar holiday outside the table) */
  on(year: number, country: string | null): MonthDay | null;
  /** a name that says "day" ("Earth Day") is a date by itself; "Christmas" or "Easter" needs a cue ("on", a year) */
  standsAlone: boolean;
}

const fixed = (m: number, d: number) => () => ({ m, d });

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): MonthDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

function shifted(base: MonthDay, year: number, days: number): MonthDay {
  const date = new Date(Date.UTC(year, base.m - 1, base.d + days));
  return { m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}


// Eid al-Fitr and Eid al-Adha as first announced in Saudi Arabia; Pakistan and Bangladesh often keep them a day later.
const EID_AL_FITR: Record<number, string> = {
  2015: '07-17', 2016: '07-06', 2017: '06-25', 2018: '06-15', 2019: '06-04', 2020: '05-24', 2021: '05-13',
  2022: '05-02', 2023: '04-21', 2024: '04-10', 2025: '03-30', 2026: '03-20',
};
const EID_AL_ADHA: Record<number, string> = {
  2015: '09-24', 2016: '09-12', 2017: '09-01', 2018: '08-21', 2019: '08-11', 2020: '07-31', 2021: '07-20',
  2022: '07-09', 2023: '06-28', 2024: '06-16', 2025: '06-06', 2026: '05-27',
};

const fromTable = (table: Record<number, string>) => (year: number): MonthDay | null => {
  const md = table[year];
  return md ? { m: Number(md.slice(0, 2)), d: Number(md.slice(3)) } : null;
};

// Independence Day differs by country; an article with no country cue is read as American (the phrase is
// most often the US holiday in English text without other cues).
const INDEPENDENCE_DAY: Record<string, MonthDay> = {
  US: { m: 7, d: 4 }, PK: { m: 8, d: 14 }, IN: { m: 8, d: 15 }, BD: { m: 3, d: 26 }, LK: { m: 2, d: 4 },
};

export const HOLIDAYS: Holiday[] = [
  { names: "new\\s+year(?:'s|s)?\\s+day", on: fixed(1, 1), standsAlone: true },
  { names: 'new\\s+year', on: fixed(1, 1), standsAlone: false },
  { names: "new\\s+year(?:'s|s)?\\s+eve", on: fixed(12, 31), standsAlone: true },
  { names: 'christmas\\s+eve', on: fixed(12, 24), standsAlone: true },
  { names: 'christmas\\s+day', on: fixed(12, 25), standsAlone: true },
  { names: 'christmas|xmas', on: fixed(12, 25), standsAlone: false },
  { names: 'boxing\\s+day', on: fixed(12, 26), standsAlone: true },
  { names: "valentine(?:'s|s)?\\s+day", on: fixed(2, 14), standsAlone: true },
  { names: "(?:saint|st\\.?)\\s+patrick(?:'s|s)?\\s+day", on: fixed(3, 17), standsAlone: true },
  { names: "(?:saint|st\\.?)\\s+patrick(?:'s|s)?", on: fixed(3, 17), standsAlone: false },
  { names: 'earth\\s+day', on: fixed(4, 22), standsAlone: true },
  { names: "(?:international\\s+)?workers'?\\s+day", on: fixed(5, 1), standsAlone: true },
  { names: 'halloween', on: fixed(10, 31), standsAlone: false },
  { names: 'pakistan\\s+day', on: fixed(3, 23), standsAlone: true },
  { names: 'kashmir\\s+solidarity\\s+day', on: fixed(2, 5), standsAlone: true },
  { names: 'iqbal\\s+day', on: fixed(11, 9), standsAlone: true },
  { names: "(?:international\\s+)?mother\\s+language\\s+day|language\\s+martyrs'?\\s+day", on: fixed(2, 21), standsAlone: true },
  { names: "(?:international\\s+)?women(?:'s|s)?\\s+day", on: fixed(3, 8), standsAlone: true },
  { names: 'defen[cs]e\\s+day', on: (_y, country) => (country === 'PK' ? { m: 9, d: 6 } : null), standsAlone: true },
  { names: 'victory\\s+day', on: (_y, country) => (country === 'BD' ? { m: 12, d: 16 } : null), standsAlone: true },
  { names: 'republic\\s+day', on: (_y, country) => ({ IN: { m: 1, d: 26 }, PK: { m: 3, d: 23 } } as Record<string, MonthDay>)[country ?? ''] ?? null, standsAlone: true },
  { names: 'independence\\s+day', on: (_y, country) => INDEPENDENCE_DAY[country ?? 'US'] ?? null, standsAlone: true },
  { names: 'easter\\s+sunday', on: (year) => easterSunday(year), standsAlone: true },
  { names: 'easter', on: (year) => easterSunday(year), standsAlone: false },
  { names: 'easter\\s+monday', on: (year) => shifted(easterSunday(year), year, 1), standsAlone: true },
  { names: 'good\\s+friday', on: (year) => shifted(easterSunday(year), year, -2), standsAlone: true },
  { names: 'thanksgiving\\s+day', on: (year) => nthWeekday(year, 11, 4, 4), standsAlone: true },
  { names: 'thanksgiving', on: (year) => nthWeekday(year, 11, 4, 4), standsAlone: false },
  { names: 'black\\s+friday', on: (year) => shifted(nthWeekday(year, 11, 4, 4), year, 1), standsAlone: true },
  { names: 'cyber\\s+monday', on: (year) => shifted(nthWeekday(year, 11, 4, 4), year, 4), standsAlone: true },
  { names: "mother(?:'s|s)?\\s+day", on: (year) => nthWeekday(year, 5, 0, 2), standsAlone: true },
  { names: "father(?:'s|s)?\\s+day", on: (year) => nthWeekday(year, 6, 0, 3), standsAlone: true },
  // the US and Canada keep Labor Day on the first Monday of September; most other countries on 1 May
  { names: 'labou?r\\s+day', on: (year, country) => (country === 'US' ? nthWeekday(year, 9, 1, 1) : { m: 5, d: 1 }), standsAlone: true },
  { names: 'memorial\\s+day', on: (year) => nthWeekday(year, 5, 1, -1), standsAlone: true },
  { names: 'martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|mlk\\s+day', on: (year) => nthWeekday(year, 1, 1, 3), standsAlone: true },
  // "Eid al-Fitr", "Eid-ul-Fitr", "Eidul Fitr", "Eid ul Azha" (the South Asian spellings)
  { names: 'eid[-\\s]?(?:al|ul|el)[-\\s]?fitr', on: fromTable(EID_AL_FITR), standsAlone: true },
  { names: 'eid[-\\s]?(?:al|ul|el)[-\\s]?(?:adha|azha|zuha)', on: fromTable(EID_AL_ADHA), standsAlone: true },
];
