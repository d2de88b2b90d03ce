import type { Span } from '../../record';
import { findSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { blankBeforeCue, speakerBeforeAppositive, speakerBeforeParticiple } from './appositive';
import { SPEECH_VERB_RE, ACCORDING_TO_RE, isAbbreviationStop } from './cues';
import { FINITE_WORDS, OBJECT_VERBS, PARTICIPLE_CUES } from '../lexicons/speech-verbs';

/** A speech cue and the speaker phrase next to it. */
export interface Attribution {
  cue: string;
  cueSpan: Span;
  phrase: SpeakerPhrase | null;
  /** a participle ("adding") with no speaker of its own continues the sentence subject */
  participle: boolean;
}

const CLAUSE_END = /[,;:()\[\]—–"“”]|[.!?](?=\s|$)/;

/** Where the clause holding `pos` starts: after the last clause punctuation before it, not before `floor`. */
export function clauseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (CLAUSE_END.test(text[i])) return i + 1;
  return floor;
}

export function clauseEnd(text: string, pos: number, ceiling: number): number {
  for (let i = pos; i < ceiling; i++) if (CLAUSE_END.test(text[i]) && !isAbbreviationStop(text, i)) return i;
  return ceiling;
}

function cueAt(text: string, start: number, end: number, re: RegExp): RegExpExecArray | null {
  re.lastIndex = start;
  const m = re.exec(text);
  return m && m.index + m[0].length <= end ? m : null;
}

// `“pants on fire,” compared to 11% of Democratic claims`: a participle and its preposition after the mark start
// a comparison, not a speaker (and "claims" there is a noun).
const COMPARISON_LEAD = /^[\p{Ll}]+(?:ed|ing)\s+(?:to|with|by|from|against|than)\b/u;

// "…,” as a Homeland Security memo put it." and "As Ms. Simonyan put it in a statement, RT is “…”": the
// speaker between "as" and "put it"; "put it" is the cue.
const PUT_IT_AFTER = /^as\s+([^,;:"“”]{1,60}?)\s+(?:(?:has|had|once|recently|later)\s+)?(put\s+it)\b/i;
const PUT_IT_BEFORE = /\bas\s+([^,;:"“”]{1,60}?)\s+(?:(?:has|had|once|recently|later)\s+)?(put\s+it)\b[^"“”]{0,80},\s*(?:[^,"“”]{0,60}\s)?$/i;

function putItAttribution(text: string, at: number, m: RegExpExecArray): Attribution | null {
  const phraseStart = at + m[0].indexOf(m[1], 2);
  const phrase = findSpeakerPhrase(text, phraseStart, phraseStart + m[1].length, 'before');
  if (!phrase) return null;
  const cueStart = at + m[0].lastIndexOf(m[2]);
  return { cue: 'put it', cueSpan: { start: cueStart, end: cueStart + m[2].length }, phrase, participle: false };
}

/**
 * The attribution right after a closing mark: `,” he said.`, `,” said Syed Junaid Imam, Member IT`,
 * `,” the minister told reporters.` The cue must come within the first clause after the quote.
 */
export function attributionAfter(text: string, from: number, ceiling: number): Attribution | null {
  const lead = /^[\s,—–-]*/.exec(text.slice(from, ceiling))?.[0].length ?? 0;
  const start = from + lead;
  const end = clauseEnd(text, start, ceiling);
  const according = cueAt(text, start, end, ACCORDING_TO_RE);
  if (according && according.index === start) {
    const after = according.index + according[0].length;
    return { cue: 'according to', cueSpan: span(according), phrase: findSpeakerPhrase(text, after, clauseEnd(text, after, ceiling), 'after'), participle: false };
  }
  const putIt = PUT_IT_AFTER.exec(text.slice(start, end));
  if (putIt) return putItAttribution(text, start + putIt.index, putIt);
  const verb = cueAt(text, start, end, SPEECH_VERB_RE);
  if (!verb) return appositiveAfter(text, start, ceiling);
  const before = text.slice(start, verb.index).trim();
  if (before.split(/\s+/).length > 8 || COMPARISON_LEAD.test(before)) return null;
  let phrase = before ? findSpeakerPhrase(text, start, verb.index, 'before') : null;
  const after = verb.index + verb[0].length;
  if (!phrase) phrase = findSpeakerPhrase(text, after, clauseEnd(text, after, ceiling), 'after');
  return { cue: verb[0], cueSpan: span(verb), phrase, participle: false };
}

/**
 * The attribution right before an opening mark: `He added, “`, `Khan said: “`, `He said that “`,
 * `the minister told reporters: “`, `According to X, “`. Words between the cue and the mark other than an
 * object, "that" or the cue's adjuncts mean the quote sits inside reported speech (returns null).
 */
export function attributionBefore(text: string, to: number, floor: number): Attribution | null {
  const tail = text.slice(floor, to);
  const putIt = PUT_IT_BEFORE.exec(tail);
  if (putIt) return putItAttribution(text, floor + putIt.index, putIt);
  const according = /\baccording to\s+([^,]{1,80}),\s*$/i.exec(tail);
  if (according) {
    const at = floor + according.index;
    const phraseStart = at + according[0].indexOf(according[1]);
    return { cue: 'according to', cueSpan: { start: at, end: at + 12 }, phrase: findSpeakerPhrase(text, phraseStart, phraseStart + according[1].length, 'after'), participle: false };
  }
  // The last speech verb before the mark, with only punctuation, "that", or a short object between.
  SPEECH_VERB_RE.lastIndex = floor;
  let last: RegExpExecArray | null = null;
  for (let m = SPEECH_VERB_RE.exec(text); m && m.index < to; m = SPEECH_VERB_RE.exec(text)) last = m;
  if (!last) return null;
  const verb = last[0].toLowerCase();
  const between = text.slice(last.index + last[0].length, to);
  const object = OBJECT_VERBS.has(verb) ? '(?:\\s+[\\w’\'.-]+){0,6}?' : '(?:\\s+(?:out|in|on|at|during|while|after|before|to|from|of|a|an|the|his|her|their|its|statement|remarks|interview|speech|event|conference|ceremony|meeting|address|reporters|journalists|media|today|yesterday|later|earlier|also|further|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[A-Z][\\w’\'.-]*))*?';
  const ok = new RegExp(`^${object}\\s*(?:[,:—–-]\\s*)?(?:that\\s*(?:[,:]\\s*)?)?$`, 'u').test(between) || /^\s*[,:]\s*$/.test(between) || adjunctThenBreak(between);
  // The hearer is a noun phrase: `told his radio audience on Monday, “`; with a verb in it (`told reporters the
  // plan would “do more harm”`) the marked words sit inside reported speech.
  if (!ok || (OBJECT_VERBS.has(verb) && holdsVerb(between))) return null;
  const start = clauseStart(text, last.index, floor);
  let phrase = speakerBeforeParticiple(text, start, last.index) ?? (last.index > start ? findSpeakerPhrase(text, start, last.index, 'before') : null);
  const participle = PARTICIPLE_CUES.has(verb);
  // "Jane Roe, the mayor, said: “…" and "Rep. Tom Lee (D-Mass.) said, “…"
  if (!phrase && !participle && start > floor && blankBeforeCue(text, start, last.index)) phrase = speakerBeforeAppositive(text, start - 1, floor);
  if (!phrase && !participle) {
    // "said Khan: “..." or "said the minister, “..."
    const after = last.index + last[0].length;
    const p = findSpeakerPhrase(text, after, clauseEnd(text, after, to), 'after');
    return { cue: last[0], cueSpan: span(last), phrase: p, participle: false };
  }
  return { cue: last[0], cueSpan: span(last), phrase, participle };
}

// `said via email that, “`, `said on the other hand, “`, `says on its website that “`: a prepositional adjunct,
// then a comma, a colon or "that" right before the mark, so the marked words start the statement itself.
const ADJUNCT_THEN_BREAK = /^\s+(?:in|on|at|via|by|during|through|over|to|from|after|before|while|with|of|for|later|earlier|also|again)((?:\s+[^\s,.;:!?"“”]+){0,5})\s*(?:[,:]|\bthat\s*[,:]?)\s*$/iu;

function holdsVerb(words: string): boolean {
  return (words.match(/[\p{L}’'-]+/gu) ?? []).some((w) => FINITE_WORDS.has(w.toLowerCase()));
}

function adjunctThenBreak(between: string): boolean {
  const m = ADJUNCT_THEN_BREAK.exec(between);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  return !words.some((w) => FINITE_WORDS.has(w) || w === 'and' || w === 'but' || w === 'or');
}

// Between a closing mark and a cue held back by an appositive: the name, its role and brackets, no new sentence.
const MAX_APPOSITIVE_WORDS = 30;
const SENTENCE_INSIDE = /(?:^|\s)[\p{Ll}\d][\p{L}\d]*[.!?]\s/u;

/**
 * `,” Senate Leader Tom Lee, R-Ky., said Tuesday.` and `,” Rep. Jane Roe (D-Wis.) said.`: the cue comes after
 * the speaker's appositive or bracket, past the first clause that `attributionAfter` reads.
 */
function appositiveAfter(text: string, start: number, ceiling: number): Attribution | null {
  SPEECH_VERB_RE.lastIndex = start;
  const verb = SPEECH_VERB_RE.exec(text);
  if (!verb || verb.index >= ceiling) return null;
  const between = text.slice(start, verb.index);
  if (/["“”]/.test(between) || SENTENCE_INSIDE.test(between) || between.split(/\s+/).length > MAX_APPOSITIVE_WORDS) return null;
  const breakAt = Math.max(between.lastIndexOf(','), between.lastIndexOf(')'));
  if (breakAt < 0 || !blankBeforeCue(text, start + breakAt + 1, verb.index)) return null;
  const phrase = speakerBeforeAppositive(text, start + breakAt, start);
  return phrase ? { cue: verb[0], cueSpan: span(verb), phrase, participle: false } : null;
}

function span(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}
