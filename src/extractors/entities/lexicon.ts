import nlp from 'compromise';

// compromise's own lexicon (word -> its main tag), read once: a cheap "is this an English word?" test without
// parsing any text.
const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;

/** compromise's tag for a word (or for its singular, "Zones" -> "zone"); undefined when it does not know the word. */
export function lexiconTag(word: string): string | undefined {
  const w = word.toLowerCase();
  return LEXICON[w] ?? (w.endsWith('s') ? LEXICON[w.slice(0, -1)] : undefined);
}
