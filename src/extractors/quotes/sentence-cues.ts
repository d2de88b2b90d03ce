import { attributionAfter, type Attribution } from './attribution';
import { looksLikeClause, wordsOf } from './clause';

/** Sentence-level reading around a quote: where its sentence starts, and the cues of the sentences next to it. */

// A sentence ends at a stop followed by space; the attribution before a quote lives in its own sentence.
const SENTENCE_STOP = /[.!?](?:["”’]|'')?\s+(?=\S)/g;

/** Where the sentence holding `pos` starts, not before `floor`; an abbreviation's stop ends no sentence. */
export function sentenceStartBefore(text: string, pos: number, floor: number): number {
  let start = floor;
  SENTENCE_STOP.lastIndex = floor;
  for (let m = SENTENCE_STOP.exec(text); m && m.index + m[0].length <= pos; m = SENTENCE_STOP.exec(text)) {
    if (/\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rs|No|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Jr|Sr|[A-Z])$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

// The speaker phrase and cue at the end of a sentence: ", Schiff said." or ", said the minister on Monday."
const MAX_TRAILING_CUE_WORDS = 10;

/**
 * `<clause>, Schiff said. “The other factor is …”`: a quote that opens the sentence right after a sentence
 * closed by its attribution goes on in the same voice, so it takes that attribution. Only within a paragraph,
 * and only when that sentence holds no quote of its own.
 */
export function cueSentenceBefore(text: string, open: number, floor: number): Attribution | null {
  const before = text.slice(floor, open);
  if (!/[.!?]\s+$/.test(before)) return null;
  const stop = floor + before.trimEnd().length - 1;
  const start = sentenceStartBefore(text, stop, floor);
  const sentence = text.slice(start, stop);
  if (/["“”]|''/.test(sentence)) return null;
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || wordsOf(sentence.slice(comma + 1)).length > MAX_TRAILING_CUE_WORDS) return null;
  const attribution = attributionAfter(text, start + comma, stop);
  return attribution?.phrase ? attribution : null;
}

/** The words after a cue, up to the sentence end, are a clause of their own (with or without "that"). */
export function reportsOwnClause(text: string, cueEnd: number, paragraphEnd: number): boolean {
  const rest = text.slice(cueEnd, paragraphEnd);
  const stop = /[.!?](?:["”’]|'')?(?:\s|$)/.exec(rest);
  const clause = rest.slice(0, stop ? stop.index : 200).replace(/^\s*(?:that\b)?\s*/i, '');
  return !/^[,:]/.test(clause) && looksLikeClause(clause);
}
