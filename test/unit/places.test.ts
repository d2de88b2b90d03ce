import { extractEntities } from '../../src/extractors/entities';
import { makeContext } from '../../src/extractors/context';
import { buildTextDoc } from '../../src/extractors/text';

const places = (text: string) => extractEntities(buildTextDoc(text), makeContext({ strict: true })).places.map((p) => p.name);

describe('places', () => {
  test.each([
    ['finds countries, provinces and cities', 'Exports from Pakistan rose while Sindh and Punjab saw rain in Karachi.', ['Pakistan', 'Sindh', 'Punjab', 'Karachi']],
    ['reads a dateline in capitals', 'ISLAMABAD, Apr 3 (APP): The cabinet met.', ['Islamabad']],
    ['names a place by the fullest form written', 'The U.S. pledged aid. The United States is the largest donor.', ['United States']],
    ['keeps a short form when it is the only one', 'Remittances came from the UAE, the UK and the US.', ['UAE', 'UK', 'US']],
    ['finds a place before "-based"', 'The Washington-based lender agreed.', ['Washington']],
    ['finds a possessive place', 'Pakistan’s IT exports grew.', ['Pakistan']],
    ['finds places of several words', 'Sri Lanka and Saudi Arabia signed a deal in New York.', ['Sri Lanka', 'Saudi Arabia', 'New York']],
    ['finds a region', 'Sales in EMEA and Greater China grew.', ['EMEA', 'Greater China']],
    ['finds Sri Lankan districts', 'Rain lashed Kalutara, Kegalle and Gampaha.', ['Kalutara', 'Kegalle', 'Gampaha']],
    ['finds towns whose names end like a person’s', 'Floods hit Dera Ismail Khan and Rahim Yar Khan.', ['Dera Ismail Khan', 'Rahim Yar Khan']],
    ['finds Indian states and Bangladeshi ports', 'Coal from Jharkhand reached Mongla and Payra.', ['Jharkhand', 'Mongla', 'Payra']],
  ])('%s', (_rule, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  test.each([
    ['a place inside an organization’s name is not a place', 'The State Bank of Pakistan and the Sri Lanka Tea Board reported.'],
    ['a demonym is not a place', 'Pakistani and Sri Lankan exporters met.'],
    ['a lower-case word is not a place', 'The us-versus-them debate continued.'],
    ['"US" before a dollar sign is a currency', 'Reserves rose to US$ 4.2 billion and loans to US $300 million.'],
  ])('%s', (_rule, text) => {
    expect(places(text)).toEqual([]);
  });

  test('lists every mention of a place once per place', () => {
    const text = 'Pakistan grew. Pakistan’s exports rose.';
    const [pk] = extractEntities(buildTextDoc(text), makeContext({ strict: true })).places;
    expect(pk.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Pakistan', 'Pakistan']);
  });
});

describe('places: regions', () => {
  test.each([
    ['"Greater" and a place make a region', 'Output rose in Greater Karachi and Greater China.', ['Greater Karachi', 'Greater China']],
    ['a region keeps apart from its place', 'Sales in China and Greater China differ.', ['China', 'Greater China']],
    ['business regions by acronym', 'Growth in APAC outpaced MENA and LATAM.', ['APAC', 'MENA', 'LATAM']],
  ])('%s', (_rule, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
