/**
 * The article record: the public contract of newsfacts (../shared/design/RECORD.md, schemaVersion 1).
 * A field may be added, but none renamed or removed without a new schemaVersion.
 * Offsets are JavaScript string indices (UTF-16 code units) into `text`, end exclusive.
 */
export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity';
export type Qualifier = 'more_than' | 'less_than' | 'about' | 'up_to' | 'at_least';

export interface FigureChange {
  direction: 'up' | 'down';
  from?: number;
  by?: number;
  byUnit?: string;
}

export interface Figure {
  text: string;
  span: Span;
  kind: FigureKind;
  /** after scale words: "$310 million" -> 310000000 */
  value: number;
  /** ISO 4217 for money; "%", "pp" or "bp" for percent; the noun or unit otherwise */
  unit: string | null;
  qualifier: Qualifier | null;
  /** what the figure measures: "ICT services export remittances" */
  metric: string | null;
  /** a DateMention value the figure refers to: "2024-04" */
  period: string | null;
  change: FigureChange | null;
  rule: string;
}

export interface DateMention {
  text: string;
  span: Span;
  /** "2024", "2024-04", "2024-04-15", "2024-Q2", "FY2024" */
  value: string;
  /** true when resolved against publishedAt ("last year") */
  relative: boolean;
  rule: string;
}

export interface Person {
  /** fullest form in the text, honorifics dropped */
  name: string;
  title: string | null;
  organization: string | null;
  mentions: Span[];
}

export interface Organization {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface Place {
  name: string;
  mentions: Span[];
}

export interface Quote {
  /** the quoted or reported words, without quotation marks */
  text: string;
  span: Span;
  kind: 'direct' | 'indirect';
  /** a Person.name, an Organization.name, or the phrase ("experts") */
  speaker: string | null;
  /** where the speaker is named (or the pronoun that refers to it) */
  speakerSpan: Span | null;
  /** "said", "stated", "according to" */
  cue: string | null;
  rule: string;
}

export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** stable: derived from the canonical URL (or from the content hash for files) */
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  fetchedAt: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  language: string | null;
  /** clean article body, paragraphs separated by "\n\n" */
  text: string;
  figures: Figure[];
  dates: DateMention[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  quotes: Quote[];
  warnings: string[];
  extractor: { name: 'newsfacts'; version: string };
}

/** A job that fails leaves no half record, only this. */
export interface FailureEntry {
  url: string;
  code: string;
  message: string;
  attempts: number;
  at: string;
}
