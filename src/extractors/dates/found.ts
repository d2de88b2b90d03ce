import { formatDay, isValidDay, type Day } from './calendar';

/** What a rule knows about the article: the publication day (null: relative dates are skipped), conventions. */
export interface DateEnv {
  text: string;
  ref: Day | null;
  /** first month of the fiscal year: 7 in Pakistan (July-June), 1 where it is the calendar year */
  fiscalStart: number;
  /** "05/04/2024" is 5 April (South Asian, British) unless the article is American */
  dayFirst: boolean;
  /** the article's country code ("PK", "US", ...), null when nothing tells; holidays such as Independence Day depend on it */
  country: string | null;
  /** start of the sentence holding `index` */
  sentenceStart(index: number): number;
}

export interface Found {
  start: number;
  end: number;
  value: string;
  relative: boolean;
  /** "the fiscal year ending June 30, 2026" lets the day inside it stand as its own mention */
  keepsInner?: boolean;
  /** a day written without its year ("May 9", "5/12"): "next May 9" may move it to another year */
  yearless?: { m: number; d: number };
  /** an impossible date ("Feb 30 2019"): it wins its span so that no part of it is read as a date, then is dropped */
  blocked?: boolean;
}

export interface DateRule {
  name: string;
  pattern: RegExp;
  /** a cheap test the text must pass before `pattern` runs (a holiday's name, "ago"): most articles have neither */
  requires?: RegExp;
  parse(m: RegExpExecArray, env: DateEnv): Found[] | Found | null;
}

export const whole = (m: RegExpExecArray, value: string, relative = false): Found => ({
  start: m.index, end: m.index + m[0].length, value, relative,
});

/** The whole match as an impossible date: it hides its parts and yields no mention. */
export const blocked = (m: RegExpExecArray): Found => ({ ...whole(m, ''), blocked: true });

/** "2024-04-15" for a valid day, else null. */
export function day(y: number, m: number | undefined, d: number): string | null {
  return m && isValidDay(y, m, d) ? formatDay({ y, m, d }) : null;
}
