/** English number words, for "three pc", "sixty per cent", "five million yen", "one hundred percent". */

export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const SMALL = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)].sort((a, b) => b.length - a.length).join('|');

/** "twenty", "twenty-two", "twenty two", "one hundred", "one hundred and five". */
export const NUMBER_WORDS_SOURCE = `(?:(?:a\\s+)?quarter|three\\s+quarters|half(?:\\s+a)?|(?:${SMALL})(?:[- ](?:${SMALL}))?(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:${SMALL})(?:[- ](?:${SMALL}))?)?)?|a\\s+hundred)`;

/** The value of a phrase matched by NUMBER_WORDS_SOURCE, or null. */
export function parseNumberWords(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  const fraction = /^(?:a\s+)?quarter$|^three\s+quarters$|^half(?:\s+a)?$/i.exec(phrase.trim());
  if (fraction) return /three/i.test(phrase) ? 0.75 : /quarter/i.test(phrase) ? 0.25 : 0.5;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (word === 'a') { current = current || 1; seen = true; continue; }
    if (word in UNIT_WORDS) current += UNIT_WORDS[word];
    else if (word in TENS_WORDS) current += TENS_WORDS[word];
    else if (word === 'hundred') current = (current || 1) * 100;
    else return null;
    seen = true;
  }
  total += current;
  return seen ? total : null;
}
