import type { Span } from '../../record';
import { fold, joined, type Token } from '../entities/tokens';
import { isNamePart, isStop, PLACE_NAMES } from './words';

/** A span one rule proposes as an organization's name, before overlaps are resolved. */
export interface Candidate {
  span: Span;
  text: string;
  known: number | null; // KNOWN_ORGANIZATIONS index
  tokenEnd: number; // index of the token after the organization, for the bracketed acronym
}

export const candidateOf = (text: string, tokens: Token[], from: number, to: number): Candidate => ({
  span: { start: tokens[from].start, end: tokens[to - 1].end }, text: text.slice(tokens[from].start, tokens[to - 1].end), known: null, tokenEnd: to,
});
export const tokenAt = (tokens: Token[], pos: number) => tokens.findIndex((t) => t.start >= pos);

/** End (exclusive) of the capitalized run of up to `max` joined words from token `i`; `i` when there is none. */
export function capitalRun(tokens: Token[], i: number, max = 4): number {
  let j = i;
  while (j < tokens.length && j - i < max && tokens[j].capitalized && !isStop(tokens[j]) && (j === i || joined(tokens[j - 1], tokens[j]))) {
    j++;
    if (tokens[j - 1].possessive) break;
  }
  return j;
}

/** A run that is a place or holds a person's name part is no organization found by these rules. */
export function isPlaceOrPerson(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return PLACE_NAMES.has(words.map((t) => fold(t.text)).join(' ')) || words.some(isNamePart);
}
