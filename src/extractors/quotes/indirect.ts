import type { Span } from '../../record';
import type { TextDoc } from '../text';
import { FINITE_WORDS, OBJECT_VERBS, PARTICIPLE_CUES } from '../lexicons/speech-verbs';
import { looksLikeClause, wordsOf } from './clause';
import { SPEECH_VERB_RE } from './cues';
import { clauseStart, clauseEnd, type Attribution } from './attribution';
import { findSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { blankBeforeCue, speakerBeforeAppositive, speakerBeforeParticiple } from './appositive';

/** A reported clause with its cue, before the speaker is resolved. */
export interface IndirectCandidate {
  span: Span;
  attribution: Attribution;
  rule: string;
}

// After the verb: adjuncts that may stand before "that" ("said on Monday that", "said in a statement that").
// A programme name in marks may be among them: "told MSNBC's “Morning Joe” that".
const ADJUNCT_THAT = /^(?:\s+[^\s,.;:!?]+){0,8}?\s+that\s+/iu;
// Words that make the stretch before "that" a clause of its own, not adjuncts: `said the videos were
// “inconclusive” and that …` reports two clauses, the first starting right after the verb.
const CLAUSE_WORD = /^(?:and|but|or)$/i;

// How an adjunct starts: a preposition, a time word or adverb, or a capitalized word (a weekday, a hearer's name).
// After any other word the stretch is the verb's object, and "that" after it is a relative pronoun: `stressed
// her support of the 2011 raid that killed …` reports nothing.
const ADJUNCT_START = /^(?:in|on|at|during|after|before|via|through|over|to|from|with|for|by|of|last|this|yesterday|today|tonight|earlier|later|also|again|repeatedly|recently|previously|publicly|privately|further|once|then|now|both|all|out|separately|specifically|\p{Lu}.*)$/u;

function adjunctsThenThat(rest: string, verb: string): RegExpExecArray | null {
  const m = ADJUNCT_THAT.exec(rest);
  if (!m) return null;
  const skipped = wordsOf(m[0].replace(/\s+that\s+$/i, ''));
  if (skipped.length && !OBJECT_VERBS.has(verb) && !ADJUNCT_START.test(skipped[0])) return null;
  // A past tense before "to" is a verb phrase (`said many examples failed to note that`), unlike the participle
  // of an adjunct (`said in a statement released Tuesday that`).
  const catenative = skipped.some((w, i) => /ed$/i.test(w) && skipped[i + 1]?.toLowerCase() === 'to');
  return catenative || skipped.some((w) => CLAUSE_WORD.test(w) || FINITE_WORDS.has(w.toLowerCase())) ? null : m;
}
// Time words right after a cue: "said Friday", "said on Monday morning", "said last week".
const TIME_ADJUNCT = /^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*/i;
// "… what Liz Wahl said when she resigned": a time clause, not what was said.
const SUBORDINATE_START = /^(?:when|while|as)\b/i;
// A clause the quote sits in ends at the sentence end; trailing marks and the final stop are not content.
const TRAILING = /[\s.,;:!?"”’]+$/u;

/**
 * Reported speech in one sentence, by three named rules:
 *  - indirect-speaker-verb: `<speaker> <verb> [that] <clause>` ("he said the establishment ... has provided")
 *  - indirect-clause-verb: `<clause>, <speaker> <verb>.` ("Growth will slow, the minister said.")
 *  - indirect-according-to: `according to <speaker>, <clause>` and `<clause>, according to <speaker>.`
 */
export function findIndirect(doc: TextDoc, sentence: Span, directCues: ReadonlySet<number> = new Set()): IndirectCandidate[] {
  const text = doc.text;
  const found: IndirectCandidate[] = [];
  // One sentence can hold two: "<clause A>, he said, adding that <clause B>."
  for (const c of [parenthetical(text, sentence), clauseVerb(text, sentence), accordingTo(text, sentence), ...speakerVerbs(text, sentence, directCues)]) {
    if (c && !found.some((f) => f.span.start < c.span.end && c.span.start < f.span.end)) found.push(c);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

// Verbs that voice a quote ('…,” he continued.') but report no clause: 'load-shedding continued in rural areas'.
const QUOTE_ONLY_CUES = new Set(['continued']);

// A second cue joined to the first: "Merrill says A and said B", "…, but he said B".
const COORDINATED_CUE = /[,;]?\s+(?:and|but)\s+(?:(?:he|she|they|it|we)\s+)?(?:also\s+)?(?:said|says|added|adds|noted|notes|told|argued|warned|insisted|suggested|stressed)\b/i;
// ", and called for a vote": a second predicate of the speaker, not more of what was said.
const SECOND_PREDICATE = /,\s+and\s+(?:also\s+)?(?:then\s+)?[a-z]{3,}ed\b(?!\s+(?:by|to)\b)/;
const AFTER_CONJUNCTION = /(?:^|\s)(?:and|but)(?:\s+also)?\s*$/i;

/** Every `<speaker> <verb> [that] <clause>` of a sentence, the clauses cut where a coordinated cue begins. */
function speakerVerbs(text: string, s: Span, directCues: ReadonlySet<number>): IndirectCandidate[] {
  const out: IndirectCandidate[] = [];
  let from = s.start;
  for (let k = 0; k < 4; k++) {
    const c = speakerVerb(text, s, from, out[out.length - 1]?.attribution.phrase ?? null, directCues);
    if (!c) break;
    out.push(c);
    from = c.attribution.cueSpan.end;
  }
  return out;
}

function speakerVerb(text: string, s: Span, from: number, previous: SpeakerPhrase | null, directCues: ReadonlySet<number>): IndirectCandidate | null {
  SPEECH_VERB_RE.lastIndex = from;
  for (let m = SPEECH_VERB_RE.exec(text); m && m.index < s.end; m = SPEECH_VERB_RE.exec(text)) {
    // The cue of a direct quote reports that quote: `“A,” Lee said during a rally in Ely, N.C., “B.”` has no
    // reported clause after "said", only an adjunct and the second half (a participle after it may have one).
    if (directCues.has(m.index) || QUOTE_ONLY_CUES.has(m[0].toLowerCase())) continue;
    const verb = m[0].toLowerCase();
    let at = m.index + m[0].length;
    const rest = text.slice(at, s.end);
    const that = adjunctsThenThat(rest, verb) ?? /^\s+that\s+/i.exec(rest);
    let hasThat = false;
    if (that) {
      at += that[0].length;
      hasThat = true;
    } else if (OBJECT_VERBS.has(verb)) {
      // "told reporters the plan ...": skip a short object only when a clause follows it.
      const obj = /^\s+(?:the\s+|a\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}/u.exec(rest);
      if (obj && looksLikeClause(text.slice(at + obj[0].length, s.end))) at += obj[0].length;
      else continue;
    } else if (/^\s*,\s*["“‘']/.test(rest)) continue; // "he said, “...”" is the direct rule's
    else if (/^\s*,/.test(rest)) at += /^\s*,/.exec(rest)![0].length; // "he said, ICT division can also ..." 
    const lead = /^\s*/.exec(text.slice(at))![0].length;
    let start = at + lead;
    // "said Friday as he entered the talks": a time adjunct, then no reported clause but a time clause.
    const time = TIME_ADJUNCT.exec(text.slice(start, s.end));
    if (time && !hasThat) {
      start += time[0].length;
      if (/^(?:as|when|while|after|before|during|in|at|on|from|to|that|"|“)\b/i.test(text.slice(start, s.end))) continue;
    }
    if (!hasThat && SUBORDINATE_START.test(text.slice(start, s.end))) continue;
    let body = text.slice(start, s.end).replace(TRAILING, '');
    const coordinated = COORDINATED_CUE.exec(body) ?? SECOND_PREDICATE.exec(body) ?? NEW_ATTRIBUTION.exec(body) ?? PARTICIPLE_AFTER.exec(body);
    if (coordinated && coordinated.index > 0) body = body.slice(0, coordinated.index).replace(TRAILING, '');
    // The statement itself in marks is a direct quote; marked words the clause runs on after are part of it.
    if (/^["“‘']/.test(body) && !/^["“‘'][^"“”]{1,80}["”’']\s+\p{Ll}/u.test(body)) continue;
    if (PARTICIPLE_CUES.has(wordsOf(body)[0]?.toLowerCase() ?? '')) continue; // "said, claiming that …": the clause before is what was said
    if (!hasThat && !looksLikeClause(body)) continue;
    if (wordsOf(body).length < 3) continue;
    const cs = clauseStart(text, m.index, s.start);
    // "When Clinton noted that …", "though she acknowledged …", "and the council said …": the subordinator or
    // conjunction is not part of the speaker.
    const subordinator = SUBORDINATOR_LEAD.exec(text.slice(cs, m.index))?.[0].length ?? 0;
    // "Minister X responding to a question by MP Y said": the speaker stands before the participle phrase.
    let phrase = speakerBeforeParticiple(text, cs + subordinator, m.index)
      ?? (m.index > cs + subordinator ? findSpeakerPhrase(text, cs + subordinator, m.index, 'before') : null);
    const participle = PARTICIPLE_CUES.has(verb);
    // "an architect who said he was stiffed", "Mr. Kamin, who emphasized that …": the relative's antecedent.
    if (!phrase && !participle && RELATIVE_BEFORE_CUE.test(text.slice(s.start, m.index))) phrase = antecedentOf(text, s.start, m.index);
    if (!phrase && !participle && cs > s.start && blankBeforeCue(text, cs, m.index)) phrase = speakerBeforeAppositive(text, cs - 1, s.start);
    // "… and said she would …": the speaker of the cue before, or else the sentence subject.
    if (!phrase && !participle && AFTER_CONJUNCTION.test(text.slice(cs, m.index))) phrase = previous ?? findSpeakerPhrase(text, s.start, Math.min(m.index, s.start + 60), 'after');
    // "The forum was told that …", "The committee was informed that …": a passive hearer; the speaker is unknown
    // (GUIDELINES: null when nobody can be determined), the clause is still reported speech.
    const passive = OBJECT_VERBS.has(verb) && hasThat && /\b(?:was|were|been|being)\s+$/i.test(text.slice(cs, m.index));
    if (passive) phrase = null;
    else if (!phrase && !participle) continue;
    if (participle && !phrase) {
      phrase = null;
    }
    return {
      span: { start, end: start + body.length },
      attribution: { cue: m[0], cueSpan: { start: m.index, end: m.index + m[0].length }, phrase, participle },
      rule: participle ? 'indirect-participle' : hasThat ? 'indirect-speaker-verb-that' : 'indirect-speaker-verb',
    };
  }
  return null;
}

// A new attribution inside the clause ends it: `wrote his book, Mr. McKinley said that …` reports nothing after
// "wrote"; the clause of "said" starts after it.
const NEW_ATTRIBUTION = /,\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|told|noted|added|argued|insisted|warned)\b/u;
// `said he didn't believe …, arguing that it was …` and `…, saying, “…”`: the participle reports a clause or a
// quote of its own.
const PARTICIPLE_AFTER = /,\s+(?:arguing|saying|adding|noting|insisting|claiming|warning|explaining|stressing|acknowledging|asserting)(?:\s+that\b|\s*[,:]?\s*["“])/i;
const SUBORDINATOR_LEAD = /^\s*(?:when|while|as|after|before|though|although|because|if|since|until|once|whereas|and|but|so|yet)\s+/i;
// The cue right after a relative pronoun: "… an architect who said", "…, who has argued".
const RELATIVE_BEFORE_CUE = /\bwho\s+(?:also\s+|has\s+|have\s+|had\s+|later\s+|then\s+)*$/i;

// The noun phrase right before "who": a determiner and up to four words, or a run of capitalized words.
const ANTECEDENT = /(?:\b(?:a|an|the|his|her|their|its|our|several|some|many|one)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}'’-]+|(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)[\s,]*$/u;

/** The noun phrase a relative pronoun refers to: the one right before "who" (and its comma). */
function antecedentOf(text: string, from: number, cue: number): SpeakerPhrase | null {
  const before = text.slice(from, cue);
  const who = before.search(/\bwho\s+(?:also\s+|has\s+|have\s+|had\s+|later\s+|then\s+)*$/i);
  const np = ANTECEDENT.exec(before.slice(0, who));
  if (!np) return null;
  let start = from + np.index;
  const end = start + np[0].replace(/[\s,]+$/, '').length;
  const found = findSpeakerPhrase(text, start, end, 'before');
  if (found) return found;
  // Any noun phrase may be a relative's antecedent ("an architect who said"): kept as written, without its
  // article (GUIDELINES: an unnamed source is the noun phrase without a leading article).
  start += /^(?:a|an|the)\s+/i.exec(text.slice(start, end))?.[0].length ?? 0;
  return end > start ? { span: { start, end }, text: text.slice(start, end), kind: 'noun' } : null;
}

// After a cue that follows its clause, only adjuncts may come: "..., he said in a statement on Monday."
const ADJUNCT_AFTER = /^,?\s*(?:claiming|saying|arguing|insisting|warning|on|in|at|during|to|after|while|later|earlier|today|yesterday|last|this|told|when|adding|noting|citing|without|before|as|via|through|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
// "..., Fernando told Reuters in an interview."
const HEARER_THEN_ADJUNCT = /^(?:the\s+)?[\p{L}.'’-]+(?:\s+(?:in|at|on|during|after|before|last|this|by|over)\b.*)?$/u;
const MAX_SPEAKER_WORDS = 10;

/** `<clause>, the minister said.` / `<clause>, said Mark Taylor Pierce, country director of Save the Children.` */
function clauseVerb(text: string, s: Span): IndirectCandidate | null {
  const end = s.start + text.slice(s.start, s.end).replace(TRAILING, '').length;
  SPEECH_VERB_RE.lastIndex = s.start;
  for (let m = SPEECH_VERB_RE.exec(text); m && m.index < end; m = SPEECH_VERB_RE.exec(text)) {
    if (QUOTE_ONLY_CUES.has(m[0].toLowerCase())) continue;
    const comma = text.lastIndexOf(',', m.index);
    if (comma <= s.start) continue;
    const before = text.slice(comma + 1, m.index).trim();
    if (before.split(/\s+/).length > MAX_SPEAKER_WORDS || /[;:"“”]/.test(before)) continue;
    const verbEnd = m.index + m[0].length;
    const afterVerb = text.slice(verbEnd, end).trim();
    let phrase;
    if (before) {
      if (afterVerb && !ADJUNCT_AFTER.test(afterVerb) && !(OBJECT_VERBS.has(m[0].toLowerCase()) && HEARER_THEN_ADJUNCT.test(afterVerb))) continue;
      phrase = findSpeakerPhrase(text, comma + 1, m.index, 'before');
    } else {
      // ", said he would …" after an appositive is the speaker-verb rule's ("Jane Roe, the mayor, said he would …").
      // A relative clause on the speaker ("said Tom Lee, who emphasized that …") is no clause of the cue's.
      if (looksLikeClause(afterVerb.replace(/^that\s+/i, '').split(/,\s*who\b/)[0])) continue;
      phrase = findSpeakerPhrase(text, verbEnd, clauseEnd(text, verbEnd, end), 'after');
    }
    if (!phrase) continue;
    const body = text.slice(s.start, comma).replace(TRAILING, '');
    if (/^["“‘']/.test(body) || /["“”]\s*$/.test(text.slice(s.start, comma)) || !looksLikeClause(body)) continue;
    return {
      span: { start: s.start, end: s.start + body.length },
      attribution: { cue: m[0], cueSpan: { start: m.index, end: verbEnd }, phrase, participle: false },
      rule: 'indirect-clause-verb',
    };
  }
  return null;
}

// `, <speaker> said[ adjunct],` inside a sentence that goes on in lower case after it.
const PARENTHETICAL_CUE = /,\s*([^,;:"“”]{1,60}?)\s+(said|says|told\s+(?:me|us|reporters)|added|noted|argued|insisted|explained)(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last\s+\w+|in\s+an?\s+\w+))?\s*,\s*(?=\p{Ll})/giu;

/**
 * `The museum, Mr. Obama said, would make visitors face uncomfortable truths.` The reported words are both sides
 * of the attribution; a quote has one span, so it is the whole sentence, attribution included (GUIDELINES
 * matching reads the gold words in order inside it).
 */
const TRAILING_ADJUNCT = /^(?:with|as|while|and|but|adding|noting|in|on|at|for|after|before|during|without|because|although)\b/i;

function parenthetical(text: string, s: Span): IndirectCandidate | null {
  const sentence = text.slice(s.start, s.end);
  PARENTHETICAL_CUE.lastIndex = 0;
  for (let m = PARENTHETICAL_CUE.exec(sentence); m; m = PARENTHETICAL_CUE.exec(sentence)) {
    if (m.index === 0 || /["“”]/.test(sentence.slice(0, m.index))) continue;
    const phraseStart = s.start + m.index + m[0].indexOf(m[1]);
    const phrase = findSpeakerPhrase(text, phraseStart, phraseStart + m[1].length, 'before');
    if (!phrase) continue;
    const body = sentence.replace(TRAILING, '');
    const before = sentence.slice(0, m.index).replace(TRAILING, '');
    const after = body.slice(m.index + m[0].length);
    if (wordsOf(after).length < 3 || !looksLikeClause(`${before} ${after}`)) continue;
    // "…over three years, the minister said, with the oldest sites first": a whole clause, then an adjunct.
    const clauseThenAdjunct = looksLikeClause(before) && TRAILING_ADJUNCT.test(after);
    const cueStart = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    const cue = m[2].split(/\s+/)[0];
    return {
      span: { start: s.start, end: s.start + (clauseThenAdjunct ? before.length : body.length) },
      attribution: { cue, cueSpan: { start: cueStart, end: cueStart + cue.length }, phrase, participle: false },
      rule: 'indirect-parenthetical',
    };
  }
  return null;
}

function accordingTo(text: string, s: Span): IndirectCandidate | null {
  const sentence = text.slice(s.start, s.end);
  const lead = /^(?:[^,]{0,40}?,\s*)?according to\s+([^,]{1,80}),\s*/i.exec(sentence);
  if (lead) {
    const start = s.start + lead[0].length;
    let body = text.slice(start, s.end).replace(TRAILING, '');
    const coordinated = COORDINATED_CUE.exec(body) ?? SECOND_PREDICATE.exec(body);
    if (coordinated && coordinated.index > 0) body = body.slice(0, coordinated.index).replace(TRAILING, '');
    if (!looksLikeClause(body)) return null;
    const cueStart = s.start + lead[0].toLowerCase().indexOf('according to');
    const phraseStart = s.start + lead[0].indexOf(lead[1], cueStart - s.start);
    return {
      span: { start, end: start + body.length },
      attribution: { cue: 'according to', cueSpan: { start: cueStart, end: cueStart + 12 }, phrase: findSpeakerPhrase(text, phraseStart, phraseStart + lead[1].length, 'after'), participle: false },
      rule: 'indirect-according-to',
    };
  }
  // The source may be followed by more of the sentence: "…, according to the Tax Foundation, more than …".
  const trail = /\s*[,—–]\s*according to\s+([^,;—–]{1,80}?)(?:[\s.]*$|\s*[,—–])/i.exec(sentence);
  if (trail) {
    const body = sentence.slice(0, trail.index).replace(TRAILING, '');
    if (!looksLikeClause(body)) return null;
    const cueStart = s.start + trail.index + trail[0].toLowerCase().indexOf('according to');
    const phraseStart = cueStart + trail[0].slice(trail[0].toLowerCase().indexOf('according to')).indexOf(trail[1]);
    return {
      span: { start: s.start, end: s.start + body.length },
      attribution: { cue: 'according to', cueSpan: { start: cueStart, end: cueStart + 12 }, phrase: findSpeakerPhrase(text, phraseStart, phraseStart + trail[1].length, 'after'), participle: false },
      rule: 'indirect-according-to',
    };
  }
  return null;
}
