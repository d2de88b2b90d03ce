/**
 * Honorifics dropped from a person's name (GUIDELINES: "honorifics (Mr, Mrs, Ms, Dr, Prof) left out").
 * Lower case, without the period. Name parts such as Syed or Sheikh are not honorifics: see name-parts.ts.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'engr', 'engineer', 'hon', 'honourable',
  'honorable', 'madam', 'mst', 'md.',
]);
