import type { Span } from '../../record';

/** A word of the article text with what the entity rules ask about it. */
export interface Token {
  text: string; // without a possessive 's and without a final sentence period
  start: number;
  end: number;
  /** starts with an upper-case letter (or is "P@SHA"-like) */
  capitalized: boolean;
  /** the text between the previous token and this one */
  gap: string;
  /** "Pakistan's": a name ends here */
  possessive: boolean;
}

// Letters, digits and the marks that stay inside names: "Al-Kurdi", "P@SHA", "PML-N", "O'Brien", soft hyphens.
const WORD = /[\p{L}\p{N}@][\p{L}\p{N}@&\u00AD]*(?:['’\-][\p{L}\p{N}]+)*(?:\.(?=\p{Lu}\.|\p{Lu}\b)\p{Lu})*\.?/gu;
const POSSESSIVE = /['’]s$/;
// A period ends a token only for initials and abbreviations ("U.S.", "B.L.A.J.", "Dr."); else it ends the sentence.
const KEEP_PERIOD = /^(?:\p{Lu}\.)+$|^(?:\p{Lu}\.)+\p{Lu}\.?$|^(?:mr|mrs|ms|dr|prof|st|jr|sr|lt|gen|col|capt|maj|brig|engr|hon|ltd|inc|co|corp|md|mst)\.$/iu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    if (word.endsWith('.') && !KEEP_PERIOD.test(word)) word = word.slice(0, -1);
    const possessive = POSSESSIVE.test(word);
    if (possessive) word = word.slice(0, -2);
    if (!word) continue;
    const start = m.index;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      capitalized: /^[\p{Lu}@]/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word),
      gap: text.slice(last, start),
      possessive,
    });
    last = start + word.length + (possessive ? 2 : 0);
  }
  return tokens;
}

/** Folded form for comparisons: lower case, no accents, no soft hyphens or periods. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/[\p{M}\u00AD.]/gu, '').toLowerCase();
}

/** True when two tokens stand together in one name: one space between them, nothing else. */
export function joined(prev: Token, next: Token): boolean {
  if (prev.possessive) return false;
  // "Employees’ Old-Age Benefits Institution": a plural possessive inside a name
  return /^[ \u00A0]$/.test(next.gap) || (/^['’][ \u00A0]$/.test(next.gap) && /s$/.test(prev.text));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(span, s));
}
