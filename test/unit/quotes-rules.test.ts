import { extractQuotes } from '../../src/extractors/quotes';
import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractEntities } from '../../src/extractors/entities';

/** [kind, text, speaker, the words our speakerSpan points at] of every quote of a text. */
function quotes(text: string) {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ strict: true });
  return extractQuotes(doc, ctx, extractEntities(doc, ctx)).map((q) => [
    q.kind, q.text, q.speaker, q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
  ]);
}

describe('quote rules', () => {
  test.each([
    ['two straight apostrophes are a double mark (archive style)',
      "''We will rebuild the pier before the summer season,'' Mayor Dana Whitfield said.",
      [['direct', 'We will rebuild the pier before the summer season', 'Dana Whitfield', 'Dana Whitfield']]],
    ['two apostrophes after a digit are inches, not a mark',
      "The new goalkeeper stands 6'4'' tall. ''He reads the game better than anyone I have coached,'' Ellis Brandt said.",
      [['direct', 'He reads the game better than anyone I have coached', 'Ellis Brandt', 'Ellis Brandt']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
