/**
 * Words around a date that change how it is read: a future cue makes "on Thursday" the next Thursday and
 * "by June" the coming June; a name before or after a year makes it part of a name ("Vision 2025").
 */

// a word between the cue and the date: no sentence end, but decimals ("$1.2 billion") and "Rs." stand
const WORD = String.raw`(?:[^\s.;]+(?:\.[^\s.;]+)*|(?:Rs|Mrs?|Ms|Dr|No|Prof)\.)`;
// "will meet on Thursday", "is scheduled for", "by June" (a deadline ahead), "plans to raise Rs. 185 billion in
// April", "we expect ... in May" (present-tense plans and expectations look ahead; "expected" alone does not),
// "said an instalment would be paid from February" (reported future; "would have" is past)
export const FUTURE_VERB = new RegExp(String.raw`\b(?:will|shall|'ll|(?:plans?|planning|intends?|aims?)\s+to|expects?|expecting|(?:is|are)\s+(?:scheduled|set|due|expected|slated|planned|likely|to)|to\s+be\s+(?:held|launched|presented|announced|tabled)|would(?!\s+have\b))\s+(?:${WORD}\s+){0,12}$`, 'i');
// a deadline or a "next" right before the date: "by June", "by the end of June", "next Monday", "the coming July"
export const FUTURE_PREP = /\b(?:by(?:\s+the\s+end\s+of)?|before\s+the\s+end\s+of|next|upcoming|coming)\s+$/i;

// prepositions and time words that may precede a year or month and still leave it a date
export const TIME_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'of', 'and', 'or',
  'between', 'for', 'on', 'as', 'at', 'end', 'early', 'late', 'mid', 'year', 'years', 'budget', 'fy', 'within',
  'around', 'about', 'than', 'last', 'next', 'this', 'every', 'each', 'till', 'against', 'over', 'into', 'vs',
  'versus', 'compared', 'with', 'then', 'calendar', 'beginning', 'start', 'also', 'only', 'even', 'again',
]);

// capitalised words after a year that keep it a date: "2026 Budget" (Sri Lankan budgets are named by their year)
export const YEAR_NAME_NOUNS_ALLOWED = new Set(['budget', 'budgets']);

// a year before one of these nouns names a document, not a time: "the 1994 policy", "the 1973 Constitution"
export const YEAR_DOCUMENT_NOUNS = new Set([
  'policy', 'policies', 'act', 'law', 'constitution', 'accord', 'agreement', 'ordinance', 'rules', 'regulations',
  'plan', 'vision', 'charter', 'declaration', 'protocol', 'treaty', 'framework', 'code', 'amendment', 'edition',
  'report', 'census', 'survey', 'model', 'version',
]);

export const MONTH_PREPOSITIONS_FOR_MAY = new Set([
  'in', 'of', 'since', 'by', 'until', 'till', 'from', 'to', 'during', 'early', 'late', 'mid', 'end', 'last', 'next',
  'this', 'and', 'or', 'through', 'between', 'before', 'after', 'mid-',
]);

/** Words right before `index`, lower case, nearest first. */
export function wordsBefore(text: string, index: number, n = 3): string[] {
  const before = text.slice(Math.max(0, index - 60), index);
  return (before.match(/[\p{L}\p{N}'’&@.-]+/gu) ?? []).slice(-n).reverse();
}

/** The word right after `index`, as written. */
export function wordAfter(text: string, index: number): string | undefined {
  return /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(index, index + 40))?.[1];
}

/** True when the text between the sentence start and `index` ends with a future cue. */
export function hasFutureCue(text: string, sentenceStart: number, index: number): boolean {
  // "due by end-June", "will open in mid-May": the glued "end-" reads as "the end of"
  const before = text.slice(Math.max(sentenceStart, index - 80), index).replace(/\b(?:end|mid|early|late)-$/i, 'the end of ');
  return FUTURE_VERB.test(before) || FUTURE_PREP.test(before);
}

/** Is the character at `index` the first of its sentence (only quotes or brackets before it)? */
export function startsSentence(text: string, sentenceStart: number, index: number): boolean {
  return /^[\s"'“‘(\[]*$/.test(text.slice(sentenceStart, index));
}

// a month in a habitual cycle is no calendar date: "typically presents its budget in November"
export const HABITUAL_CUE = /\b(?:typically|usually|normally|generally|traditionally|customarily|every\s+year|each\s+year|annually)\b/i;

/** The sentence around `index`, up to the next sentence end. */
export function sentenceText(text: string, sentenceStart: number, index: number): string {
  const rest = text.slice(index);
  const end = /[.!?](?:\s|$)/.exec(rest);
  return text.slice(sentenceStart, index + (end ? end.index : rest.length));
}
