import { extractQuotes } from '../../src/extractors/quotes';
import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractEntities } from '../../src/extractors/entities';

function quotes(text: string) {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ strict: true });
  return extractQuotes(doc, ctx, extractEntities(doc, ctx)).map((q) => [q.kind, q.text, q.speaker]);
}

describe('quotes', () => {
  test.each([
    ['a quote split by its attribution is two quotes with one speaker',
      '“Growth has returned to the textile sector,” said Ayesha Malik, chairperson of the board. “Exports will follow in the spring.”',
      [['direct', 'Growth has returned to the textile sector', 'Ayesha Malik'], ['direct', 'Exports will follow in the spring.', 'Ayesha Malik']]],
    ['"he added" before a curly quote resolves to the last named speaker',
      'Tariq Mehmood, Finance Secretary, spoke at the launch.\n\nHe added, “The reforms will widen the tax base considerably.”',
      [['direct', 'The reforms will widen the tax base considerably.', 'Tariq Mehmood']]],
    ['single quotation marks make a quote too',
      "‘We will keep interest rates steady for now,’ the governor told reporters.",
      [['direct', 'We will keep interest rates steady for now', 'governor']]],
    ['reported speech keeps the clause without "that"',
      'Experts cautioned that sustaining the growth will require steady investment.',
      [['indirect', 'sustaining the growth will require steady investment', 'Experts']]],
    ['scare quotes are not quotes',
      'The so-called “reform package” was tabled in parliament on Monday.',
      []],
    ['a label after "termed" is not a quote',
      'The opposition termed the move “anti-growth” and walked out.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
