/**
 * Turns the date strings pages print (ISO 8601, RFC 2822, "June 29, 2024", "29.06.2024", "29 juin 2024", epoch
 * seconds in data attributes) into ISO 8601: "2024-06-29" for a day only, "2024-06-29T10:15:00+05:00" when a
 * time is given, the zone kept as printed (no zone -> local time without offset). Pure: no clock.
 */

export interface ParsedDate {
  /** ISO 8601 output */
  iso: string;
  /** YYYY-MM-DD */
  day: string;
  /** true when a time of day was given */
  hasTime: boolean;
  /** true when an offset or Z was given */
  hasZone: boolean;
}

/** Month names and abbreviations in the languages of the news we see (lower case, without trailing dot). */
const MONTH_WORDS: Record<string, number> = {};
const MONTH_LISTS: string[][] = [
  // English
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // German
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jänner', 'feber', 'maerz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dez'],
  // French
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'déc'],
  // Spanish
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'setiembre', 'oct', 'nov', 'dic'],
  // Italian
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  // Portuguese
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  // Dutch
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  // Danish, Norwegian, Swedish
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  // Polish (genitive, as in dates)
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  // Czech (genitive)
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  // Turkish
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  // Indonesian / Malay
  ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  // Russian and Ukrainian (genitive)
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  // Arabic (Egyptian and Gulf names, with and without hamza, as news sites print them)
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيه', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر'],
  ['يناير', 'فبراير', 'مارس', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
];
for (const list of MONTH_LISTS) list.forEach((word, i) => (MONTH_WORDS[word] ??= i + 1));

const MONTH_ALTERNATION = Object.keys(MONTH_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const RE = {
  // 2024-06-29, 2024-06-29T10:15, 2024-06-29 10:15:00.123+05:00, 2024-06-29T10:15:00Z, 20240629T101500Z
  iso: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}(?!\d)|UTC|GMT)?)?/i,
  compactIso: /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/,
  // 2024/06/29 or 2024.06.29
  ymdSlash: /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/,
  // 29.06.2024, 29/06/2024, 29-06-2024 (day first, as most of the world prints it), 06/29/2024 when day > 12
  dmy: /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/,
  // 28.01.22: day, month and a two-digit year, dots only (slashes are too often fractions or versions)
  dmyShort: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|\.\d)/,
  // 2020年7月12日 (Chinese, Japanese) and 2020년 7월 12일 (Korean)
  cjk: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/,
  // 29 June 2024, 29. Juni 2024, 29 de junio de 2024, 29 czerwca 2024
  dayMonthYear: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?(?:\\s+de)?\\s+(${MONTH_ALTERNATION})\\.?,?(?:\\s+de)?\\s+(\\d{4})(?!\\d)`, 'iu'),
  // June 29, 2024; Jun. 29th 2024
  monthDayYear: new RegExp(`(?<![\\p{L}])(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
  // time after a date: 10:15, 10:15:00, 10.15 Uhr, 3:45 pm, with an optional zone
  time: /(?:^|[\sT,|à-]+)(?:at\s+|um\s+|à\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT(?:[+-]\d{1,2}(?::?\d{2})?)?)?/i,
  rfc2822: /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|Z)?/,
  epoch: /^\d{10}(?:\d{3})?$/,
  // Java's Date.toString(), which some CMSs put in JSON-LD: "Tue Jul 30 09:35:14 CEST 2019"
  javaDate: /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([A-Z]{1,5})\s+(\d{4})$/,
};

/** Zone abbreviations Java and servers print, as offsets (only the common unambiguous ones). */
const ZONE_NAMES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z', WET: '+00:00', WEST: '+01:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', JST: '+09:00', KST: '+09:00',
};

const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function normalizeZone(zone: string | undefined): string | null {
  if (!zone) return null;
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'UTC' || z === 'GMT') return z === 'Z' ? 'Z' : '+00:00';
  const gmt = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (gmt) return `${gmt[1]}${pad(Number(gmt[2]))}:${gmt[3] ?? '00'}`;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function build(y: number, m: number, d: number, time?: { h: number; min: number; s: number; zone: string | null }): ParsedDate | null {
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (!time || time.h > 23 || time.min > 59 || time.s > 59) return { iso: day, day, hasTime: false, hasZone: false };
  const iso = `${day}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${time.zone ?? ''}`;
  return { iso, day, hasTime: true, hasZone: time.zone !== null };
}

function monthNumber(word: string): number | undefined {
  return MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')];
}

/** A time of day printed after the date (the text from the date's end on). */
function trailingTime(rest: string): { h: number; min: number; s: number; zone: string | null } | undefined {
  const t = RE.time.exec(rest.slice(0, 40));
  if (!t || t.index > 12) return undefined;
  let h = Number(t[1]);
  const meridiem = t[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  return { h, min: Number(t[2]), s: Number(t[3] ?? 0), zone: normalizeZone(t[5]) };
}

function fromEpoch(raw: string): ParsedDate | null {
  const ms = raw.length === 13 ? Number(raw) : Number(raw) * 1000;
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return build(y, date.getUTCMonth() + 1, date.getUTCDate(), {
    h: date.getUTCHours(),
    min: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
    zone: 'Z',
  });
}

/** Strict: the whole value is a machine date (meta content, JSON-LD, datetime attributes). */
export function parseMachineDate(raw: string | null | undefined): ParsedDate | null {
  if (!raw) return null;
  const s = raw.trim();
  if (RE.epoch.test(s)) return fromEpoch(s);
  const iso = RE.iso.exec(s);
  if (iso) {
    const time = iso[4] !== undefined ? { h: Number(iso[4]), min: Number(iso[5]), s: Number(iso[6] ?? 0), zone: normalizeZone(iso[7]) } : undefined;
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time);
  }
  const compact = RE.compactIso.exec(s);
  if (compact) {
    const time = compact[4] !== undefined ? { h: Number(compact[4]), min: Number(compact[5]), s: Number(compact[6] ?? 0), zone: normalizeZone(compact[7]) } : undefined;
    return build(Number(compact[1]), Number(compact[2]), Number(compact[3]), time);
  }
  const java = RE.javaDate.exec(s);
  if (java) {
    const m = monthNumber(java[1]);
    const zone = ZONE_NAMES[java[6]] ?? null;
    if (m) return build(Number(java[7]), m, Number(java[2]), { h: Number(java[3]), min: Number(java[4]), s: Number(java[5] ?? 0), zone });
  }
  const rfc = RE.rfc2822.exec(s);
  if (rfc) {
    const m = monthNumber(rfc[2]);
    if (m) return build(Number(rfc[3]), m, Number(rfc[1]), { h: Number(rfc[4]), min: Number(rfc[5]), s: Number(rfc[6] ?? 0), zone: normalizeZone(rfc[7]) });
  }
  return parseTextDate(s);
}

/** A date found in printed text, with where it stands. */
export interface TextDateMatch {
  index: number;
  end: number;
  parsed: ParsedDate;
}

/** Two-digit years ("28.01.22") as German and French sites print them: 95-99 are 1990s, the rest 2000s. */
function fullYear(yy: number): number {
  return yy >= 95 ? 1900 + yy : 2000 + yy;
}

/**
 * Every date printed in a short text, in order, each with the time of day printed after it. Overlapping
 * matches keep the earliest, longest one (so "29.06.2024" is not also read as "29.06.20").
 */
export function findTextDates(raw: string | null | undefined): TextDateMatch[] {
  if (!raw) return [];
  const s = raw.replace(/\s+/g, ' ');
  const found: { index: number; end: number; y: number; m: number; d: number }[] = [];
  const each = (re: RegExp, read: (m: RegExpExecArray) => { y: number; m: number | undefined; d: number } | null) => {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(s); m; m = g.exec(s)) {
      const v = read(m);
      if (v && v.m) found.push({ index: m.index, end: m.index + m[0].length, y: v.y, m: v.m, d: v.d });
    }
  };
  each(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => ({ y: +m[1], m: +m[2], d: +m[3] }));
  each(RE.ymdSlash, (m) => ({ y: +m[1], m: +m[2], d: +m[3] }));
  each(RE.dmy, (m) => {
    let d = +m[1];
    let mo = +m[2];
    // 06/29/2024 can only be month first
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    return { y: +m[3], m: mo, d };
  });
  each(RE.dmyShort, (m) => ({ y: fullYear(+m[3]), m: +m[2], d: +m[1] }));
  each(RE.dayMonthYear, (m) => ({ y: +m[3], m: monthNumber(m[2]), d: +m[1] }));
  each(RE.monthDayYear, (m) => ({ y: +m[3], m: monthNumber(m[1]), d: +m[2] }));
  each(RE.cjk, (m) => ({ y: +m[1], m: +m[2], d: +m[3] }));
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: TextDateMatch[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.index < reached) continue;
    const parsed = build(f.y, f.m, f.d, trailingTime(s.slice(f.end)));
    if (!parsed) continue;
    out.push({ index: f.index, end: f.end, parsed });
    reached = f.end;
  }
  return out;
}

/** Lenient: finds the first date printed somewhere in a short text ("Published 29 June 2024, 10:15"). */
export function parseTextDate(raw: string | null | undefined): ParsedDate | null {
  return findTextDates(raw)[0]?.parsed ?? null;
}

/** Milliseconds since the epoch for comparison; a date without zone is read as UTC (good to a day). */
export function toInstant(parsed: ParsedDate): number {
  if (!parsed.hasTime) return Date.parse(parsed.day + 'T00:00:00Z');
  return Date.parse(parsed.hasZone ? parsed.iso : parsed.iso + 'Z');
}

/** The easternmost zone (UTC+14): the latest a calendar day can be anywhere at a given instant. */
const EARLIEST_ZONE_MS = 14 * 3600_000;

/**
 * True when `parsed` lies after `fetchedAt` wherever the page and the fetcher are. Both with zones: by
 * instant. A fetch time without a zone (a crawler's local clock) could be up to 14 hours behind the page's
 * zone, and a date without a zone may be printed in a zone up to 14 hours ahead of UTC: those comparisons
 * allow that much, so a story dated the next day in Taipei or Tokyo is not refused as from the future.
 */
export function isAfter(parsed: ParsedDate, fetchedAt: string | null): boolean {
  if (!fetchedAt) return false;
  const fetched = parseMachineDate(fetchedAt);
  if (!fetched) return false;
  if (parsed.hasTime && parsed.hasZone && fetched.hasTime && fetched.hasZone) return toInstant(parsed) > toInstant(fetched);
  if (!fetched.hasTime) return parsed.day > fetched.day;
  const latest = toInstant(fetched) + EARLIEST_ZONE_MS;
  if (parsed.hasTime && parsed.hasZone) return toInstant(parsed) > latest;
  return parsed.day > new Date(latest).toISOString().slice(0, 10);
}
