import { extractQuotes } from '../../src/extractors/quotes';
import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractEntities } from '../../src/extractors/entities';
import { findSpeakerPhrase } from '../../src/extractors/quotes/speaker-phrase';

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
    ['a sentence-initial "But" does not stop a reported clause',
      'But the budget office decided to delay the audit until the spring, a source said.',
      [['indirect', 'But the budget office decided to delay the audit until the spring', 'source', 'source']]],
    ['"according to X," in the middle of the sentence',
      'The poorest tenth of households would lose about 2 percent of their income, according to the Harbor Policy Institute, more than any other group.',
      [['indirect', 'The poorest tenth of households would lose about 2 percent of their income', 'Harbor Policy Institute', 'Harbor Policy Institute']]],
    ['"according to X" after a dash',
      'Half of the advice on the show is unsupported — according to the medical journal.',
      [['indirect', 'Half of the advice on the show is unsupported', 'medical journal', 'medical journal']]],
    ['a present tense in -s after a name makes a clause',
      'Ramirez beats Collins by 48 percent to 41 percent, according to the poll.',
      [['indirect', 'Ramirez beats Collins by 48 percent to 41 percent', 'poll', 'poll']]],
    ['"neither … nor" starts a reported clause',
      'A spokeswoman for the governor says neither the governor nor her staff approved the contract.',
      [['indirect', 'neither the governor nor her staff approved the contract', 'spokeswoman for the governor', 'spokeswoman for the governor']]],
    ['a weekday after the cue is an adjunct, not what was said',
      'The tax rise is an insult to every family in the state, opposition lawmakers said Friday afternoon, as they walked out.',
      [['indirect', 'The tax rise is an insult to every family in the state', 'opposition lawmakers', 'opposition lawmakers']]],
    ['"said Friday as he entered" is a time clause, not reported speech',
      'The premier said Friday as he entered the talks in Brussels.',
      []],
    ['an appositive with a relative clause is the speaker, not what was said',
      'Erin Moss, a former aide who travelled with the senator in 2011, said the trip was planned months in advance.',
      [['indirect', 'the trip was planned months in advance', 'Erin Moss', 'Erin Moss']]],
    ['a quote signed with a dash takes the name after it',
      '“We waited three years for a bus shelter and got a press release.” ― Dolores Vega',
      [['direct', 'We waited three years for a bus shelter and got a press release.', 'Dolores Vega', 'Dolores Vega']]],
    ['a colon after the subject introduces the quote, with no speech verb',
      'Senator Ruth Adeyemi (D-Ohio) scolded him: “The residents of this state deserve an answer today.”',
      [['direct', 'The residents of this state deserve an answer today.', 'Ruth Adeyemi', 'Ruth Adeyemi']]],
    ['a paragraph ending "He said:" gives the next paragraph\'s quote its cue and pronoun',
      'Mayor Paul Okafor spoke at the depot on Monday.\n\nHe said:\n\n“We will not close a single route this winter, whatever the budget says.”',
      [['direct', 'We will not close a single route this winter, whatever the budget says.', 'Paul Okafor', 'He']]],
    ['a cue after a quote that ended its sentence belongs to the next quote',
      'Mayor Paul Okafor said the depot would stay open. “It is the heart of the network.” He added, “We will hire twenty drivers.”',
      [['indirect', 'the depot would stay open', 'Paul Okafor', 'Paul Okafor'], ['direct', 'We will hire twenty drivers.', 'Paul Okafor', 'He']]],
    ['a programme title after a possessive is not a quote',
      'In an interview on WKTV’s “Morning Desk,” Governor Alma Reyes said the bridge would reopen in May.',
      [['indirect', 'the bridge would reopen in May', 'Alma Reyes', 'Alma Reyes']]],
    ['marked words the sentence runs on after are part of the reported clause',
      'The chief said that “a device” had been found near the station entrance.',
      [['indirect', '“a device” had been found near the station entrance', 'chief', 'chief']]],
    ['a title-case headline at the top is not a quote',
      'Mayor Says Depot Will Stay ‘Open For Good’\n\nThe depot will stay open, the mayor said on Monday.',
      [['indirect', 'The depot will stay open', 'mayor', 'mayor']]],
    ['two reported clauses joined by "and said" are two quotes with one speaker',
      'Merrill says the landlord promised to repair the roof and said she would pay for the damage.',
      [['indirect', 'the landlord promised to repair the roof', 'Merrill', 'Merrill'], ['indirect', 'she would pay for the damage', 'Merrill', 'Merrill']]],
    ['"and said" after another verb takes the sentence subject',
      'Senator Tom Okoye urged voters to stay home and said he was standing on principle.',
      [['indirect', 'he was standing on principle', 'Tom Okoye', 'Tom Okoye']]],
    ['an attribution in the middle of the sentence: the whole sentence is the reported words',
      'The new terminal, the port authority said, would double the number of ships it can handle.',
      [['indirect', 'The new terminal, the port authority said, would double the number of ships it can handle', 'port authority', 'port authority']]],
    ['a whole clause, the attribution, then an adjunct: the clause alone',
      'An extra 40 million will go to school roofs over two years, the minister said, with the oldest buildings first.',
      [['indirect', 'An extra 40 million will go to school roofs over two years', 'minister', 'minister']]],
    ['commas around a list are not an attribution',
      'Pakistan, India and Iran, all neighbours, share the basin and its water.',
      []],
    ['an unnamed source with a prepositional phrase: "attorneys for the family said"',
      'The scans were inconclusive, attorneys for the family said.',
      [['indirect', 'The scans were inconclusive', 'attorneys for the family', 'attorneys for the family']]],
    ['a paragraph that opens with a wrong-way ” before a word opens a quote',
      'Reporters asked about the plan on Friday.\n\n”Nobody in this city wants the depot to close, and nobody will let it,” said Ana Ruiz.',
      [['direct', 'Nobody in this city wants the depot to close, and nobody will let it', 'Ana Ruiz', 'Ana Ruiz']]],
    ['a programme name in marks between the hearer and "that"',
      'Sanders told WKTV’s “Morning Desk” that nobody would question her knowledge of the issues.',
      [['indirect', 'nobody would question her knowledge of the issues', 'Sanders', 'Sanders']]],
    ['"demanded" after a quote is a speech cue',
      '“Why is this bank still allowed to open accounts in its customers’ names?” Senator Ruth Adeyemi demanded.',
      [['direct', 'Why is this bank still allowed to open accounts in its customers’ names?', 'Ruth Adeyemi', 'Ruth Adeyemi']]],
    ['"the agency reports" closing wire copy is not a speech cue',
      'Exports of surgical goods rose 12 percent in the first quarter, the agency reports.',
      []],
    ['a sentence-initial preposition or a year is not the speaker, the name after it is',
      'In 2019, Mayor Ana Ruiz said the depot would stay open through the winter.',
      [['indirect', 'the depot would stay open through the winter', 'Ana Ruiz', 'Ana Ruiz']]],
    ['", and called for …" after the reported clause is the speaker\'s second predicate',
      'The opposition leader said the freeze would pull thousands of workers into higher tax bands, and called for a separate vote.',
      [['indirect', 'the freeze would pull thousands of workers into higher tax bands', 'opposition leader', 'opposition leader']]],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('speaker phrases', () => {
  test('"May" stays part of a name, a month before a name does not', () => {
    const a = 'Prime Minister Theresa May said';
    expect(findSpeakerPhrase(a, 0, a.indexOf(' said'), 'before')?.text).toBe('Prime Minister Theresa May');
    const b = 'In August Ruiz said';
    expect(findSpeakerPhrase(b, 0, b.indexOf(' said'), 'before')?.text).toBe('Ruiz');
  });
});
