/**
 * Scale words after a number: "$310 million", "Rs2.5 trillion", "$1.2bn", "Rs 5 lakh", "Rs 3 crore",
 * "Rs1.225tr", "$987m", "50k". Keys are lower case; the regex source lists longer forms first.
 */
export const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tr: 1e12, trn: 1e12, tn: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5,
  crore: 1e7, crores: 1e7, cr: 1e7,
};

/** Written out as words: these may stand apart from the number ("3.5 million tonnes"). */
export const SCALE_WORD_SOURCE = '(?:thousand|millions?|billions?|trillions?|lakhs?|lacs?|crores?)';

/** Abbreviations: only glued to the number or after one space ("$1.2bn", "Rs 4 bn"), never before a letter. */
export const SCALE_ABBREV_SOURCE = '(?:bn|mn|mln|trn|tr|tn|cr|m|b|k)';

/** A scale or a compound of two ("lakh crore" is 10^12, "thousand crore" 10^10): the words multiply. */
export function scaleValue(word: string | undefined | null): number {
  if (!word) return 1;
  return word.toLowerCase().split(/\s+/).reduce((v, w) => v * (SCALES[w] ?? 1), 1);
}

/** "Tk 1.1 lakh crore", "Rs 20 thousand crore": a crore after a smaller scale word multiplies it. */
export const COMPOUND_SCALE_AFTER_RE = /^\s(crores?|cr)(?![A-Za-z])/i;
export const COMPOUNDABLE_SCALES: ReadonlySet<string> = new Set(['thousand', 'lakh', 'lakhs', 'lac', 'lacs']);
