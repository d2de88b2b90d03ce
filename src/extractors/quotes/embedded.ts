import type { TextDoc } from '../text';

/**
 * Quoted words that are part of a larger phrase, not a statement on their own: titles and scare quotes after a
 * preposition, article or possessive (`on CBS's “Face the Nation,” Ryan said`, `his “Keepin' It Real” program`),
 * and marked words the sentence runs on after (`said that “a bomb” had gone off`).
 */
const NOUN_PHRASE_LEAD = /(?:^|\s)(?:of|on|in|at|from|with|by|the|a|an|his|her|their|its|our|my|your|this|[\p{L}]+['’]s)\s*$/iu;

export function afterNounPhraseLead(text: string, open: number, sentenceStart: number): boolean {
  return NOUN_PHRASE_LEAD.test(text.slice(Math.max(sentenceStart, open - 40), open));
}

/** The sentence goes on after the closing mark with a lower-case word: `“a bomb” had gone off`. */
export function sentenceRunsOn(text: string, close: number): boolean {
  return /^\s+\p{Ll}/u.test(text.slice(close, close + 4)) && !/^\s+(?:he|she|they|it|we|i|said|says|added|asked)\b/.test(text.slice(close, close + 12));
}

/** A quote of a statement ends with punctuation inside the marks or has a comma or dash right after them. */
export function endsLikeStatement(text: string, spanEnd: number, close: number): boolean {
  // The span stops before a trailing comma inside the marks, so look from its last character to the mark.
  const inside = text.slice(Math.max(0, spanEnd - 3), close).replace(/["“”'’‘\s]+$/u, '');
  return /[,.!?…;:—–-]$/.test(inside) || /^[,—–―]/.test(text.slice(close, close + 1)) || /^\s*[—–―]/.test(text.slice(close, close + 3));
}

/**
 * The headline at the top of the text (GUIDELINES: headlines are not quotes): the first paragraph, one line, with
 * most of its words capitalized.
 */
export function isHeadline(doc: TextDoc, paragraph: number): boolean {
  if (paragraph !== 0 || doc.paragraphs.length < 2) return false;
  const p = doc.paragraphs[0];
  const body = doc.text.slice(p.start, p.end);
  if (body.includes('\n')) return false;
  const words = body.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'is']);
  const content = words.filter((w) => !small.has(w.toLowerCase()));
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * content.length;
}

// Short words a title leaves in lower case ("Make Your Kid a Millionaire", "The Art of the Deal").
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs']);

/**
 * Quoted words in title case with no sentence stop inside are the title of a book, show or report (GUIDELINES:
 * titles in quotation marks are not quotes): `his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Lee suggested`.
 * A statement is written in sentence case; three words or more, every word but the small ones capitalized.
 */
export function isTitle(quoted: string): boolean {
  if (/[.!?…]$/.test(quoted.trim())) return false;
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 3 || words.length > 12) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}
