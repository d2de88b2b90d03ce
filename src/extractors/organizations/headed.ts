import { ORG_CONNECTORS, WEAK_ORG_HEADS } from '../lexicons/organization-patterns';
import { NOT_NAME_WORDS } from '../entities/stopwords';
import { PLACES } from '../lexicons/places';
import { PORTFOLIO_WORDS } from '../lexicons/titles';
import { fold, joined, type Token } from '../entities/tokens';
import type { Candidate } from './candidate';
import { isHead, isNamePart, isStop, PLACE_NAMES } from './words';

// Organizations named around a head word ("Bank", "Ministry", "Authority"), extended left and right.
const COMPANY_HEADS: ReadonlySet<string> = new Set(['group', 'ltd', 'limited', 'inc', 'plc', 'llc', 'motors', 'holding', 'holdings', 'company', 'corporation', 'securities', 'airlines']);
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'pvt']);
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flat().map(fold));

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
      if ((isNamePart(tokens[m]) || nameAfterPortfolio(tokens, m)) && m > k) break;
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

// "People's Bank of China", "Women's Action Forum": a group's possessive opens the name instead of closing a
// name before it ("China's Bank" stays cut)
const GROUP_POSSESSIVES: ReadonlySet<string> = new Set(['people', 'women', 'children', 'men', 'workers', 'farmers', 'citizens']);
const groupPossessive = (prev: Token, next: Token) => prev.possessive && GROUP_POSSESSIVES.has(fold(prev.text)) && /^[ \u00A0]$/.test(next.gap);

/**
 * "Standing Committee on Finance Saleem Mandviwalla chaired": after a portfolio word, two or more capitalized
 * words that are neither portfolio words nor heads, followed by a lower-case word or the end, are a person's
 * name ("Board of Investment Promotion" keeps its one word).
 */
function nameAfterPortfolio(tokens: Token[], m: number): boolean {
  if (!PORTFOLIO_WORDS.has(fold(tokens[m - 1].text))) return false;
  let n = m;
  while (n < tokens.length && (n === m || joined(tokens[n - 1], tokens[n])) && tokens[n].capitalized && !isHead(tokens[n]) && !PORTFOLIO_WORDS.has(fold(tokens[n].text))) n++;
  const next = tokens[n];
  return n - m >= 2 && (!next || !joined(tokens[n - 1], next) || /^\p{Ll}/u.test(next.text));
}

// words that make a capitalized run a programme or an instrument, not a body
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(['facility', 'scheme', 'initiative', 'instrument', 'package', 'policy']);

// "Forbes & Walker Tea Brokers", "Ernst & Young": an ampersand between capitalized words joins one name
const ampersand = (prev: Token, next: Token) => !prev.possessive && next.capitalized && /^ & $/.test(next.gap);

function extendLeft(tokens: Token[], head: number): number {
  let start = head;
  while (start > 0 && tokens[start - 1].capitalized && !isStop(tokens[start - 1])) {
    const prev = tokens[start - 1];
    if (!(joined(prev, tokens[start]) && !prev.possessive) && !groupPossessive(prev, tokens[start]) && !ampersand(prev, tokens[start])) break;
    start--;
  }
  return start;
}

export function headedCandidates(text: string, tokens: Token[]): Candidate[] {
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
    // "Extended Fund Facility", "Youth Loan Scheme": a head followed by a programme word names a programme
    const next = tokens[end + 1];
    if (next && joined(tokens[end], next) && next.capitalized && PROGRAMME_WORDS.has(fold(next.text))) return;
    out.push({ span: { start: tokens[start].start, end: tokens[end].end }, text: text.slice(tokens[start].start, tokens[end].end), known: null, tokenEnd: end + 1 });
  });
  return out;
}
