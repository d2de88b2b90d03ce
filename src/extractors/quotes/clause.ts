import { FINITE_WORDS, SUBJECT_STARTERS } from '../lexicons/speech-verbs';

/**
 * Whether words after a speech verb are a reported clause (GUIDELINES: a reported clause has its own subject and
 * verb; a noun or an infinitive after the verb is no quote). Shared by every indirect rule and by the direct
 * rules that must tell a new sentence from an attribution.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu;
// Words that, first after the verb, name a topic or an object rather than start a clause ("said about", "said no").
const NOT_CLAUSE_START = new Set(['to', 'for', 'about', 'on', 'of', 'with', 'against', 'into', 'up', 'out', 'off', 'so', 'and', 'or', 'but', 'yes', 'no', 'goodbye', 'hello', 'sorry', 'thanks']);

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

// A sentence-initial conjunction ("But a campaign operative decided ...") does not stop a clause.
const LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Or)$/;

/** A reported clause has its own subject and finite verb: "the plan would ...", not "reforms" or "to act". */
export function looksLikeClause(text: string): boolean {
  // A subordinate or second clause after a comma lends the reported clause no verb: `urged supporters to
  // protest, though she acknowledged it was unlikely` has no clause after "urged".
  let main = text.split(CLAUSE_AFTER_COMMA)[0];
  const lead = wordsOf(main)[0] ?? '';
  // After a bare noun (an object, not a subject) a comma and "and" start another clause: `added welding and crane
  // courses, and the council said it would`. After a subject they may coordinate it: `the crackdown on hundi,
  // and a stable exchange rate had encouraged …`.
  if (!SUBJECT_STARTERS.has(lead.toLowerCase()) && !/^[\p{Lu}\p{N}]/u.test(lead)) main = main.split(/,\s*and\b/i)[0];
  let ws = wordsOf(main).slice(0, MAX_CLAUSE_WORDS + 1);
  if (ws.length > 1 && LEADING_CONJUNCTION.test(ws[0])) ws = ws.slice(1);
  ws = ws.slice(0, MAX_CLAUSE_WORDS);
  if (ws.length < 3) return false;
  const first = ws[0].toLowerCase();
  // "said no to", "said about the plan" name a topic; "said no decision had been made", "said about 20 people
  // have …" start a clause.
  const startsClause = (first === 'no' && ws[1].toLowerCase() !== 'to') || (first === 'about' && /^\d/.test(ws[1]));
  if (NOT_CLAUSE_START.has(first) && !startsClause) return false;
  const firstOk = SUBJECT_STARTERS.has(first) || /^[\p{Lu}\p{N}]/u.test(ws[0]);
  if (presentAfterName(ws) || pronounThenVerb(ws)) return true;
  // Far from the subject's start only an auxiliary or a listed verb counts: a past participle there is more
  // often a modifier ("Rs 6,913 million dedicated to reservoir maintenance").
  const verbAt = ws.findIndex((w, i) => i > 0 && (i < SHAPE_VERB_WORDS ? isFiniteWord(w) : FINITE_WORDS.has(w.toLowerCase())));
  if (verbAt < 0) return false;
  // `highlighted the sacrifices of the people who suffered a lot`: a verb inside a relative clause on the object
  // is not the clause's own; a main verb must follow it (`the plan that was approved would cut costs`).
  // Only a verb right after the relative word is surely its own ("who complains about a microphone is" has its
  // main verb later); "all of which would" is a subject, and a clause longer than the window is not judged.
  const relativeAt = ws.findIndex((w, i) => i > 0 && i < verbAt && RELATIVE_WORDS.has(w.toLowerCase()) && ws[i - 1].toLowerCase() !== 'of');
  const wholeClauseSeen = wordsOf(main).length <= ws.length + (LEADING_CONJUNCTION.test(lead) ? 1 : 0);
  if (relativeAt > 0 && verbAt <= relativeAt + 2 && wholeClauseSeen && !ws.some((w, i) => i > verbAt + 1 && isFiniteWord(w))) return false;
  if (firstOk) return true;
  // A subject that is not a determiner or a name may still be long (`praise from Russian President Vladimir
  // Putin would not affect …`), unless a relative or an infinitive comes first: `called for reforms that would`,
  // `urged supporters to protest` are a noun and its modifier, not a clause.
  return verbAt < 12 && !ws.slice(1, verbAt).some((w) => NOUN_MODIFIER_START.has(w.toLowerCase()));
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);

// A personal pronoun subject is followed by its verb (`they plan to`, `we need`), or carries it (`it's`, `she'll`).
const PERSONAL_SUBJECT = /^(?:i|you|we|they|he|she|it)$/;
const CONTRACTED_SUBJECT = /^(?:i|you|we|they|he|she|it|that|there)[’'](?:s|re|ll|d|ve|m)$/;

function pronounThenVerb(ws: string[]): boolean {
  const first = ws[0].toLowerCase();
  if (CONTRACTED_SUBJECT.test(first)) return true;
  return PERSONAL_SUBJECT.test(first) && ws.length > 2 && /^\p{Ll}+$/u.test(ws[1]) && !NOT_CLAUSE_START.has(ws[1]);
}

// A subordinate clause after a comma: its verb is not the first one's.
const CLAUSE_AFTER_COMMA = /,\s*(?:though|although|while|whereas|because|but\s+(?:he|she|they|it|we|i)\b)\b/i;
// How far to look for the clause's verb: a subject may be long ("A monthly stipend of Rs 3,000 for girls in
// grades 6 to 10 under the Benazir Taleemi Wazaif programme had raised …").
const MAX_CLAUSE_WORDS = 24;
const SHAPE_VERB_WORDS = 16;
// A relative on a person ("parents who adopt would not be eligible") still leaves a clause; on a thing or an
// infinitive it is the object's modifier.
const NOUN_MODIFIER_START = new Set(['that', 'which', 'to', 'for']);

function isFiniteWord(w: string): boolean {
  const lw = w.toLowerCase();
  return FINITE_WORDS.has(lw) || /(?:ed|[’']s|n[’']t)$/.test(lw) && lw.length > 3;
}

// Words that start an object right after a verb: `Trump favors a …`, `Clinton represents the …`.
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'more', 'no', 'to', 'some', 'any', 'what', 'how']);

/**
 * A present tense in -s right after a name (`Donald Trump favors a …`, `Trump represents the …`): the first
 * lower-case word after the capitalized subject, when an object starts after it. Plural nouns also end in -s
 * (`U.S. officials`), so the object start is required.
 */
function presentAfterName(ws: string[]): boolean {
  let i = 0;
  while (i < ws.length && /^\p{Lu}/u.test(ws[i])) i++;
  if (i === 0 || i + 1 >= ws.length) return false;
  const verb = ws[i];
  return /^\p{Ll}{2,}s$/u.test(verb) && !/(?:ss|us|is|ics)$/.test(verb) && OBJECT_START.has(ws[i + 1].toLowerCase());
}
