import nlp from 'compromise';
import type { Person, Span } from '../record';
import type { TextDoc } from './text';
import type { OrgMention } from './organizations';
import { HONORIFICS } from './lexicons/honorifics';
import { GIVEN_NAMES, NAME_PARTICLES, NAME_PARTS, REGIONAL_NAMES } from './lexicons/name-parts';
import { PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS, WEAK_TITLE_HEADS } from './lexicons/titles';
import { ORG_HEADS } from './lexicons/organization-patterns';
import { SPEECH_CUES } from './lexicons/speech-cues';
import { NOT_NAME_WORDS } from './entities/stopwords';
import { fold, joined, type Token } from './entities/tokens';
import { lexiconTag } from './entities/lexicon';
import { describeAfter, describeBefore, type Role } from './entities/roles';

/** A run of name words in the text, before it is known to be a person. */
interface Run {
  first: number; // token indexes, inclusive
  last: number;
  span: Span;
  name: string;
  words: string[]; // folded
}

interface Found {
  person: Person;
  words: string[];
  roles: Role[];
}

// "Biden-era allocations": the name before a hyphenated qualifier is still a mention.
const QUALIFIED = /^(\p{Lu}[\p{L}]+)-(?:era|led|backed|run|style|like)$/u;
// "Abdel Fattah al-Sisi", "Mohammed bin Salman": a lower-case article joined to a capitalized name
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|ibn|abu)-\p{Lu}/u;
const ACRONYM = /^[\p{Lu}@&]{2,}[\p{Lu}\d&-]*$/u;
const INITIAL = /^\p{Lu}(?:\.\p{Lu})*\.?$/u;

export interface PeopleInput {
  doc: TextDoc;
  tokens: Token[];
  orgMentions: OrgMention[];
  /** folded single words that name places ("pakistan", "colombo") and so cannot be names on their own */
  placeWords: ReadonlySet<string>;
  /** folded place names of several words ("sri lanka"): a run that starts with one is not a person */
  placeNames: readonly string[];
}

export interface PeopleResult {
  people: Person[];
  /** organizations only an appositive or a bracket named ("at K-Electric", "(USP, EMEA)"), for the organization list */
  employers: string[];
}

export function extractPeople(input: PeopleInput): PeopleResult {
  const { doc, tokens } = input;
  const inOrg = orgTokenFlags(tokens, input.orgMentions);
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  const eligible = tokens.map((t, i) => isNameWord(t, i, tokens, inOrg, input.placeWords));
  admitMonthSurnames(tokens, eligible, inOrg);
  dropHeadlineCaseWords(doc, tokens, eligible);
  const runs = findRuns(doc.text, tokens, eligible);

  const found: Found[] = [];
  const pending: Run[] = [];
  // Longest runs first, so "Asfand Yar Khan" exists before the later "Khan" is linked to it.
  const ordered = [...runs].sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const run of ordered) {
    const before = describeBefore(doc.text, tokens, run.first, input.orgMentions);
    const after = describeAfter(doc.text, tokens, run.last, input.orgMentions);
    const owner = findOwner(found, run);
    if (owner) {
      addMention(owner, run, [before, after]);
      continue;
    }
    const folded = run.words.join(' ');
    if (input.placeNames.some((p) => folded === p || folded.startsWith(`${p} `) || folded.startsWith(p))) {
      pending.push(run);
      continue;
    }
    if (isPerson(run, tokens, before, after, sentenceStarts)) {
      found.push({ person: { name: run.name, title: null, organization: null, mentions: [] }, words: run.words, roles: [] });
      addMention(found[found.length - 1], run, [before, after]);
    } else pending.push(run);
  }
  // Runs with no cue of their own are mentions when their words are a known person's ("Aurangzeb").
  for (const run of pending) {
    const owner = findOwner(found, run);
    if (owner) addMention(owner, run, []);
  }
  for (const f of found) chooseRole(f);
  // "John O’Brien, an analyst at Capital Economics, said": a run another person works at is an organization
  const employers = new Set(found.flatMap((f) => f.roles.map((r) => r.organization)).filter(Boolean).map((o) => fold(o as string)));
  const discovered = [...new Set(found.flatMap((f) => f.roles.filter((r) => r.discovered && r.organization).map((r) => r.organization as string)))];
  const people = found
    .filter((f) => !employers.has(f.words.join(' ')))
    .map((f) => ({ ...f.person, mentions: f.person.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { people, employers: discovered };
}

/**
 * A headline in title case capitalizes every word, so its capitals say nothing: "Black Lawmakers Rip Donald
 * Trump As A 'Disgusting Fraud'" is no name of five words. In such a first line, a word the article writes in
 * lower case elsewhere ("as", "black") or that compromise knows as an ordinary word ("rip", "hammers") is no name
 * word there; the body's own mentions still name the person.
 */
function dropHeadlineCaseWords(doc: TextDoc, tokens: Token[], eligible: boolean[]): void {
  const first = doc.paragraphs[0];
  if (!first || doc.paragraphs.length < 2 || doc.text.slice(first.start, first.end).includes('\n')) return;
  const inHeadline = (t: Token) => t.start >= first.start && t.end <= first.end;
  const words = tokens.filter(inHeadline).filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 4 || words.filter((t) => t.capitalized).length < 0.8 * words.length) return;
  const lowerElsewhere = new Set(tokens.filter((t) => !inHeadline(t) && !t.capitalized).map((t) => fold(t.text)));
  tokens.forEach((t, i) => {
    if (inHeadline(t) && eligible[i] && (lowerElsewhere.has(fold(t.text)) || isCommonWord(fold(t.text)))) eligible[i] = false;
  });
}

function orgTokenFlags(tokens: Token[], mentions: OrgMention[]): boolean[] {
  return tokens.map((t) => mentions.some((m) => m.span.start < t.end && t.start < m.span.end));
}

/**
 * compromise's person tags for the words of one run, read only when no cheaper cue decided: one signal among
 * several, strong for Western given names ("Jim Harris", "Emma Fan"). Tagging the run alone costs far less
 * than tagging the whole article (about 50 ms an article).
 */
function compromiseSaysPerson(name: string, single: boolean): boolean {
  const json = nlp(name).json() as { terms: { tags: string[] }[] }[];
  const tags = json.flatMap((s) => s.terms.map((t) => t.tags));
  return single ? tags.some((t) => t.includes('LastName')) : tags.some((t) => t.includes('FirstName') || t.includes('LastName'));
}

// A word compromise knows as anything but a name ("plan", "cars", "relief") is an ordinary word.
const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);

function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && !NAME_TAGS.has(tag);
}

function isNameWord(t: Token, i: number, tokens: Token[], inOrg: boolean[], placeWords: ReadonlySet<string>): boolean {
  if (inOrg[i]) return false;
  const w = fold(t.text);
  if (NAME_PARTICLES.has(t.text)) return i > 0 && i + 1 < tokens.length && tokens[i - 1].capitalized && tokens[i + 1].capitalized;
  if (ARABIC_ARTICLE.test(t.text)) return i > 0 && tokens[i - 1].capitalized;
  if (!t.capitalized) return false;
  if (QUALIFIED.test(t.text)) return true;
  if (NAME_PARTS.has(w) || GIVEN_NAMES.has(w)) return true;
  if (INITIAL.test(t.text)) return true;
  if (/\d/.test(t.text) || ACRONYM.test(t.text)) return false;
  if (NOT_NAME_WORDS.has(w) || HONORIFICS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) return false;
  if (PORTFOLIO_WORDS.has(w) || ORG_HEADS.has(w) || placeWords.has(w)) return false;
  return true;
}

// Months that are also surnames ("Theresa May", "Brian May"): a name word inside a name, or beside a speech cue
// ("May said"), never before a number ("May 5", "May 2024") and never alone otherwise ("in May").
const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);

function admitMonthSurnames(tokens: Token[], eligible: boolean[], inOrg: boolean[]): void {
  tokens.forEach((t, i) => {
    if (eligible[i] || inOrg[i] || !t.capitalized || !MONTH_SURNAMES.has(fold(t.text))) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (next && /^\d/.test(next.text) && /^\s$/.test(next.gap)) return;
    const afterName = prev && eligible[i - 1] && joined(prev, t);
    const besideCue = (prev && SPEECH_CUES.has(prev.text) && /^\s$/.test(t.gap)) || (next && SPEECH_CUES.has(next.text) && /^\s$/.test(next.gap));
    if (afterName || besideCue) eligible[i] = true;
  });
}

function findRuns(text: string, tokens: Token[], eligible: boolean[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!eligible[i] || NAME_PARTICLES.has(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && eligible[j + 1] && joined(tokens[j], tokens[j + 1]) && j - i < 5 && !QUALIFIED.test(tokens[j].text)) j++;
    while (j > i && NAME_PARTICLES.has(tokens[j].text)) j--;
    runs.push(makeRun(text, tokens, i, j));
    i = j + 1;
  }
  return runs;
}

function makeRun(text: string, tokens: Token[], first: number, last: number): Run {
  const start = tokens[first].start;
  let end = tokens[last].end;
  const q = QUALIFIED.exec(tokens[last].text);
  if (q) end = start + (tokens[last].start - start) + q[1].length;
  const name = text.slice(start, end);
  return { first, last, span: { start, end }, name, words: name.split(/\s+/).map(fold).filter(Boolean) };
}

/** The person whose name holds all of this run's words ("Khan" in "Asfand Yar Khan"); the latest such person. */
function findOwner(found: Found[], run: Run): Found | undefined {
  const owners = found.filter((f) => run.words.every((w) => f.words.includes(w)));
  if (owners.length <= 1) return owners[0];
  const lastBefore = (f: Found) => Math.max(-1, ...f.person.mentions.filter((m) => m.start < run.span.start).map((m) => m.start));
  return owners.sort((a, b) => lastBefore(b) - lastBefore(a))[0];
}

function addMention(f: Found, run: Run, roles: (Role | null)[]): void {
  f.person.mentions.push(run.span);
  for (const r of roles) if (r) f.roles.push(r);
}

function isPerson(run: Run, tokens: Token[], before: Role | null, after: Role | null, sentenceStarts: Set<number>): boolean {
  const n = run.last - run.first + 1;
  if (before?.honorific || after?.title || before?.adjacentHead) return true;
  // "Forbes & Walker said", "Johnson & Johnson": a capitalized word joined by "&" to the one before is a firm's name
  if (run.first > 0 && tokens[run.first - 1].capitalized && /^ & $/.test(tokens[run.first].gap)) return false;
  const words = tokens.slice(run.first, run.last + 1);
  const prev = tokens[run.first - 1];
  const next = tokens[run.last + 1];
  // "said Syed Junaid Imam", "Fernando told": the cue stands right beside the name, no comma between
  const speech = (prev && SPEECH_CUES.has(prev.text) && /^\s$/.test(words[0].gap)) || (next && SPEECH_CUES.has(next.text) && /^\s$/.test(next.gap));
  // "Secretary to the Ministry of ..., B.L.A.J. Dharmakeerthi, said": a title, a comma, then the name
  if (before?.title && n >= 2 && /^,\s$/.test(words[0].gap)) return true;
  const lexical = words.some((t) => GIVEN_NAMES.has(fold(t.text)) || NAME_PARTS.has(fold(t.text)) || REGIONAL_NAMES.has(fold(t.text)));
  // A title that ends in a portfolio ("Deputy Minister of Economic Development") may run on into a name or
  // into more capitalized words ("Dean of Allied Healthcare Sciences"): the words must look like a name.
  if (n >= 2) {
    if (lexical || compromiseSaysPerson(run.name, false)) return true;
    // "Plan Review said", "Honda Atlas Cars said": a speech verb alone does not make ordinary words a name
    // name particles ("de", "ul") are ordinary words to the lexicon, but not here ("Shanika de Alwis said")
    return Boolean(speech) && !words.some((t) => !NAME_PARTICLES.has(t.text) && isCommonWord(t.text));
  }
  // One word alone is a person only with a strong cue and not as the first word of a sentence.
  if (sentenceStarts.has(run.span.start) || !speech) return false;
  return compromiseSaysPerson(run.name, true);
}

/** The fullest title any mention gives, with the organization given beside that title. */
function chooseRole(f: Found): void {
  const withTitle = f.roles.filter((r) => r.title);
  const best = withTitle.sort((a, b) => (b.title as string).length - (a.title as string).length)[0];
  f.person.title = best?.title ?? null;
  f.person.organization = best?.organization ?? f.roles.find((r) => r.organization)?.organization ?? null;
}
