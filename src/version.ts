/**
 * The extractor version stored in every record. Bump it whenever an extractor's output may change,
 * so `newsfacts reextract` and readers can tell records of different extractor versions apart.
 */
export const EXTRACTOR_VERSION = '0.1.0';
