import { toInstant, type ParsedDate } from './date-parsing';

/**
 * A machine timestamp in UTC ("2023-11-09T02:11:03Z") for a story the newsroom dated 8 November in its own
 * zone falls on the next calendar day. When the page prints its local day (by the headline, or in the URL),
 * the same instant is re-expressed in the offset that puts it on that day: the instant is kept, so a reader
 * comparing instants loses nothing, and the calendar day becomes the one the page shows.
 */

export interface LocalDayEvidence {
  /** YYYY-MM-DD as printed on the page or in its URL */
  day: string;
  /** the time of day printed with it, if any */
  time?: { h: number; min: number };
}

const MINUTE = 60_000;
/** Offsets newsrooms use; a wider gap is not a time-zone shift. */
const MIN_OFFSET_MIN = -10 * 60;
const MAX_OFFSET_MIN = 11 * 60;
/** A printed time may be rounded ("5:49 p.m." for 17:49:09): this much slack in minutes. */
const PRINTED_SLACK_MIN = 5;

const pad = (n: number): string => String(n).padStart(2, '0');

function isUtc(parsed: ParsedDate): boolean {
  return parsed.hasTime && parsed.hasZone && /(?:Z|[+-]00:00)$/.test(parsed.iso);
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function atOffset(instant: number, offsetMin: number): ParsedDate {
  const local = new Date(instant + offsetMin * MINUTE);
  const day = local.toISOString().slice(0, 10);
  const iso = `${local.toISOString().slice(0, 19)}${formatOffset(offsetMin)}`;
  return { iso, day, hasTime: true, hasZone: true };
}

/** The offset (in minutes) implied by a printed local time, when it is one newsrooms use. */
function offsetFromPrintedTime(instant: number, evidence: LocalDayEvidence): number | null {
  if (!evidence.time) return null;
  const local = Date.parse(`${evidence.day}T${pad(evidence.time.h)}:${pad(evidence.time.min)}:00Z`);
  const diffMin = (local - instant) / MINUTE;
  const offset = Math.round(diffMin / 15) * 15;
  if (Math.abs(diffMin - offset) > PRINTED_SLACK_MIN) return null;
  if (offset < MIN_OFFSET_MIN || offset > MAX_OFFSET_MIN) return null;
  return offset;
}

/** The smallest whole-hour offset that puts the instant on the printed day. */
function offsetToReachDay(instant: number, day: string): number | null {
  const hours: number[] = [];
  for (let h = 1; h <= 11; h++) hours.push(h, -h);
  for (const h of hours) {
    const min = h * 60;
    if (min < MIN_OFFSET_MIN || min > MAX_OFFSET_MIN) continue;
    if (new Date(instant + min * MINUTE).toISOString().slice(0, 10) === day) return min;
  }
  return null;
}

/** Midnight in Europe, Moscow and the Gulf (UTC+1 to +4) is 20:00 to 23:00 UTC the day before. */
const MIDNIGHT_UTC_HOURS = [20, 21, 22, 23];

/**
 * A day entered without a time is often stored as local midnight and served in UTC: "2021-11-04T23:00:00Z" is
 * 5 November at 00:00 in Berlin. A UTC stamp at 20:00 to 23:00 sharp, to the second, is read as the next
 * day's local midnight (same instant). Any other stamp gives null: a sharp hour in daytime is as likely a
 * scheduled publication as a midnight, so only the evening hours count.
 */
export function localMidnight(parsed: ParsedDate): ParsedDate | null {
  if (!isUtc(parsed)) return null;
  const m = /T(\d{2}):(\d{2}):(\d{2})/.exec(parsed.iso);
  if (!m || m[2] !== '00' || m[3] !== '00') return null;
  const h = Number(m[1]);
  if (!MIDNIGHT_UTC_HOURS.includes(h)) return null;
  return atOffset(toInstant(parsed), (24 - h) * 60);
}

/**
 * The UTC timestamp re-expressed on the page's local day, or null when it is not a UTC timestamp, already
 * falls on that day, or no plausible offset reaches it (then the dates disagree for another reason).
 */
export function onLocalDay(parsed: ParsedDate, evidence: LocalDayEvidence, sameInstant: ParsedDate[] = []): ParsedDate | null {
  if (!isUtc(parsed) || parsed.day === evidence.day) return null;
  const instant = toInstant(parsed);
  // the page's own rendering of the same instant in its zone ("2023-11-08T21:11:03-05:00") beats a guessed offset
  const own = sameInstant.find((p) => p.hasTime && p.hasZone && p.day === evidence.day && toInstant(p) === instant);
  if (own) return own;
  const printed = offsetFromPrintedTime(instant, evidence);
  if (evidence.time) return printed === null ? null : atOffset(instant, printed);
  const reach = offsetToReachDay(instant, evidence.day);
  return reach === null ? null : atOffset(instant, reach);
}
