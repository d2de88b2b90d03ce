import type { DateMention, Figure, Organization, Person, Place, Quote } from '../record';
import type { ExtractContext } from './context';
import { buildTextDoc } from './text';
import { extractDates } from './dates';
import { extractFigures } from './figures';
import { extractEntities, type Entities } from './entities';
import { extractQuotes } from './quotes';

export interface Facts {
  figures: Figure[];
  dates: DateMention[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  quotes: Quote[];
}

/**
 * One extractor failing does not lose the record (fundus's error_handling): its field stays empty and a
 * warning says why. Under ctx.strict (the tests) the error is thrown instead.
 */
function isolated<T>(name: string, run: () => T, fallback: T, ctx: ExtractContext, warnings: string[]): T {
  if (ctx.strict) return run();
  try {
    return run();
  } catch (err) {
    warnings.push(`${name} extractor failed: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

/** Text -> every figure, date, person, organization, place and quote, in dependency order. Pure. */
export function extractFacts(text: string, ctx: ExtractContext): { facts: Facts; warnings: string[] } {
  const warnings: string[] = [];
  const doc = buildTextDoc(text);
  const dates = isolated('dates', () => extractDates(doc, ctx), [], ctx, warnings);
  const figures = isolated('figures', () => extractFigures(doc, ctx, dates), [], ctx, warnings);
  const noEntities: Entities = { people: [], organizations: [], places: [] };
  const entities = isolated('entities', () => extractEntities(doc, ctx), noEntities, ctx, warnings);
  const quotes = isolated('quotes', () => extractQuotes(doc, ctx, entities), [], ctx, warnings);
  return { facts: { figures, dates, ...entities, quotes }, warnings };
}
