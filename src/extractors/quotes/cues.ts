import { SPEECH_VERBS, LABEL_VERBS } from '../lexicons/speech-verbs';

// Compiled once: any speech verb as a whole word ("said", "told", "adding"), in lower case, or capitalized only
// where a sentence, line or quote starts ("Asked whether …", "Says X"): a capitalized verb form inside a sentence
// is part of a name ("United States", "Claims Tribunal").
const alternation = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|');
const capitalized = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v[0].toUpperCase() + v.slice(1)).join('|');
export const SPEECH_VERB_RE = new RegExp(`\\b(?:${alternation})\\b|(?<=^|[.!?]["”’]?\\s+|\\n\\s*|["“]\\s*)(?:${capitalized})\\b`, 'g');
export const ACCORDING_TO_RE = /\baccording to\b/gi;
const labels = [...LABEL_VERBS].sort((a, b) => b.length - a.length).join('|');
/** A label verb a few words before an opening mark: `termed the move “`, `described as a “`. */
export const LABEL_BEFORE_RE = new RegExp(`\\b(?:${labels})\\b(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}\\s*$`, 'iu');
/** Clause punctuation that bounds a speaker phrase. */
export const CLAUSE_BREAK = /[,;:()\[\]—–"“”‘’]|\s-\s|[.!?](?=\s)/g;
/** Words that introduce the reported clause after the verb and its adjuncts. */
export const THAT_RE = /\bthat\s+/iy;

// Words whose full stop ends no clause or sentence: honorifics and titles ("said Rep. Tom Lee", "Lt. Gen. Tom
// Lee"), "Rs." and "No." before a number, and initials ("U.S.", "G.K. Butterfield").
const ABBREVIATION_BEFORE_STOP = /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rs|No|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Jr|Sr|[A-Z])$/;

/** The character at `i` is the full stop of such an abbreviation. */
export function isAbbreviationStop(text: string, i: number): boolean {
  return text[i] === '.' && ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, i - 5), i));
}
