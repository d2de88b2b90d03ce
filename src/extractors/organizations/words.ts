import { ORG_HEADS } from '../lexicons/organization-patterns';
import { TITLE_HEADS } from '../lexicons/titles';
import { HONORIFICS } from '../lexicons/honorifics';
import { GIVEN_NAMES, NAME_PARTS } from '../lexicons/name-parts';
import { NOT_NAME_WORDS } from '../entities/stopwords';
import { PLACES } from '../lexicons/places';
import { fold, type Token } from '../entities/tokens';

// Word classes every organization rule asks about: heads, words that stop a name, people's name parts, places.
export const PLACE_NAMES: ReadonlySet<string> = new Set(PLACES.flat().map((p) => p.split(/\s+/).map(fold).join(' ')));
export const isHead = (t: Token) => t.capitalized && ORG_HEADS.has(fold(t.text));
// Words that open many organizations' names though they stop a person's ("National Bank", "Federal Board",
// "Pakistan State Oil").
const ORG_NAME_WORDS: ReadonlySet<string> = new Set([
  'national', 'international', 'federal', 'provincial', 'state', 'government', 'new', 'it', 'ict', 'first', 'ministers', 'directors',
  'governors', 'secretaries', 'senators',
]);
// "Washington-based Institute": the place that qualifies an organization is not part of its name.
const QUALIFIER = /-(?:based|led|backed|owned|run|era|linked|funded)$/i;
export const isStop = (t: Token) => {
  const w = fold(t.text);
  if (QUALIFIER.test(t.text) || /\d/.test(t.text)) return true;
  if (ORG_NAME_WORDS.has(w)) return false;
  return TITLE_HEADS.has(w) || HONORIFICS.has(w) || NOT_NAME_WORDS.has(w);
};
export const isNamePart = (t: Token) => NAME_PARTS.has(fold(t.text)) || GIVEN_NAMES.has(fold(t.text));
