/** Month and weekday names as written in English news, with their numbers (month 1-12, weekday 0 = Sunday). */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** Regex source for a month name; longest alternatives first so "Sept" wins over "Sep". */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/**
 * Regex source for a month name and its abbreviation dot: "Jan." and "Sept." keep their dot, but "in June." ends
 * a sentence and the dot is no part of the date.
 */
export const MONTH_WITH_DOT_SOURCE = `(${MONTH_SOURCE})(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.)?`;

/** Full weekday names only: "Sun", "Sat" and "Wed" are too often other words in running text. */
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Short weekday names, read only right before a day or a date ("Tue May 9", "Sat 14th"), never alone. */
export const WEEKDAY_SHORT_SOURCE = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)';

/**
 * A weekday as written: a full name in any case ("monday"), a short one only with its capital ("Sat 14th",
 * "Wed, Oct 8"), since "sat", "wed" and "sun" are everyday words.
 */
export function isWeekdayWord(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  if (new RegExp(`^${WEEKDAY_SOURCE}$`, 'i').test(bare)) return true;
  return /^[A-Z]/.test(bare) && new RegExp(`^${WEEKDAY_SHORT_SOURCE}$`, 'i').test(bare);
}

/** The weekday number (0 = Sunday) of a full or short name, any case, with or without a final dot. */
export function weekdayNumber(name: string): number | undefined {
  return WEEKDAYS[name.toLowerCase().replace(/\.$/, '')];
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}
