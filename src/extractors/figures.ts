import type { DateMention, Figure } from '../record';
import type { ExtractContext } from './context';
import type { TextDoc } from './text';

// PLACEHOLDER until the figure extractor lands. `dates` lets figures skip years and find their period.
export function extractFigures(_doc: TextDoc, _ctx: ExtractContext, _dates: DateMention[]): Figure[] {
  return [];
}
