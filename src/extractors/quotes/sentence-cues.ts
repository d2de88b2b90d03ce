import { attributionAfter, type Attribution } from './attribution';
import { looksLikeClause, wordsOf } from './clause';
import { SPEECH_VERB_RE, isAbbreviationStop } from './cues';
import { findSpeakerPhrase } from './speaker-phrase';
import { PARTICIPLE_CUES } from '../lexicons/speech-verbs';

/** Sentence-level reading around a quote: where its sentence starts, and the cues of the sentences next to it. */

// A sentence ends at a stop followed by space; the attribution before a quote lives in its own sentence.
const SENTENCE_STOP = /[.!?](?:["”’]|'')?\s+(?=\S)/g;

/** Where the sentence holding `pos` starts, not before `floor`; an abbreviation's stop ends no sentence. */
export function sentenceStartBefore(text: string, pos: number, floor: number): number {
  let start = floor;
  SENTENCE_STOP.lastIndex = floor;
  for (let m = SENTENCE_STOP.exec(text); m && m.index + m[0].length <= pos; m = SENTENCE_STOP.exec(text)) {
    if (isAbbreviationStop(text, m.index)) continue;
    start = m.index + m[0].length;
  }
  return start;
}

// The speaker phrase and cue at the end of a sentence: ", Schiff said." or ", said the minister on Monday."
const MAX_TRAILING_CUE_WORDS = 10;

// The speaker and cue opening a sentence: "He emphasized that …", "The minister said …".
const MAX_LEADING_SPEAKER_WORDS = 6;

/**
 * `<clause>, Schiff said. “The other factor is …”` and `He emphasized that <clause>. “The government has to …”`:
 * a quote that opens the sentence right after a sentence of reported speech goes on in the same voice, so it
 * takes that sentence's attribution. Only within a paragraph, and only when that sentence holds no quote of its
 * own.
 */
export function cueSentenceBefore(text: string, open: number, floor: number): Attribution | null {
  const before = text.slice(floor, open);
  if (!/[.!?]\s+$/.test(before)) return null;
  const stop = floor + before.trimEnd().length - 1;
  const start = sentenceStartBefore(text, stop, floor);
  const sentence = text.slice(start, stop);
  if (/["“”]|''/.test(sentence)) return null;
  const comma = sentence.lastIndexOf(',');
  if (comma >= 0 && wordsOf(sentence.slice(comma + 1)).length <= MAX_TRAILING_CUE_WORDS) {
    const trailing = attributionAfter(text, start + comma, stop);
    if (trailing?.phrase) return trailing;
  }
  return leadingCue(text, start, stop);
}

/** "He emphasized that …": a speech verb within the first words of the sentence, with its speaker before it. */
function leadingCue(text: string, start: number, stop: number): Attribution | null {
  SPEECH_VERB_RE.lastIndex = start;
  const verb = SPEECH_VERB_RE.exec(text);
  if (!verb || verb.index >= stop || wordsOf(text.slice(start, verb.index)).length > MAX_LEADING_SPEAKER_WORDS) return null;
  if (PARTICIPLE_CUES.has(verb[0].toLowerCase())) return null;
  const phrase = verb.index > start ? findSpeakerPhrase(text, start, verb.index, 'before') : null;
  if (!phrase || !looksLikeClause(text.slice(verb.index + verb[0].length, stop).replace(/^\s*(?:that\b)?\s*/i, ''))) return null;
  return { cue: verb[0], cueSpan: { start: verb.index, end: verb.index + verb[0].length }, phrase, participle: false };
}

/** The words after a cue, up to the sentence end, are a clause of their own (with or without "that"). */
export function reportsOwnClause(text: string, cueEnd: number, paragraphEnd: number): boolean {
  const rest = text.slice(cueEnd, paragraphEnd);
  const stop = /[.!?](?:["”’]|'')?(?:\s|$)/.exec(rest);
  const clause = rest.slice(0, stop ? stop.index : 200).replace(/^\s*(?:that\b)?\s*/i, '');
  return !/^[,:]/.test(clause) && looksLikeClause(clause);
}
