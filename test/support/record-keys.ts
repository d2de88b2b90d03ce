/** Every field of RECORD.md, in its order: a record must have all of them, never missing. */
export const RECORD_KEYS = [
  'schemaVersion', 'id', 'url', 'canonicalUrl', 'fetchedAt', 'title', 'byline', 'publishedAt', 'modifiedAt', 'siteName',
  'language', 'text', 'figures', 'dates', 'people', 'organizations', 'places', 'quotes', 'warnings', 'extractor',
];
