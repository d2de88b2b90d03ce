import type { Span } from '../../record';
import { PERSON_PRONOUNS, GROUP_PRONOUNS, SOURCE_NOUNS } from '../lexicons/speech-verbs';
import { SPEECH_CUES } from '../lexicons/speech-cues';

/** Who a cue names, before it is mapped to an entity: "he", "Syed Junaid Imam", "experts". */
export interface SpeakerPhrase {
  span: Span;
  text: string;
  kind: 'pronoun' | 'name' | 'noun';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&\-]*/gu;
// Adverbs and time words between a speaker and the verb: "He further said", "Khan on Monday said".
const FILLERS = new Set([
  'also', 'further', 'however', 'later', 'earlier', 'separately', 'additionally', 'meanwhile', 'then', 'again',
  'too', 'moreover', 'furthermore', 'recently', 'previously', 'today', 'yesterday', 'had', 'has', 'have', 'once',
  'repeatedly', 'publicly', 'reportedly', 'subsequently', 'specifically', 'similarly', 'likewise', 'instead',
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'week', 'month',
  'year', 'night', 'this', 'morning', 'evening', 'afternoon', 'had', 'would', 'will', 'also', 'just', 'once',
  'always', 'often', 'clearly', 'openly', 'categorically', 'strongly', 'firmly', 'flatly', 'explicitly', 'not',
]);
const ARTICLES = /^(?:the|a|an)\s+/i;
const CONNECTORS = new Set(['of', 'for', 'and', 'bin', 'bint', 'ul', 'ud', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'at', 'on', '&']);
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|dame|mst|engr)\.?$/i;
const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'but', 'and', 'as', 'when', 'while', 'if', 'this', 'that', 'it', 'its', 'his', 'her', 'their', 'our', 'speaking', 'addressing', 'according', 'however', 'meanwhile', 'separately', 'additionally', 'earlier', 'later', 'also', 'moreover',
  // Capitalized at a sentence start, never a speaker: prepositions, subordinators, months and weekdays (not May
  // or June, which are names too).
  'with', 'after', 'before', 'during', 'since', 'until', 'for', 'from', 'by', 'at', 'of', 'to', 'into', 'under', 'over',
  'about', 'through', 'despite', 'among', 'against', 'without', 'within', 'upon', 'although', 'because', 'partial',
  'january', 'february', 'march', 'april', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // A pronoun opening a sentence is capitalized too, but names nobody ("She started off by stressing …").
  'he', 'she', 'they', 'we', 'you',
  // Possessives, modals and question words that open a sentence ("My colleague", "Would Adam Schiff …?"). Not
  // "may" (Theresa May), and not quantifiers: "Both said …" and "Some say …" keep their speaker phrase.
  'my', 'your', 'would', 'could', 'should', 'will', 'can', 'might', 'must', 'why', 'how', 'what', 'who', 'where',
  'there']);

interface Word { text: string; start: number; end: number }

const MAX_PHRASE_WORDS = 14;

const TITLE_ABBREVIATION = /\b(?:Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Prof|Del|Adm|Maj|Cmdr|Supt|Atty|Amb|Pres|Insp)\s*$/;
const NAME_AFTER_STOP = /^\.\s(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)*/u;

function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    if (w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w) && !HONORIFIC.test(w)) w = w.slice(0, -1);
    if (/['’]s$/.test(w)) w = w.slice(0, -2);
    out.push({ text: w, start: from + m.index, end: from + m.index + w.length });
  }
  return out;
}

const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
// "reports" is the verb in "McCrummen reports:", not the plural of a source noun.
const isSourceNoun = (w: string) => !SPEECH_CUES.has(w) && w !== 'reports' && (SOURCE_NOUNS.has(w) || (w.endsWith('s') && SOURCE_NOUNS.has(w.slice(0, -1))));

function phraseOf(text: string, ws: Word[], kind: SpeakerPhrase['kind']): SpeakerPhrase {
  const span = { start: ws[0].start, end: ws[ws.length - 1].end };
  return { span, text: text.slice(span.start, span.end), kind };
}

/**
 * The speaker in a short stretch of text next to a cue (`chunk` holds no punctuation): a pronoun, a
 * capitalized name (with its title, which entity mapping trims), or an unnamed-source noun phrase.
 * `side` says where the cue is: a speaker before the cue ends at the chunk's end ("... the minister said").
 */
export function findSpeakerPhrase(text: string, from: number, to: number, side: 'before' | 'after'): SpeakerPhrase | null {
  // "said Rep. G.K. Butterfield (D-N.C.)": a clause cut at a title's abbreviation stop goes on to the name after it.
  if (side === 'after' && TITLE_ABBREVIATION.test(text.slice(from, to))) {
    const name = NAME_AFTER_STOP.exec(text.slice(to));
    if (name) to += name[0].length;
  }
  let ws = words(text, from, to);
  if (side === 'before') {
    while (ws.length && FILLERS.has(ws[ws.length - 1].text.toLowerCase())) ws = ws.slice(0, -1);
  } else if (ws.length > 8) ws = ws.slice(0, 8);
  // A long title before the name ("Federal Minister for Federal Education and Professional Training Dr X") is
  // still one speaker phrase; the name nearest the cue is taken from it.
  if (!ws.length || ws.length > MAX_PHRASE_WORDS) return null;
  const lower = ws.map((w) => w.text.toLowerCase());
  // A pronoun subject: the last word before the cue, or the first after it ("said he").
  const pronounAt = side === 'before' ? ws.length - 1 : 0;
  const pronoun = lower[pronounAt];
  if (PERSON_PRONOUNS.has(pronoun) || GROUP_PRONOUNS.has(pronoun) || pronoun === 'i') {
    if (side === 'after' || ws.length === 1 || /^(?:and|but|so|then|as|while|that|when|which)$/.test(lower[ws.length - 2])) {
      return phraseOf(text, [ws[pronounAt]], 'pronoun');
    }
  }
  // The capitalized run nearest the cue (titles included: mapping to entities picks the name inside).
  let capRun = side === 'before' ? lastCapRun(ws) : firstCapRun(ws);
  // "Rep. T.J. Okafor" names Okafor: an abbreviated title written with its stop is not part of the name.
  if (capRun && capRun.length > 1 && text[capRun[0].end] === '.' && TITLE_ABBREVIATION.test(capRun[0].text)) capRun = capRun.slice(1);
  if (capRun) {
    // "Health unions", "Trump campaign officials": capitalized words before a source noun modify it.
    // A name right after them is who the title belongs to ("said MSNBC host Chris Matthews").
    let end = ws.indexOf(capRun[capRun.length - 1]) + 1;
    const nouns = end;
    while (end < ws.length && isSourceNoun(lower[end])) end++;
    if (end === nouns) return phraseOf(text, capRun, 'name');
    const named = end < ws.length && isCap(ws[end].text) ? runs(ws.slice(end))[0] : null;
    return named ? phraseOf(text, named, 'name') : phraseOf(text, [...capRun, ...ws.slice(nouns, end)], 'noun');
  }
  // "He is hoping that", "She apparently believed": the capitalized pronoun opening the clause is the subject.
  if (side === 'before' && ws.length <= 5 && isCap(ws[0].text) && (PERSON_PRONOUNS.has(lower[0]) || GROUP_PRONOUNS.has(lower[0]))
    && ws.slice(1).every((w) => !isCap(w.text))) return phraseOf(text, [ws[0]], 'pronoun');
  // An unnamed source: the noun phrase whose head is a source noun ("senior health official").
  let head = side === 'before' ? ws.length - 1 : ws.findIndex((w) => SOURCE_NOUNS.has(w.text.toLowerCase()));
  // "attorneys for the family said", "experts on North Korea said": the source noun before a short prepositional phrase.
  if (side === 'before' && !SOURCE_NOUNS.has(lower[head])) {
    const pp = lower.findIndex((w, i) => SOURCE_NOUNS.has(w) && i >= ws.length - 8 && /^(?:of|on|for|at|from|in|with)$/.test(lower[i + 1] ?? ''));
    if (pp >= 0) return phraseOf(text, ws.slice(Math.max(0, pp - 3)).filter((w, i, all) => i > 0 || !/^(?:the|a|an)$/i.test(w.text) || all.length === 1), 'noun');
  }
  // "My colleague said", "his lawyer said": a possessive and a noun (with up to two modifiers) is a source as
  // written, whatever the noun.
  if (side === 'before' && ws.length >= 2 && ws.length <= 4 && POSSESSIVES.has(lower[0]) && lower.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
    return phraseOf(text, ws, 'noun');
  }
  if (head < 0 || !SOURCE_NOUNS.has(lower[head])) return null;
  let first = side === 'before' ? 0 : 0;
  if (side === 'before') {
    const cut = lower.lastIndexOf('and') > 0 && head - lower.lastIndexOf('and') > 3 ? lower.lastIndexOf('and') + 1 : 0;
    first = Math.max(cut, head - 5);
  }
  let np = ws.slice(first, head + 1);
  while (np.length > 1 && /^(?:the|a|an)$/i.test(np[0].text)) np = np.slice(1);
  const phrase = phraseOf(text, np, 'noun');
  return { ...phrase, text: phrase.text.replace(ARTICLES, '') };
}

function runs(ws: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lw = w.text.toLowerCase();
    const capital = isCap(w.text) && !NOT_NAMES.has(lw) && !CONTRACTED_PRONOUN.test(lw);
    const connector = cur.length > 0 && CONNECTORS.has(lw) && i + 1 < ws.length && isCap(ws[i + 1].text);
    if (capital || connector) cur.push(w);
    else {
      if (cur.length) out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  // A run of numbers alone ("In 2002, …") names nobody, nor does a quantity ("1,500 MW").
  return out.map((r) => r.filter((w, i) => !(i === 0 && HONORIFIC.test(w.text))))
    .filter((r) => r.length > 0 && r.some((w) => /\p{L}/u.test(w.text)) && !(r.length <= 2 && /^\p{N}/u.test(r[0].text)));
}

// Words that make the name after them the object of a preposition ("the unrest in Charlotte", "In a Facebook post").
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'to', 'for', 'with', 'on', 'by', 'into', 'about', 'against', 'over', 'under', 'during', 'after', 'before', 'since', 'across', 'through', 'via']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
const AFFILIATION = new Set(['of', 'from', 'at']);
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'its']);
// "I’m", "You’ll", "We’ve": a pronoun with its verb, never a name.
const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it)['’](?:m|ll|re|ve|d)$/;

function lastCapRun(ws: Word[]): Word[] | null {
  const rs = runs(ws);
  const last = rs[rs.length - 1];
  // The run must reach the cue ("Khan said"), or be followed only by lower-case title words ("Khan, the chairman").
  if (!last) return null;
  // "Rana Shahid Iqbal of the PTI said", "Jane Roe from the World Bank said": the person before an affiliation.
  const before = rs[rs.length - 2];
  const gap = before ? ws.slice(ws.indexOf(before[before.length - 1]) + 1, ws.indexOf(last[0])).map((w) => w.text.toLowerCase()) : [];
  if (before && before.length >= 2 && gap.length > 0 && gap.length <= 2 && AFFILIATION.has(gap[0]) && (gap.length === 1 || gap[1] === 'the')) return before;
  if (last[last.length - 1] === ws[ws.length - 1]) return last;
  if (ws.length > 6) return null;
  // Short of the cue, a name after a preposition is its object, not the speaker ("bemoaned the unrest in Charlotte
  // and said", "In a Facebook post on Friday, …").
  let i = ws.indexOf(last[0]) - 1;
  while (i >= 0 && DETERMINERS.has(ws[i].text.toLowerCase())) i--;
  return i >= 0 && PREPOSITIONS.has(ws[i].text.toLowerCase()) ? null : last;
}

function firstCapRun(ws: Word[]): Word[] | null {
  const rs = runs(ws);
  const first = rs[0];
  if (!first) return null;
  return first[0] === ws[0] || ws.indexOf(first[0]) <= 3 ? first : null;
}
