import type { Organization, Person, Place } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';
import { extractOrganizations } from './organizations';
import { extractPeople } from './people';
import { extractPlaces } from './places';
import { PLACES } from './lexicons/places';
import { fold, tokenize } from './entities/tokens';

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
  const people = extractPeople({ doc, tokens, orgMentions: mentions, placeWords: PLACE_WORDS, placeNames: PLACE_NAMES });
  const blocked = [...mentions.map((m) => m.span), ...people.flatMap((p) => p.mentions)];
  const places = extractPlaces(doc, blocked);
  return { people, organizations, places };
}
