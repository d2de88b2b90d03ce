import type { DateMention } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';

// PLACEHOLDER until the date extractor lands.
export function extractDates(_doc: TextDoc, _ctx: ExtractContext): DateMention[] {
  return [];
}
