import { lexiconTag } from '../entities/lexicon';
import { joined, type Token } from '../entities/tokens';
import { acronymFits } from './acronyms';
import { candidateOf, isPlaceOrPerson, type Candidate } from './candidate';
import { isStop } from './words';

// Organizations found by how the text presents them, not by their names being listed.

// the trade a company is named by, closing its name before a bracketed acronym
const INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  'oil', 'gas', 'steel', 'cement', 'petroleum', 'telecom', 'airways', 'pharma', 'pharmaceuticals', 'textiles',
  'refinery', 'chemicals', 'fertilizer', 'fertiliser', 'sugar', 'motors', 'foods', 'mills',
]);

// a word compromise knows ("Programme", "Index", "Zones") is English, so the run may be a programme
const isEnglishWord = (word: string) => lexiconTag(word) !== undefined;

/**
 * "the main opposition Samagi Jana Balawegaya (SJB)": a capitalized name whose bracketed acronym spells it is an
 * organization when no head word marks it and its last word is not English ("Public Sector Development
 * Programme (PSDP)", "Consumer Price Index (CPI)" are not); a plural acronym ("IPPs", "STZs") names a class.
 */
export function spelledNameCandidates(text: string, tokens: Token[]): Candidate[] {
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
    // A company named by its trade ("Pakistan State Oil (PSO)", "Dewan Cement (DCL)") may end in an English word.
    const trade = INDUSTRY_WORDS.has(tokens[last].text.toLowerCase()) && last - from >= 1;
    if (!trade && (!/[aiou]$/i.test(tokens[last].text) || isEnglishWord(tokens[last].text))) continue;
    if (tokens.slice(from, last + 1).some((t) => lowerCase.has(t.text.toLowerCase()))) continue;
    out.push(candidateOf(text, tokens, from, last + 1));
  }
  return out;
}
