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
    ['a speaker before an appositive: "Name, role, said <clause>"',
      'Senator Jane Roe, Democrat of Ohio, said the visa program has sent a terrible message to applicants.',
      [['indirect', 'the visa program has sent a terrible message to applicants', 'Jane Roe', 'Jane Roe']]],
    ['a name as the appositive of a role: "A lawyer for X, Name, said"',
      'A lawyer for the county, Maria Olsen, said the county had made no decision about an appeal.',
      [['indirect', 'the county had made no decision about an appeal', 'Maria Olsen', 'Maria Olsen']]],
    ['a party-and-state bracket between the name and the cue',
      'However, Rep. Tom Lee (D-Mass.) said the law does not require witnesses to appear in person.',
      [['indirect', 'the law does not require witnesses to appear in person', 'Tom Lee', 'Tom Lee']]],
    ['after a quote, the cue past the bracket, and the second half takes the same speaker',
      '“It is a dog whistle to every voter in this district,” Rep. Jane Roe (D-Wis.) said Friday. “Nobody should accept it.”',
      [['direct', 'It is a dog whistle to every voter in this district', 'Jane Roe', 'Jane Roe'], ['direct', 'Nobody should accept it.', 'Jane Roe', 'Jane Roe']]],
    ['after a quote, the cue past a comma appositive',
      '“Our assumption is that the veto will be overridden,” Senate Majority Leader Tom Lee, R-Ky., said Tuesday.',
      [['direct', 'Our assumption is that the veto will be overridden', 'Tom Lee', 'Tom Lee']]],
    ['before a quote, the speaker before the appositive',
      'Maria Olsen, the county attorney, told reporters: “We have not decided whether to appeal the ruling yet.”',
      [['direct', 'We have not decided whether to appeal the ruling yet.', 'Maria Olsen', 'Maria Olsen']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
