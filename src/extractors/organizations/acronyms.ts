import { ORG_CONNECTORS } from '../lexicons/organization-patterns';
import { joined, type Token } from '../entities/tokens';
import type { Candidate } from './candidate';
import { isHead, isStop } from './words';

// "(SBP)", "(MoITT)", "(P@SHA)", "(NHSR&C)", "(PIC/S)": an acronym defined in brackets right after a name.
const ACRONYM = /^[\p{Lu}@][\p{L}@&/.\-]{1,9}$/u;
export const HAS_TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

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
export function bracketedAcronym(text: string, c: Candidate): string | null {
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
export function fitToAcronym(tokens: Token[], c: Candidate, acronym: string): Candidate {
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
    // "All Sindh Sarafa Jewellers Association (ASSJA)": a word that stops most names opens this one when the
    // acronym spells it
    if (t.capitalized && isStop(t) && !ORG_CONNECTORS.has(t.text)) return acronymFits(acronym, words(i)) ? make(i) : c;
    if (!ORG_CONNECTORS.has(t.text) && !t.capitalized) break;
    if (t.capitalized && acronymFits(acronym, words(i))) return make(i);
  }
  return c;
}

// ", Employment and Training (BMET)": a list of capitalized words closed by "and" and a bracketed acronym
const LISTED_TAIL = /^((?:,\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*) ?\(([^()\s,]{2,10})\)/u;
const nameWords = (s: string) => s.split(/[\s,]+/).filter(Boolean);

/**
 * A name that its bracketed acronym shows to be longer than the rules found: "All Pakistan Textile Mills
 * Association (Aptma)" takes back the capitalized word before it that stops most names ("All"), and "Bureau of
 * Manpower, Employment and Training (BMET)" runs on over its list of words. Only when the acronym's letters spell
 * the widened name; null otherwise.
 */
export function widenToAcronym(text: string, tokens: Token[], c: Candidate): Candidate | null {
  const tail = LISTED_TAIL.exec(text.slice(c.span.end, c.span.end + 120));
  // the acronym may leave out the head that opens the name ("Ministry of ... (NHSR&C)")
  const words = tail ? nameWords(c.text + tail[1]) : [];
  if (tail && ACRONYM.test(tail[2]) && [0, 1, 2].some((k) => acronymFits(tail[2], words.slice(k)))) {
    const end = c.span.end + tail[1].length;
    const next = tokens.findIndex((t) => t.start >= end);
    return { ...c, span: { start: c.span.start, end }, text: text.slice(c.span.start, end), tokenEnd: next < 0 ? tokens.length : next };
  }
  const bracket = /^ ?\(([^()\s,]{2,10})\)/u.exec(text.slice(c.span.end, c.span.end + 14));
  if (!bracket || !ACRONYM.test(bracket[1]) || acronymFits(bracket[1], nameWords(c.text))) return null;
  const first = tokens.findIndex((t) => t.start === c.span.start);
  for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
    if (!tokens[i].capitalized || !joined(tokens[i], tokens[i + 1])) break;
    if (acronymFits(bracket[1], nameWords(text.slice(tokens[i].start, c.span.end)))) {
      return { ...c, span: { start: tokens[i].start, end: c.span.end }, text: text.slice(tokens[i].start, c.span.end) };
    }
  }
  return null;
}
