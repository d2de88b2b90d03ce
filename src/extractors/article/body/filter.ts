import { BOILERPLATE_LINE, BYLINE_LINE, CLOSING_LINE, CREDITED_CAPTION, DATE_TOKEN, DAY_ANCHOR_TOKEN, META_TOKEN, PROMO_LINE, TAGGED_PROMO_LINE, TAIL_START_LINE } from './hints';

/**
 * Paragraph-level cleanup after serialization: the headline, bylines and datelines at the top, and
 * furniture lines ("Advertisement", "Share this article") anywhere. Short lines only: a real paragraph
 * that starts with "By" is longer than a byline.
 */

const MAX_FURNITURE_CHARS = 100;
const LEAD_LINES = 4;
const WORD = /[\p{L}\p{N}]+/gu;

function folded(text: string): string {
  return (text.match(WORD) ?? []).join(' ').toLowerCase();
}

/** A line made only of date words, numbers and separators: "Published 12:30 PM ET, Tue November 19, 2019". */
export function isDateline(line: string): boolean {
  if (line.length > 80) return false;
  const words = line.match(WORD) ?? [];
  if (words.length === 0) return false;
  const dateWords = words.filter((w) => DATE_TOKEN.test(w)).length;
  return dateWords >= words.length * 0.8 && /\d/.test(line) && words.some((w) => DAY_ANCHOR_TOKEN.test(w));
}

/** "Updated at 1:23 p.m.", "Published: 18 Nov 2026 09:12 GMT": a timestamp wherever it stands. */
const STAMP_START = /^(last )?(updated|published|posted|modified)\b/i;
const MAX_META_CHARS = 160;
const MAX_NAME_AFTER_BY = 3;
/** A word that can be part of a name: capitalized, or in a script without case (CJK, Arabic, Thai...). */
const NAME_TOKEN = /^(\p{Lu}|\p{Lo})/u;

/**
 * A byline or meta line above the article: only the author's name (as the metadata found it), date and
 * time words, and byline words ("By", "Staff Reporter", "5 min read"), with a day, a "By", a reading time or
 * the name in it (a clock time alone is a heading in running-update stories):
 * "By Maria Chen · Nov. 18, 2026, 10:15 a.m. ET", "Maria Chen | Updated 3:45 p.m.", "Maria Chen, Staff Writer".
 */
export function isMetaLine(line: string, authorWords: Set<string> = new Set()): boolean {
  if (line.length > MAX_META_CHARS) return false;
  const tokens = line.match(WORD) ?? [];
  if (tokens.length === 0) return false;
  const words = tokens.map((w) => w.toLowerCase());
  // "By" and a name the metadata did not find ("by ライトハウス国際特許事務所 ／ 2016.12.01"): up to five
  // capitalized or caseless-script words right after "By" count as the author's.
  let nameEnd = 0;
  if (words[0] === 'by') {
    nameEnd = 1;
    while (nameEnd < tokens.length && nameEnd <= 5 && NAME_TOKEN.test(tokens[nameEnd]) && !DATE_TOKEN.test(words[nameEnd])) nameEnd++;
  }
  let anchored = nameEnd > 0;
  // WordPress's "Posted on October 27, 2015 by Admin": after a later "by", up to three capitalized words are the author's
  let nameAfterBy = 0;
  for (let i = nameEnd; i < words.length; i++) {
    const w = words[i];
    if (nameAfterBy > 0 && NAME_TOKEN.test(tokens[i]) && !DATE_TOKEN.test(w)) {
      nameAfterBy--;
      anchored = true;
      continue;
    }
    nameAfterBy = w === 'by' ? MAX_NAME_AFTER_BY : 0;
    if (authorWords.has(w) || DAY_ANCHOR_TOKEN.test(w) || w === 'by' || w === 'read') anchored = true;
    else if (!DATE_TOKEN.test(w) && !META_TOKEN.test(w)) return false;
  }
  return anchored;
}

/** The words of the byline's names, for recognizing the author's line ("Maria Chen and Tom Okafor"). */
export function authorWordsOf(byline: string | null): Set<string> {
  const words = (byline?.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !META_TOKEN.test(w));
  return new Set(words);
}

const SEPARATORS = /\s+[|•·]\s+/u;
const TRAILING_MARKS = /[|:•·»›>…\s-]+$/u;

/** "Advertisement", "Share this article", or "Print this story | Email a friend" (every part furniture). */
export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_FURNITURE_CHARS) return false;
  if (PROMO_LINE.test(line) || TAGGED_PROMO_LINE.test(line)) return true;
  return line.split(SEPARATORS).every((part) => BOILERPLATE_LINE.test(part.replace(TRAILING_MARKS, '').trim()));
}

/** The headline, or the headline part of a "Site - Headline" title. */
function isTitleLine(line: string, title: string): boolean {
  const l = folded(line);
  const t = folded(title);
  if (l === t) return true;
  return l.split(' ').length >= 4 && t.includes(l);
}

/** Cuts the furniture tail: from a "You may also like" / "Tags" line in the second half of the text on. */
export function cutTail(paragraphs: string[]): string[] {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (seen >= total / 2 && paragraphs[i].length <= MAX_FURNITURE_CHARS && TAIL_START_LINE.test(paragraphs[i])) return paragraphs.slice(0, i);
    seen += paragraphs[i].length;
  }
  return paragraphs;
}

/**
 * The button a click-to-tweet box (a common WordPress plugin) prints after its quote, glued to the quote's
 * last word in the text: "... with much less stress.Click To Tweet".
 */
const TWEET_BOX_LABEL = /\s*click to tweet\s*$/i;

const MAX_CAPTION_CHARS = 300;

/** A subscription offer runs to a few sentences; a longer paragraph is the story's. */
const MAX_CLOSING_CHARS = 400;

/**
 * Drops the closing notes after the story (credits, the reporter's address, follow prompts, subscription
 * offers), from the end only: the same words inside the text are the story's. A separator line before them
 * ("___") stays, as benchmark golds keep it.
 */
export function cutClosingNotes(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  while (end > 1) {
    const last = paragraphs[end - 1].trim();
    if (last.length > MAX_CLOSING_CHARS || !CLOSING_LINE.test(last)) break;
    end--;
  }
  return paragraphs.slice(0, end);
}

export function filterParagraphs(paragraphs: string[], title: string | null, byline: string | null = null): string[] {
  paragraphs = cutTail(paragraphs);
  const authorWords = authorWordsOf(byline);
  const out: string[] = [];
  paragraphs.forEach((raw, i) => {
    const p = raw.replace(TWEET_BOX_LABEL, '');
    if (!p) return;
    if (isFurnitureLine(p)) return;
    if (p.length <= MAX_CAPTION_CHARS && CREDITED_CAPTION.test(p)) return;
    if (p.length <= MAX_FURNITURE_CHARS && STAMP_START.test(p) && isDateline(p)) return;
    const lead = i < LEAD_LINES && out.length < LEAD_LINES;
    if (lead && title && isTitleLine(p, title)) return;
    if (lead && p.length <= MAX_FURNITURE_CHARS && (BYLINE_LINE.test(p) || isDateline(p))) return;
    if (lead && isMetaLine(p, authorWords)) return;
    out.push(p);
  });
  return cutClosingNotes(out);
}
