import type { Organization, Person, Place } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
}

// PLACEHOLDER until the entity extractors land.
export function extractEntities(_doc: TextDoc, _ctx: ExtractContext): Entities {
  return { people: [], organizations: [], places: [] };
}
