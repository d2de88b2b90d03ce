import type { Organization, Person, Place, Span } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';
import { extractOrganizations } from './organizations';
import { extractPeople } from './people';
import { extractPlaces } from './places';
import { PLACES } from './lexicons/places';
import { fold, insideAny, tokenize } from './entities/tokens';

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
}

// Single words that name places: a capitalized run made of one of them alone is a place, not a person.
const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flat().filter((p) => !/\s/.test(p)).map(fold));
const PLACE_NAMES: readonly string[] = PLACES.flat().filter((p) => /\s/.test(p)).map((p) => p.split(/\s+/).map(fold).join(' '));

/**
 * People (with titles and organizations), organizations and places of one article. Organizations come first:
 * their spans keep "Pakistan" in "State Bank of Pakistan" from being a place and "Power Division" from being
 * a name; people next; places last, outside both.
 */
export function extractEntities(doc: TextDoc, _ctx: ExtractContext): Entities {
  const tokens = tokenize(doc.text);
  const { organizations, mentions } = extractOrganizations(doc, tokens);
  const { people, employers } = extractPeople({ doc, tokens, orgMentions: mentions, placeWords: PLACE_WORDS, placeNames: PLACE_NAMES });
  addEmployers(doc.text, organizations, mentions.map((m) => m.span), employers);
  const blocked = [...mentions.map((m) => m.span), ...people.flatMap((p) => p.mentions)];
  const places = extractPlaces(doc, blocked);
  return { people, organizations, places };
}

/**
 * Organizations that only a person's appositive named ("Director Operations at K-Electric") join the list, with
 * every place the name is written as a whole word outside the organizations already found.
 */
function addEmployers(text: string, organizations: Organization[], taken: Span[], employers: string[]): void {
  for (const name of employers) {
    const known = organizations.some((o) => [o.name, ...o.aliases].some((n) => fold(n) === fold(name)));
    if (known) continue;
    const mentions: Span[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = { start: at, end: at + name.length };
      const whole = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[span.end] ?? '');
      if (whole && !insideAny(span, taken)) mentions.push(span);
    }
    if (mentions.length) organizations.push({ name, aliases: [], mentions });
  }
}
