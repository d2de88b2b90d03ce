import type { ArticleRecord } from '../record';

/**
 * PostgreSQL's jsonb keeps object keys sorted by length, so a record read back would print "id" first and
 * "schemaVersion" last. `records show` and `export` should print the order of RECORD.md, the same from either
 * store, so the keys are put back in that order. Keys not listed (fields added later) follow in stored order.
 */
type Shape = { keys: readonly string[]; children?: Record<string, Shape> };

const SPAN: Shape = { keys: ['start', 'end'] };
const SPANS = SPAN; // arrays of spans take the element shape

const RECORD_SHAPE: Shape = {
  keys: [
    'schemaVersion', 'id', 'url', 'canonicalUrl', 'fetchedAt', 'title', 'byline', 'publishedAt', 'modifiedAt',
    'siteName', 'language', 'text', 'figures', 'dates', 'people', 'organizations', 'places', 'quotes', 'warnings',
    'extractor',
  ],
  children: {
    figures: {
      keys: ['text', 'span', 'kind', 'value', 'unit', 'qualifier', 'metric', 'period', 'change', 'rule'],
      children: { span: SPAN, change: { keys: ['direction', 'from', 'by', 'byUnit'] } },
    },
    dates: { keys: ['text', 'span', 'value', 'relative', 'rule'], children: { span: SPAN } },
    people: { keys: ['name', 'title', 'organization', 'mentions'], children: { mentions: SPANS } },
    organizations: { keys: ['name', 'aliases', 'mentions'], children: { mentions: SPANS } },
    places: { keys: ['name', 'mentions'], children: { mentions: SPANS } },
    quotes: {
      keys: ['text', 'span', 'kind', 'speaker', 'speakerSpan', 'cue', 'rule'],
      children: { span: SPAN, speakerSpan: SPAN },
    },
    extractor: { keys: ['name', 'version'] },
  },
};

function reorder(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, shape));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of shape.keys) {
    if (key in source) out[key] = shape.children?.[key] ? reorder(source[key], shape.children[key]) : source[key];
  }
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

/** The record with its keys (and its items' keys) in the order of RECORD.md. */
export function inRecordOrder(record: ArticleRecord): ArticleRecord {
  return reorder(record, RECORD_SHAPE) as ArticleRecord;
}
