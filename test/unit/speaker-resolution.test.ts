import { extractQuotes } from '../../src/extractors/quotes';
import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractEntities } from '../../src/extractors/entities';
import { findSpeakerPhrase } from '../../src/extractors/quotes/speaker-phrase';

/** [quoted text, speaker, the words our speakerSpan points at] of every quote of a text of our own. */
function speakers(text: string) {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ strict: true });
  return extractQuotes(doc, ctx, extractEntities(doc, ctx))
    .map((q) => [q.text, q.speaker, q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null]);
}

describe('speaker phrases', () => {
  test.each([
    ['a capitalized pronoun opening the clause is the pronoun, not a name', 'She started off by', 'before', ['She', 'pronoun']],
    ['so is one before an auxiliary', 'He is hoping', 'before', ['He', 'pronoun']],
    ['a name after the pronoun is the speaker', 'He and Ana Ruiz', 'before', ['Ana Ruiz', 'name']],
    ['"I" stays as before', 'I laughed and', 'before', ['I', 'name']],
    ['a capitalized pronoun after the cue is a pronoun', 'She started off', 'after', ['She', 'pronoun']],
    ['a name before the cue', 'Mayor Ana Ruiz', 'before', ['Mayor Ana Ruiz', 'name']],
  ] as const)('%s', (_name, chunk, side, expected) => {
    const p = findSpeakerPhrase(chunk, 0, chunk.length, side);
    expect(p ? [p.text, p.kind] : null).toEqual(expected);
  });
});

describe('speaker resolution', () => {
  test.each([
    ['"She" opening a sentence before a participle cue is the pronoun, resolved to the last person named',
      'Mayor Ana Ruiz spoke at the pier on Monday. She started off by stressing that the repairs would take a year.\n\n“We will close it for the winter,” she said.',
      [['the repairs would take a year', 'Ana Ruiz', 'She'], ['We will close it for the winter', 'Ana Ruiz', 'she']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
