import type { Quote } from '../record';
import type { ExtractContext } from './context';
import type { Entities } from './entities';
import type { TextDoc } from './text';

// PLACEHOLDER until the quote extractor lands. `entities` gives the speakers quotes are attributed to.
export function extractQuotes(_doc: TextDoc, _ctx: ExtractContext, _entities: Entities): Quote[] {
  return [];
}
