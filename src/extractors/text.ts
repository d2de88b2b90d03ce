import type { Span } from '../record';

/**
 * The article text parsed once for every NLP extractor (fundus's precomputed bundle): paragraphs and
 * sentences as spans into `text`. Extractors read from it and never re-split the text themselves.
 */
export interface TextDoc {
  text: string;
  paragraphs: Span[];
  sentences: Span[];
}

// Abbreviations that end with a period but do not end a sentence ("Mr. Khan", "Rs. 5 lakh", "Jan. 5").
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'gov', 'sen', 'rep',
    'rev', 'hon', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'rs', 'approx', 'est', 'fig',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pvt', 'bros',
  ].map((a) => a.toLowerCase()),
);

// A blank line ends a paragraph; so does a single line break after a finished sentence or quote, or before an
// opening mark: some copy (HuffPost's, pasted reader quotes) puts one paragraph per line. A line break inside a
// sentence (hard-wrapped text, a headline over its dateline) is not a break.
const PARAGRAPH_BREAK = /\n[ \t]*\n+|(?<=[.!?…:]["'”’)\]]*[^\S\n]*|[”][^\S\n]*)\n(?=[^\S\n]*\S)|\n(?=[^\S\n]*[“"](?!\s))/g;
// A sentence ends at . ! ? (optionally followed by closing quotes or brackets) and then whitespace.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)/g;

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    pushTrimmed(text, start, m.index, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** True when the period at `dot` belongs to an abbreviation, an initial ("M. Khan") or a number. */
function isNonFinalPeriod(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z]+)$/.exec(before)?.[1];
  if (word) {
    if (ABBREVIATIONS.has(word.toLowerCase())) return true;
    if (word.length === 1 && /[A-Z]/.test(word)) return true; // initials, "U.S."
  }
  return false;
}

export function splitSentences(text: string, paragraphs: Span[] = splitParagraphs(text)): Span[] {
  const spans: Span[] = [];
  for (const para of paragraphs) {
    const body = text.slice(para.start, para.end);
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const end = m.index + m[0].length;
      if (isNonFinalPeriod(body, m.index + m[0].search(/[.!?]/))) continue;
      // The next sentence must start with an upper-case letter, a digit or an opening quote.
      const next = /\S/.exec(body.slice(end));
      if (next && !/[A-Z0-9"'“‘(\[]/.test(next[0])) continue;
      pushTrimmed(text, para.start + start, para.start + end, spans);
      start = end;
    }
    pushTrimmed(text, para.start + start, para.end, spans);
  }
  return spans;
}

export function buildTextDoc(text: string): TextDoc {
  const paragraphs = splitParagraphs(text);
  return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

export function spanText(doc: TextDoc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}
