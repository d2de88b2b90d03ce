import type { PageDocument } from '../article/document';
import { articleObjects, storyObjects } from './json-ld';
import { isAfter, parseMachineDate, parseTextDate, type ParsedDate } from './date-parsing';
import { headerDates } from './header-date';
import { pageTextDates } from './page-text-date';
import { localMidnight, onLocalDay, type LocalDayEvidence } from './date-zone';
import {
  GENERIC_DATE_META,
  MODIFIED_HINT,
  MODIFIED_JSON_LD,
  MODIFIED_META,
  NOT_PUBLISHED_HINT,
  PUBLISHED_HINT,
  PUBLISHED_JSON_LD,
  PUBLISHED_META,
  UPDATED_WORDS,
} from './date-names';

/**
 * The publication and modification dates, each an ordered cascade of named strategies (htmldate's order,
 * measured on its evaluation set and on Fundus): the story's JSON-LD, the published meta tags, itemprop,
 * the date printed by the headline, <time> elements, generic meta dates ("date", "dc.date": often the page
 * build date), date-classed elements, WebPage/VideoObject JSON-LD, the URL, a dateline, the page text, the
 * share image's upload path. Every strategy yields candidates; the first that parses and does not lie
 * after the fetch wins and names its rule. A rejected future date is reported, not silently dropped.
 * A UTC timestamp is then moved onto the local day the page prints (the same instant, see date-zone.ts).
 */

export interface DateCandidate {
  raw: string;
  /** machine values (attributes, JSON-LD) parse strictly; printed text is searched for a date */
  mode: 'machine' | 'text';
  /** already read by the strategy (the header dates are found with their place in the text) */
  parsed?: ParsedDate;
}

export interface DateStrategy {
  rule: string;
  find(doc: PageDocument): DateCandidate[];
}

export interface DateResult {
  value: string;
  rule: string;
  parsed: ParsedDate;
}

export interface DateOutcome {
  result: DateResult | null;
  /** candidates refused because they lie after the fetch time */
  rejectedFuture: string[];
}

const machine = (raw: string): DateCandidate => ({ raw, mode: 'machine' });
const text = (raw: string): DateCandidate => ({ raw, mode: 'text' });

type JsonLdObjects = (doc: PageDocument) => Record<string, unknown>[];

/** The generic JSON-LD objects (WebPage, VideoObject, ...) that are not the story itself. */
const genericObjects: JsonLdObjects = (doc) => {
  const stories = new Set(storyObjects(doc));
  return articleObjects(doc).filter((o) => !stories.has(o));
};

function jsonLdDates(fields: readonly string[], objects: JsonLdObjects = storyObjects) {
  return (doc: PageDocument): DateCandidate[] => {
    const out: DateCandidate[] = [];
    for (const field of fields) {
      for (const obj of objects(doc)) {
        const v = obj[field];
        if (typeof v === 'string' || typeof v === 'number') out.push(machine(String(v)));
        else if (Array.isArray(v) && typeof v[0] === 'string') out.push(machine(v[0]));
      }
    }
    return out;
  };
}

function metaDates(names: readonly string[]) {
  return (doc: PageDocument): DateCandidate[] => names.flatMap((name) => (doc.meta.get(name) ?? []).map(machine));
}

/** itemprop="datePublished" on any element: its content/datetime attribute, else its text. */
function itempropDates(prop: string) {
  return (doc: PageDocument): DateCandidate[] => {
    const out: DateCandidate[] = [];
    doc.$(`[itemprop="${prop}"]`).each((_, el) => {
      const $el = doc.$(el);
      const attr = $el.attr('content') ?? $el.attr('datetime') ?? $el.attr('value');
      if (attr) out.push(machine(attr));
      else out.push(text($el.text()));
    });
    return out;
  };
}

function hintOf(doc: PageDocument, el: Parameters<PageDocument['$']>[0]): string {
  const $el = doc.$(el as never);
  return `${$el.attr('class') ?? ''} ${$el.attr('id') ?? ''} ${$el.parent().attr('class') ?? ''}`;
}

/** <time datetime> elements: pubdate first, then those hinting "published", then any not hinting "updated". */
function timeElements(kind: 'published' | 'modified') {
  return (doc: PageDocument): DateCandidate[] => {
    const preferred: DateCandidate[] = [];
    const others: DateCandidate[] = [];
    doc.$('time').each((_, el) => {
      const $el = doc.$(el);
      const raw = $el.attr('datetime') ?? $el.attr('data-datetime');
      const candidate = raw ? machine(raw) : text($el.text());
      const hint = hintOf(doc, el);
      const isModified = MODIFIED_HINT.test(hint) || UPDATED_WORDS.test($el.parent().text().split($el.text())[0] ?? '');
      if (kind === 'modified') {
        if (isModified) preferred.push(candidate);
        return;
      }
      if (isModified) return;
      if ($el.is('[pubdate]') || /publi/i.test(hint)) preferred.push(candidate);
      else if (!NOT_PUBLISHED_HINT.test(hint) && $el.closest('footer, aside, .comments, #comments').length === 0) others.push(candidate);
    });
    return [...preferred, ...others];
  };
}

/** Elements whose class or id says "date" (htmldate's extensive search), read as printed text. */
function dateClassElements(doc: PageDocument): DateCandidate[] {
  const out: DateCandidate[] = [];
  doc.$('body [class], body [id]').each((_, el) => {
    const $el = doc.$(el);
    const hint = `${$el.attr('class') ?? ''} ${$el.attr('id') ?? ''}`;
    if (!PUBLISHED_HINT.test(hint) || NOT_PUBLISHED_HINT.test(hint) || MODIFIED_HINT.test(hint)) return;
    if ($el.closest('footer, aside, nav').length > 0) return;
    const t = $el.text().replace(/\s+/g, ' ').trim();
    if (t.length > 0 && t.length <= 120) out.push(text(t));
    const attr = $el.attr('data-timestamp') ?? $el.attr('data-date') ?? $el.attr('data-time') ?? $el.attr('data-publish-date');
    if (attr) out.push(machine(attr));
  });
  return out;
}

/** Dates in URL paths, with the order of their year, month and day groups. */
const URL_DATE: { re: RegExp; ymd: [number, number, number] }[] = [
  // /2024/06/29/ and /2024-06-29/
  { re: /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/, ymd: [1, 2, 3] },
  // 20240629 standing alone in the path (not inside a longer number)
  { re: /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, ymd: [1, 2, 3] },
  // /meldungen/29-10-2021 and _vom_22.04.2020_: day first, as European CMSs write slugs
  { re: /(?<![\d.])(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d{2})(?![\d])/, ymd: [3, 2, 1] },
];

function urlDates(doc: PageDocument): DateCandidate[] {
  return dateInUrl(doc.url);
}

/**
 * The date in the share image's address (WordPress and most CMSs file uploads under /2016/05/04/): the image
 * was uploaded for the story, so its day is the story's when nothing on the page says otherwise.
 */
function imageUrlDates(doc: PageDocument): DateCandidate[] {
  return dateInUrl(doc.meta.get('og:image')?.[0] ?? doc.meta.get('twitter:image')?.[0] ?? null);
}

function dateInUrl(url: string | null): DateCandidate[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const { re, ymd } of URL_DATE) {
    const m = re.exec(path);
    if (m) return [machine(`${m[ymd[0]]}-${m[ymd[1]].padStart(2, '0')}-${m[ymd[2]].padStart(2, '0')}`)];
  }
  return [];
}

/** The lines just under the headline, where datelines live ("Published 29 June 2024, 10:15"). */
function datelineText(doc: PageDocument): DateCandidate[] {
  const h1 = doc.$('h1').first();
  if (h1.length === 0) return [];
  const out: DateCandidate[] = [];
  let container = h1.parent();
  for (let depth = 0; depth < 3 && container.length > 0; depth++) {
    const full = container.text().replace(/\s+/g, ' ');
    const title = h1.text().replace(/\s+/g, ' ').trim();
    const at = title ? full.indexOf(title) : -1;
    const after = at >= 0 ? full.slice(at + title.length, at + title.length + 400) : full.slice(0, 400);
    // drop what follows an "Updated" label so its date cannot pass for the published one
    const cleaned = after.replace(/(?:updated|aktualisiert|mis à jour|actualizado|aggiornato)\s*:?[^|]{0,40}/gi, ' ');
    out.push(text(cleaned));
    container = container.parent();
  }
  return out;
}

/** The date printed by the headline, unless labelled as an update. */
function headerDate(doc: PageDocument): DateCandidate[] {
  return headerDates(doc)
    .filter((d) => d.label !== 'updated')
    .map((d) => ({ raw: d.parsed.iso, mode: 'text' as const, parsed: d.parsed }));
}

/** Dates printed anywhere in the article's visible text: the first one (document order) that is not future. */
function pageTextCandidates(doc: PageDocument): DateCandidate[] {
  // htmldate picks the most frequent date; measured on its own set, the first printed one is right more often
  return pageTextDates(doc).map((p) => ({ raw: p.iso, mode: 'text' as const, parsed: p }));
}

export const PUBLISHED_STRATEGIES: DateStrategy[] = [
  { rule: 'json-ld datePublished', find: jsonLdDates(PUBLISHED_JSON_LD) },
  { rule: 'meta published', find: metaDates(PUBLISHED_META) },
  { rule: 'itemprop datePublished', find: itempropDates('datePublished') },
  { rule: 'header date', find: headerDate },
  { rule: 'time element', find: timeElements('published') },
  { rule: 'meta date', find: metaDates(GENERIC_DATE_META) },
  { rule: 'date class', find: dateClassElements },
  { rule: 'json-ld page datePublished', find: jsonLdDates(PUBLISHED_JSON_LD, genericObjects) },
  { rule: 'url date', find: urlDates },
  { rule: 'dateline text', find: datelineText },
  { rule: 'page text', find: pageTextCandidates },
  { rule: 'image url date', find: imageUrlDates },
];

export const MODIFIED_STRATEGIES: DateStrategy[] = [
  { rule: 'json-ld dateModified', find: jsonLdDates(MODIFIED_JSON_LD, articleObjects) },
  { rule: 'meta modified', find: metaDates(MODIFIED_META) },
  { rule: 'itemprop dateModified', find: itempropDates('dateModified') },
  { rule: 'time element updated', find: timeElements('modified') },
];

function parseCandidate(c: DateCandidate): ParsedDate | null {
  if (c.parsed) return c.parsed;
  return c.mode === 'machine' ? parseMachineDate(c.raw) : parseTextDate(c.raw);
}

/** Runs a cascade: the first candidate that parses and is not after fetchedAt wins. */
export function runDateCascade(doc: PageDocument, strategies: DateStrategy[], fetchedAt: string | null): DateOutcome {
  const rejectedFuture: string[] = [];
  for (const strategy of strategies) {
    for (const candidate of strategy.find(doc)) {
      const parsed = parseCandidate(candidate);
      if (!parsed) continue;
      if (isAfter(parsed, fetchedAt)) {
        rejectedFuture.push(parsed.iso);
        continue;
      }
      return { result: { value: parsed.iso, rule: strategy.rule, parsed }, rejectedFuture };
    }
  }
  return { result: null, rejectedFuture };
}

/** The page's own local day: the (non-update) dates printed by the headline with their time, then the URL's day. */
function localDayEvidence(doc: PageDocument): LocalDayEvidence[] {
  const out: LocalDayEvidence[] = [];
  for (const d of headerDates(doc)) {
    if (d.label === 'updated') continue;
    const t = /T(\d{2}):(\d{2})/.exec(d.parsed.iso);
    out.push({ day: d.parsed.day, time: t ? { h: Number(t[1]), min: Number(t[2]) } : undefined });
  }
  const url = urlDates(doc)[0];
  if (url) out.push({ day: url.raw.slice(0, 10) });
  return out;
}

/** Every zoned machine date the page carries (JSON-LD, meta, itemprop, <time>): renderings of one instant. */
function zonedMachineDates(doc: PageDocument): ParsedDate[] {
  const strategies = [jsonLdDates(PUBLISHED_JSON_LD, articleObjects), metaDates(PUBLISHED_META), itempropDates('datePublished'), timeElements('published')];
  return strategies
    .flatMap((find) => find(doc))
    .filter((c) => c.mode === 'machine')
    .map((c) => parseMachineDate(c.raw))
    .filter((p): p is ParsedDate => p !== null && p.hasZone);
}

/** A UTC timestamp moved onto the local day the page prints (same instant), when the page prints one. */
function toLocalDay(doc: PageDocument, result: DateResult): DateResult {
  const evidence = localDayEvidence(doc);
  // a printed date that already matches the timestamp's day says the UTC day is the page's day too
  if (evidence.some((e) => e.day === result.parsed.day)) return result;
  if (evidence.length === 0) {
    const midnight = localMidnight(result.parsed);
    return midnight ? { value: midnight.iso, rule: `${result.rule}, local midnight`, parsed: midnight } : result;
  }
  const sameInstant = zonedMachineDates(doc);
  for (const e of evidence) {
    const local = onLocalDay(result.parsed, e, sameInstant);
    if (local) return { value: local.iso, rule: `${result.rule}, local day`, parsed: local };
  }
  return result;
}

export function extractPublished(doc: PageDocument, fetchedAt: string | null): DateOutcome {
  const outcome = runDateCascade(doc, PUBLISHED_STRATEGIES, fetchedAt);
  if (!outcome.result) return outcome;
  return { ...outcome, result: toLocalDay(doc, outcome.result) };
}

export function extractModified(doc: PageDocument, fetchedAt: string | null): DateOutcome {
  return runDateCascade(doc, MODIFIED_STRATEGIES, fetchedAt);
}
