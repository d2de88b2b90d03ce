import { extractEntities } from '../../src/extractors/entities';
import { makeContext } from '../../src/extractors/context';
import { buildTextDoc } from '../../src/extractors/text';

/**
 * Organizations found by how the text presents them, never by their names being listed: none of the names
 * below is in the lexicon, so each test fails if its rule stops working.
 */
const orgs = (text: string) =>
  extractEntities(buildTextDoc(text), makeContext({ strict: true })).organizations.map((o) => [o.name, o.aliases]);

describe('organizations: news credits name the outlet', () => {
  test.each([
    ['a credit closing the sentence', 'Solar imports doubled this year, reports TechJuice.', [['TechJuice', []]]],
    ['a credit of two words', 'The board met on Monday, reported Pakistan Observer.', [['Pakistan Observer', []]]],
    ['an outlet in a dateline bracket', 'KARACHI, May 4 (Pakobserver): The port handled more ships.', [['Pakobserver', []]]],
    ['a dateline with the day first', 'Kandy, 12 March (Lanka Courier)- Rain delayed the harvest.', [['Lanka Courier', []]]],
    ['a "Published in" footer', 'The budget passed.\n\nPublished in Frontier Post, June 2nd, 2025', [['Frontier Post', []]]],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test.each([
    ['a place in the dateline bracket is no outlet', 'LAHORE, May 4 (Punjab): Prices rose.'],
    ['a person credited is no outlet', 'Prices rose sharply, reported Ahmed Khan.'],
    ['"reports" inside a sentence credits nobody', 'The ministry reports Tuesday to parliament on prices.'],
  ])('%s', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('organizations: names listed after a plural noun of organizations', () => {
  test.each([
    ['websites like', 'Freelancers find work on websites like Toptal, Guru, and Freelancer.',
      [['Toptal', []], ['Guru', []], ['Freelancer', []]]],
    ['companies such as', 'Local companies such as Systems Limited and Netsol expanded abroad.',
      [['Systems Limited', []], ['Netsol', []]]],
    ['platforms including, with "or"', 'Sellers use platforms including Daraz or Shopify.', [['Daraz', []], ['Shopify', []]]],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test('a place in the list is no organization', () => {
    expect(orgs('Exporters in markets such as Dubai and Oman gained.')).toEqual([]);
  });
});

describe('organizations: CamelCase brand names', () => {
  test.each([
    ['a brand with an inner capital', 'Users can now pay through JazzCash at most shops.', [['JazzCash', []]]],
    ['a brand with a country after it', 'Depositors moved money to HabibMetro Pakistan last year.', [['HabibMetro Pakistan', []]]],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test.each([
    ['abbreviations with a short first syllable', 'The two sides signed an MoU after the PhD scholars presented their ToRs.'],
    ['family names', 'General MacArthur and Jean VanDyke were cited.'],
    ['handles and hashtags', 'Posts by @JoeBloggs under #SaveTheRiver spread fast.'],
    ['words glued by a lost space', 'Crowds in New HampshireJoe waited.'],
    ['page furniture glued together', 'ReplyFlagShareLike buttons were shown.'],
  ])('%s are not brands', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('organizations: a name its bracketed acronym spells', () => {
  test('a party named in a local language', () => {
    expect(orgs('MPs of the Sri Lanka Podujana Peramuna (SLPP) walked out.')).toEqual([['Sri Lanka Podujana Peramuna', ['SLPP']]]);
  });

  test.each([
    ['an English noun phrase', 'The Federal Excise Duty (FED) on drinks was raised.'],
    ['a word the article writes in lower case', 'The Rozgar Yojana (RY) is a yojana for jobs.'],
    ['a plural acronym', 'The Sahulat Bazaaro (SBs) opened.'],
  ])('%s is not an organization', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
