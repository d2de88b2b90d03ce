import { lexiconTag } from './entities/lexicon';
import type { Organization, Span } from '../record';
import type { TextDoc } from './text';
import {
  CAMEL_NAME_PREFIXES, KNOWN_ORGANIZATIONS, ORG_CLASS_NOUNS, ORG_CONNECTORS, ORG_HEADS, WEAK_ORG_HEADS,
} from './lexicons/organization-patterns';
import { TITLE_HEADS } from './lexicons/titles';
import { HONORIFICS } from './lexicons/honorifics';
import { GIVEN_NAMES, NAME_PARTS } from './lexicons/name-parts';
import { NOT_NAME_WORDS } from './entities/stopwords';
import { PLACES } from './lexicons/places';
import { fold, joined, overlaps, type Token } from './entities/tokens';

/** One place in the text where an organization is named, by the form written there. */
export interface OrgMention {
  span: Span;
  text: string;
  org: number; // index into the organizations list
}

export interface OrganizationResult {
  organizations: Organization[];
  mentions: OrgMention[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Every known form, longest first, as one case-sensitive pattern compiled once.
const KNOWN_FORMS = KNOWN_ORGANIZATIONS.flatMap((forms, i) => forms.map((form) => ({ form, i }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const KNOWN_INDEX = new Map(KNOWN_FORMS.map(({ form, i }) => [form, i]));
const KNOWN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(?:${KNOWN_FORMS.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}@-]|\\.\\p{L})`,
  'gu',
);
// "(SBP)", "(MoITT)", "(P@SHA)", "(NHSR&C)", "(PIC/S)": an acronym defined in brackets right after a name.
const ACRONYM = /^[\p{Lu}@][\p{L}@&/.\-]{1,9}$/u;
const HAS_TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

interface Candidate {
  span: Span;
  text: string;
  known: number | null; // KNOWN_ORGANIZATIONS index
  tokenEnd: number; // index of the token after the organization, for the bracketed acronym
}

const COMPANY_HEADS: ReadonlySet<string> = new Set(['group', 'ltd', 'limited', 'inc', 'plc', 'llc', 'motors', 'holding', 'holdings', 'company', 'corporation', 'securities', 'airlines']);
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'pvt']);
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flat().map(fold));
const PLACE_NAMES: ReadonlySet<string> = new Set(PLACES.flat().map((p) => p.split(/\s+/).map(fold).join(' ')));
const isHead = (t: Token) => t.capitalized && ORG_HEADS.has(fold(t.text));
// Words that open many organizations' names though they stop a person's ("National Bank", "Federal Board").
const ORG_NAME_WORDS: ReadonlySet<string> = new Set([
  'national', 'international', 'federal', 'provincial', 'government', 'new', 'it', 'ict', 'first', 'ministers', 'directors',
  'governors', 'secretaries', 'senators',
]);
// "Washington-based Institute": the place that qualifies an organization is not part of its name.
const QUALIFIER = /-(?:based|led|backed|owned|run|era|linked|funded)$/i;
const isStop = (t: Token) => {
  const w = fold(t.text);
  if (QUALIFIER.test(t.text) || /\d/.test(t.text)) return true;
  if (ORG_NAME_WORDS.has(w)) return false;
  return TITLE_HEADS.has(w) || HONORIFICS.has(w) || NOT_NAME_WORDS.has(w);
};
const isNamePart = (t: Token) => NAME_PARTS.has(fold(t.text)) || GIVEN_NAMES.has(fold(t.text));

/** Capitalized words after a connector belong to the name until a title or a person's name starts. */
function extendRight(tokens: Token[], head: number): number {
  let end = head;
  let i = head + 1;
  // "Bank Ltd", "Bank Al Habib Ltd": capitalized words straight after the head, when another head closes them
  let j = i;
  while (j < tokens.length && joined(tokens[j - 1], tokens[j]) && tokens[j].capitalized && !isStop(tokens[j])) {
    if (isHead(tokens[j])) end = j;
    j++;
  }
  if (end === head && head > 0 && !(joined(tokens[head - 1], tokens[head]) && tokens[head - 1].capitalized) && j > i && j - i <= 2) {
    end = j - 1; // "Bank Alfalah": the head opens the name
  }
  i = end + 1;
  while (i < tokens.length && joined(tokens[i - 1], tokens[i]) && !tokens[i - 1].possessive) {
    let k = i;
    while (k < tokens.length && ORG_CONNECTORS.has(tokens[k].text) && joined(tokens[k - 1], tokens[k])) k++;
    if (k === i || k >= tokens.length || !joined(tokens[k - 1], tokens[k])) break;
    let m = k;
    while (m < tokens.length && (m === k || joined(tokens[m - 1], tokens[m])) && tokens[m].capitalized && !isStop(tokens[m]) && !tokens[m - 1].possessive) {
      if (isNamePart(tokens[m]) && m > k) break;
      m++;
    }
    if (m === k) break;
    // "Systems Limited and Netsol": a legal suffix closes a company's name
    if (tokens[i].text === 'and' && LEGAL_SUFFIXES.has(fold(tokens[end].text))) break;
    // "State Bank of Pakistan and Federal Board of Revenue": after "and", a new head starts a new organization
    if (tokens[i].text === 'and' && tokens.slice(k, m).some(isHead)) break;
    // "the European Union and the United States": "and the" or "and <place>" starts another noun phrase
    if (tokens[i].text === 'and' && (tokens[i + 1]?.text === 'the' || PLACE_NAMES.has(tokens.slice(k, m).map((t) => fold(t.text)).join(' ')))) break;
    // "BYD Group of China": a company's "of <place>" says where it is from, not what it is called
    if (COMPANY_HEADS.has(fold(tokens[head].text)) && m - k === 1 && PLACE_WORDS.has(fold(tokens[k].text))) break;
    end = m - 1;
    i = m;
  }
  return end;
}

function extendLeft(tokens: Token[], head: number): number {
  let start = head;
  while (start > 0 && joined(tokens[start - 1], tokens[start]) && tokens[start - 1].capitalized && !isStop(tokens[start - 1]) && !tokens[start - 1].possessive) start--;
  return start;
}

function patternCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (!isHead(t)) return;
    if (i > 0 && isHead(tokens[i - 1]) && joined(tokens[i - 1], t)) return; // "Bank Ltd" is found from "Bank"
    let start = extendLeft(tokens, i);
    const end = extendRight(tokens, i);
    const weak = WEAK_ORG_HEADS.has(fold(t.text));
    // "PM Office": a bare head takes the capitalized word before it even when that word is a title.
    let first = start;
    if (first === end && i > 0 && joined(tokens[i - 1], t) && tokens[i - 1].capitalized && !NOT_NAME_WORDS.has(fold(tokens[i - 1].text))) first = i - 1;
    // A head alone ("the Ministry", "Cabinet") names no organization; a weak head needs a name before it or an "of" after.
    if (first === end) return;
    if (weak && first === i && !ORG_CONNECTORS.has(tokens[i + 1]?.text ?? '')) return;
    start = first;
    out.push({ span: { start: tokens[start].start, end: tokens[end].end }, text: text.slice(tokens[start].start, tokens[end].end), known: null, tokenEnd: end + 1 });
  });
  return out;
}

function knownCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  KNOWN_PATTERN.lastIndex = 0;
  for (let m = KNOWN_PATTERN.exec(text); m; m = KNOWN_PATTERN.exec(text)) {
    const end = m.index + m[0].length;
    const next = tokens.findIndex((t) => t.start >= end);
    out.push({ span: { start: m.index, end }, text: m[0], known: KNOWN_INDEX.get(m[0]) ?? null, tokenEnd: next < 0 ? tokens.length : next });
  }
  return out;
}

// ---- organizations found by how the text presents them, not by their names being listed ----

const candidateOf = (text: string, tokens: Token[], from: number, to: number): Candidate => ({
  span: { start: tokens[from].start, end: tokens[to - 1].end }, text: text.slice(tokens[from].start, tokens[to - 1].end), known: null, tokenEnd: to,
});
const tokenAt = (tokens: Token[], pos: number) => tokens.findIndex((t) => t.start >= pos);

/** End (exclusive) of the capitalized run of up to `max` joined words from token `i`; `i` when there is none. */
function capitalRun(tokens: Token[], i: number, max = 4): number {
  let j = i;
  while (j < tokens.length && j - i < max && tokens[j].capitalized && !isStop(tokens[j]) && (j === i || joined(tokens[j - 1], tokens[j]))) {
    j++;
    if (tokens[j - 1].possessive) break;
  }
  return j;
}

/** A run that is a place or holds a person's name part is no organization found by these rules. */
function isPlaceOrPerson(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return PLACE_NAMES.has(words.map((t) => fold(t.text)).join(' ')) || words.some(isNamePart);
}

/**
 * News credits name the outlet: "..., reports WealthPK.", "Colombo, Jan. 26 (Daily Mirror)-", "Published in
 * Dawn, July 19th, 2025". The name must close the credit (the sentence, the bracket, the comma).
 */
const CREDITS: readonly { opener: RegExp; closer: RegExp }[] = [
  { opener: /,\s*(?:reports|reported)\s+(?=\p{Lu})/gu, closer: /^\s*(?:[.!?]|$)/ },
  { opener: /\bPublished\s+in\s+(?:the\s+)?(?=\p{Lu})/gu, closer: /^,/ },
  { opener: /(?:^|\n)\p{Lu}[\p{L} .'-]{1,30},\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,\s*\d{4})?\s*\((?=\p{Lu})/gu, closer: /^\)/ },
];

function creditCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { opener, closer } of CREDITS) {
    opener.lastIndex = 0;
    for (let m = opener.exec(text); m; m = opener.exec(text)) {
      const first = tokenAt(tokens, m.index + m[0].length);
      if (first < 0) continue;
      const end = capitalRun(tokens, first);
      if (end === first || isPlaceOrPerson(tokens, first, end) || !closer.test(text.slice(tokens[end - 1].end + (tokens[end - 1].possessive ? 2 : 0)))) continue;
      out.push(candidateOf(text, tokens, first, end));
    }
  }
  return out;
}

// "websites like Upwork, Fiverr, and PeoplePerHour": the names listed after a plural noun of organizations
const CLASS_LIST = new RegExp(`\\b(?:${ORG_CLASS_NOUNS.join('|')})\\s+(?:such\\s+as|like|including|namely)\\s+(?=\\p{Lu})`, 'gu');

function listCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  CLASS_LIST.lastIndex = 0;
  for (let m = CLASS_LIST.exec(text); m; m = CLASS_LIST.exec(text)) {
    let i = tokenAt(tokens, m.index + m[0].length);
    for (let n = 0; n < 10 && i >= 0 && i < tokens.length; n++) {
      const end = capitalRun(tokens, i);
      if (end === i) break;
      if (!isPlaceOrPerson(tokens, i, end)) out.push(candidateOf(text, tokens, i, end));
      const next = tokens[end];
      if (!next) break;
      if (/^(?:and|or)$/.test(next.text) && /^,?\s$/.test(next.gap)) i = end + 1;
      else if (/^,\s$/.test(next.gap)) i = end;
      else break;
    }
  }
  return out;
}

// "PayPal", "WealthPK", "PeoplePerHour", "BankIslami": a word with a capital inside after a capitalized syllable is
// a brand; "MoU", "PhD", "McKinsey" (one or two letters before the inner capital) and family names are not.
const CAMEL_CASE = /^([A-Z][a-z]{2,})[A-Z][A-Za-z0-9]*$/;
// "@JebBush", "#FeelTheBern", "FlagShareLikeReply": handles, hashtags and words glued by a bad page extraction
const HANDLE_BEFORE = /(?:[#@=_/]|=["'])$/;
const TOO_MANY_CAPITALS = /(?:[a-z][A-Z].*){3,}|[a-z][A-Z]{4,}$/;
const DETERMINER = /^(?:the|a|an|this|that|its|their|our)$/i;
const COMPANY_TAIL = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'group', 'bank', 'pakistan', 'bangladesh', 'india', 'lanka']);

function brandCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const m = CAMEL_CASE.exec(t.text);
    if (!m || CAMEL_NAME_PREFIXES.has(m[1]) || TOO_MANY_CAPITALS.test(t.text) || HANDLE_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) return;
    // "New HampshireJoe": a capitalized word joined before it means two words lost their space
    const prev = tokens[i - 1];
    if (prev && joined(prev, t) && prev.capitalized && !DETERMINER.test(prev.text)) return;
    // "BankIslami Pakistan", "PayPal Inc": a country or company word straight after belongs to the name
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && joined(tokens[end - 1], tokens[end]) && tokens[end].capitalized && COMPANY_TAIL.has(fold(tokens[end].text))) end++;
    out.push(candidateOf(text, tokens, i, end));
  });
  return out;
}

// a word compromise knows ("Programme", "Index", "Zones") is English, so the run may be a programme
const isEnglishWord = (word: string) => lexiconTag(word) !== undefined;

/**
 * "the main opposition Samagi Jana Balawegaya (SJB)": a capitalized name whose bracketed acronym spells it is an
 * organization when no head word marks it and its last word is not English ("Public Sector Development
 * Programme (PSDP)", "Consumer Price Index (CPI)" are not); a plural acronym ("IPPs", "STZs") names a class.
 */
function spelledNameCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  const lowerCase = new Set(tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.text));
  for (const m of text.matchAll(/ \((\p{Lu}{2,6})\)/gu)) {
    const last = tokens.findIndex((t) => t.end === m.index);
    if (last < 0) continue;
    let first = last;
    while (first > 0 && last - first < 5 && joined(tokens[first - 1], tokens[first]) && tokens[first - 1].capitalized && !isStop(tokens[first - 1]) && !tokens[first - 1].possessive) first--;
    const words = (from: number) => tokens.slice(from, last + 1).map((t) => t.text);
    let from = first;
    while (from < last && !acronymFits(m[1], words(from))) from++;
    if (from === last || !acronymFits(m[1], words(from)) || isPlaceOrPerson(tokens, from, last + 1)) continue;
    // "Federal Excise Duty (FED)", "Final Tax Regime (FTR)": an English last word, or a word the article also writes
    // in lower case, makes the run a common noun phrase; a name in a South Asian language mostly ends in a, i, o or u
    if (!/[aiou]$/i.test(tokens[last].text) || isEnglishWord(tokens[last].text)) continue;
    if (tokens.slice(from, last + 1).some((t) => lowerCase.has(t.text.toLowerCase()))) continue;
    out.push(candidateOf(text, tokens, from, last + 1));
  }
  return out;
}

/** Letters of an acronym matched to the initials of a name's words; connectors may be skipped or used. */
export function acronymFits(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const go = (li: number, wi: number): boolean => {
    if (li === letters.length) return words.slice(wi).every((w) => ORG_CONNECTORS.has(w.toLowerCase()));
    if (wi === words.length) return false;
    const w = words[wi].toLowerCase();
    const optional = ORG_CONNECTORS.has(w);
    if (w[0] === letters[li] && go(li + 1, wi + 1)) return true;
    // a word may give two letters ("MoITT": Information Technology; "P@SHA": Software Houses)
    if (w[0] === letters[li] && li + 1 < letters.length && w.includes(letters[li + 1], 1) && go(li + 2, wi + 1)) return true;
    return optional && go(li, wi + 1);
  };
  return go(0, 0);
}

/** The bracketed acronym right after a candidate, when there is one. */
function bracketedAcronym(text: string, c: Candidate): string | null {
  const m = /^ ?\(([^()\s,]{2,10})\)/u.exec(text.slice(c.span.end, c.span.end + 14));
  if (!m || !ACRONYM.test(m[1])) return null;
  // "(Ogra)", "(Nepra)": house styles that write acronyms as words, accepted when the letters spell the name
  return HAS_TWO_CAPITALS.test(m[1]) || acronymFits(m[1], c.text.split(/\s+/)) ? m[1] : null;
}

/**
 * "Planning and Development Directorate of Technical Education (DTE)": the acronym shows where the name starts.
 * Only a prefix holding no head and not an acronym is cut ("U.N. Office for ... (OCHA)" keeps "U.N.",
 * "Ministry of National Health Services ... (NHSR&C)" keeps "Ministry of"). When the name is too short for its
 * acronym ("Development Centre (SPDC)"), the words before it are taken back ("Social Policy and").
 */
function fitToAcronym(tokens: Token[], c: Candidate, acronym: string): Candidate {
  const first = tokens.findIndex((t) => t.start === c.span.start);
  const last = c.tokenEnd - 1;
  if (first < 0 || last < first) return c;
  const words = (from: number) => tokens.slice(from, last + 1).map((t) => t.text);
  const make = (from: number): Candidate => ({ ...c, span: { start: tokens[from].start, end: c.span.end }, text: '' });
  if (acronymFits(acronym, words(first))) return c;
  for (let i = first + 1; i <= last; i++) {
    const cut = tokens.slice(first, i);
    if ((cut.length === 1 && HAS_TWO_CAPITALS.test(cut[0].text)) || cut.some(isHead)) continue;
    if (!ORG_CONNECTORS.has(tokens[i].text) && acronymFits(acronym, words(i))) return make(i);
  }
  for (let i = first - 1; i >= Math.max(0, first - 5); i--) {
    const t = tokens[i];
    if (!joined(t, tokens[i + 1])) break;
    if (!ORG_CONNECTORS.has(t.text) && (!t.capitalized || isStop(t))) break;
    if (t.capitalized && acronymFits(acronym, words(i))) return make(i);
  }
  return c;
}

export function extractOrganizations(doc: TextDoc, tokens: Token[]): OrganizationResult {
  const text = doc.text;
  let candidates = [
    ...knownCandidates(text, tokens), ...patternCandidates(text, tokens), ...creditCandidates(text, tokens),
    ...listCandidates(text, tokens), ...brandCandidates(text, tokens), ...spelledNameCandidates(text, tokens),
  ];
  candidates = candidates.map((c) => {
    const acr = bracketedAcronym(text, c);
    if (!acr || c.known !== null) return c;
    const fitted = fitToAcronym(tokens, c, acr);
    return { ...fitted, text: text.slice(fitted.span.start, fitted.span.end) };
  });
  // Longer names win over the shorter ones inside them ("State Bank of India" over "State Bank").
  candidates.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const accepted: Candidate[] = [];
  for (const c of candidates) if (!accepted.some((a) => overlaps(a.span, c.span))) accepted.push(c);
  accepted.sort((a, b) => a.span.start - b.span.start);

  const organizations: Organization[] = [];
  const byForm = new Map<string, number>();
  const mentions: OrgMention[] = [];
  const register = (name: string, aliases: string[]): number => {
    const forms = [name, ...aliases].map(fold);
    const existing = forms.map((f) => byForm.get(f)).find((i) => i !== undefined);
    const index = existing ?? organizations.push({ name, aliases: [], mentions: [] }) - 1;
    const org = organizations[index];
    for (const form of [name, ...aliases]) {
      if (fold(form) !== fold(org.name) && !org.aliases.some((a) => fold(a) === fold(form))) org.aliases.push(form);
      byForm.set(fold(form), index);
    }
    return index;
  };
  for (const c of accepted) {
    const known = c.known !== null ? KNOWN_ORGANIZATIONS[c.known] : null;
    const acr = bracketedAcronym(text, c);
    const index = known ? register(known[0], [c.text, ...(acr ? [acr] : [])]) : register(c.text, acr ? [acr] : []);
    mentions.push({ span: c.span, text: c.text, org: index });
    if (acr) {
      const at = text.indexOf(acr, c.span.end);
      mentions.push({ span: { start: at, end: at + acr.length }, text: acr, org: index });
    }
  }
  // Later uses of an alias ("MoITT", "the SBP") and acronyms that spell a found name ("FBR").
  for (const t of tokens) {
    if (mentions.some((m) => overlaps(m.span, t))) continue;
    let index = byForm.get(fold(t.text));
    if (index === undefined && /^\p{Lu}[\p{Lu}\p{Ll}@&]{1,8}$/u.test(t.text) && HAS_TWO_CAPITALS.test(t.text) && t.text.length >= 3) {
      index = organizations.findIndex((o) => o.name.split(/\s+/).length >= 2 && acronymFits(t.text, o.name.split(/\s+/)));
      if (index < 0) index = undefined;
      else organizations[index].aliases.push(t.text), byForm.set(fold(t.text), index);
    }
    if (index !== undefined && (t.capitalized || /\p{Lu}/u.test(t.text))) mentions.push({ span: { start: t.start, end: t.end }, text: t.text, org: index });
  }
  // A bracketed acronym may be found twice: as a known form and as the definition after its name.
  const seen = new Set<string>();
  const unique = mentions.filter((m) => {
    const key = `${m.span.start}:${m.span.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  mentions.length = 0;
  mentions.push(...unique);
  const merged = mergeShortForms(organizations);
  for (const m of mentions) m.org = merged[m.org];
  mentions.sort((a, b) => a.span.start - b.span.start);
  for (const m of mentions) organizations[m.org].mentions.push(m.span);
  const kept = organizations.map((o, i) => (merged[i] === i ? o : null));
  const renumber = new Map<number, number>();
  const out: Organization[] = [];
  kept.forEach((o, i) => { if (o) renumber.set(i, out.push(o) - 1); });
  for (const m of mentions) m.org = renumber.get(m.org) as number;
  return { organizations: out, mentions };
}

/**
 * "Mahaweli Authority" after "Sri Lanka Mahaweli Authority", "Ministry of National Health Services" beside the
 * full ministry name: a name of two or more words that opens or closes a longer one is that one's short form.
 * Returns, for each organization, the index it merges into.
 */
function mergeShortForms(orgs: Organization[]): number[] {
  const words = orgs.map((o) => o.name.split(/\s+/).map(fold));
  return orgs.map((o, i) => {
    const w = words[i];
    if (w.length < 2) return i;
    const into = words.findIndex((v, j) => j !== i && v.length > w.length &&
      (w.every((x, k) => v[k] === x) || w.every((x, k) => v[v.length - w.length + k] === x)));
    if (into < 0) return i;
    orgs[into].aliases.push(o.name, ...o.aliases);
    return into;
  });
}
