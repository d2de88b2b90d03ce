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
    ['a name after a preposition, short of the cue, is its object', 'praised the ferry in Dover and', 'before', null],
    ['so is one after a preposition and a determiner', 'In a Harbour Weekly column on Friday', 'before', null],
    ['capitalized words before a source noun modify it', 'Harbour Board officials', 'before', ['Harbour Board officials', 'noun']],
    ['a name after the title noun is the speaker', 'Harbour Board spokesman Ana Ruiz', 'after', ['Ana Ruiz', 'name']],
    ['"reports" after a name is the verb', 'Ruiz reports', 'after', ['Ruiz', 'name']],
    ['a name reaching the cue after a preposition still speaks', 'the head of Harbour Board', 'before', ['Harbour Board', 'name']],
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
    ['"Name … bemoaned X in Place and said": the subject, not the place',
      'Ana Ruiz, the mayor, praised the ferry crews in Dover and said the pier would reopen.',
      [['the pier would reopen', 'Ana Ruiz', 'Ana Ruiz']]],
    ['a noun phrase a name only modifies is not that person',
      'Ana Ruiz opened the pier on Monday. Ruiz campaign officials said the ferry would follow.',
      [['the ferry would follow', 'Ruiz campaign officials', 'Ruiz campaign officials']]],
    ['a definite title with no name is the person last quoted',
      '“We will reopen the pier,” said Ana Ruiz, the harbour master.\n\nThe official further said the ferry would run on Sundays.',
      [['We will reopen the pier', 'Ana Ruiz', 'Ana Ruiz'], ['the ferry would run on Sundays', 'Ana Ruiz', 'official']]],
    ['… but not when its sentence names that person as someone else',
      '“We will appeal,” Ana Ruiz said.\n\nThe judge agreed with Ana Ruiz that the pier was unsafe.',
      [['We will appeal', 'Ana Ruiz', 'Ana Ruiz'], ['the pier was unsafe', 'judge', 'judge']]],
    ['a clause cut at the stop of a title abbreviation goes on to the name',
      '“The pier is unsafe,” said Rep. T.J. Okafor (D-Ore.), head of the harbour caucus. “We will close it.”',
      [['The pier is unsafe', 'T.J. Okafor', 'T.J. Okafor'], ['We will close it.', 'T.J. Okafor', 'T.J. Okafor']]],
    ['a name after a verb in its clause is an object, not who "she" means',
      'Mayor Ana Ruiz criticised a leaflet attacking council member Tom Okafor. She said the pier would stay open.',
      [['the pier would stay open', 'Ana Ruiz', 'She']]],
    ['a name ending an appositive after a comma is no subject',
      'Mayor Ana Ruiz praised the plan of her rival, Tom Okafor.\n\n“It is a good plan,” she said.',
      [['It is a good plan', 'Ana Ruiz', 'she']]],
    ['"she" skips a man marked by "Mr."',
      '“The pier is safe,” Ana Ruiz said.\n\nMr. Okafor walked out of the meeting.\n\n“We will keep it open,” she said.',
      [['The pier is safe', 'Ana Ruiz', 'Ana Ruiz'], ['We will keep it open', 'Ana Ruiz', 'she']]],
    ['"she" skips a speaker "he" already meant',
      '“Close it,” Tom Okafor said.\n\n“Never,” Ana Ruiz replied.\n\nTom Okafor shrugged. “We will see,” he said.\n\nTom Okafor left the room. “It stays open,” she said.',
      [['Close it', 'Tom Okafor', 'Tom Okafor'], ['Never', 'Ana Ruiz', 'Ana Ruiz'], ['We will see', 'Tom Okafor', 'he'], ['It stays open', 'Ana Ruiz', 'she']]],
    ['gender is learnt only from a pronoun after a quote: a reported "He said" that went to the wrong person teaches nothing',
      'Tom Lee, the bank chief, spoke first.\n\n“This is not right,” Ana Ruiz said.\n\nHe said the staff were never paid.\n\n“You squeezed your staff,” she said.',
      [['This is not right', 'Ana Ruiz', 'Ana Ruiz'], ['the staff were never paid', 'Ana Ruiz', 'He'], ['You squeezed your staff', 'Ana Ruiz', 'she']]],
    ['a person introduced with a role is who the next pronoun means, wherever the name stands',
      'The closure worries Ana Ruiz, president of the ferry union.\n\n“It is a bad plan,” she said.',
      [['It is a bad plan', 'Ana Ruiz', 'she']]],
    ['a title list with commas before the name still leaves the name the subject',
      'State minister for posts, telecom and information technology Ana Ruiz opened the portal. Praising it, she said the jobs would follow.',
      [['the jobs would follow', 'Ana Ruiz', 'she']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
