import { extractEntities } from '../../src/extractors/entities';
import { makeContext } from '../../src/extractors/context';
import { buildTextDoc } from '../../src/extractors/text';
import { acronymFits } from '../../src/extractors/organizations';

const orgs = (text: string) =>
  extractEntities(buildTextDoc(text), makeContext({ strict: true })).organizations.map((o) => [o.name, o.aliases]);

describe('organizations: full names', () => {
  test.each([
    ['keeps "of" inside a bank’s name', 'The State Bank of Pakistan kept its policy rate unchanged.', [['State Bank of Pakistan', []]]],
    ['keeps "and" inside a ministry’s name', 'Officials of the Ministry of Information Technology and Telecommunication met today.',
      [['Ministry of Information Technology and Telecommunication', []]]],
    ['keeps an adjective that opens the name', 'The Federal Board of Revenue collected more tax.', [['Federal Board of Revenue', []]]],
    ['keeps a place that opens the name', 'The Pakistan Bureau of Statistics released the data.', [['Pakistan Bureau of Statistics', []]]],
    ['splits two organizations joined by "and"', 'The State Bank of Pakistan and the Federal Board of Revenue signed it.',
      [['State Bank of Pakistan', []], ['Federal Board of Revenue', []]]],
    ['splits an organization from a place joined by "and the"', 'Talks with the European Union and the United States resumed.', [['European Union', []]]],
    ['splits a list of banks', 'Lenders included Habib Bank, Meezan Bank Ltd and Bank of Punjab.',
      [['Habib Bank', []], ['Meezan Bank Ltd', []], ['Bank of Punjab', []]]],
    ['takes a company by its head word', 'Analysts at Topline Securities expect a cut.', [['Topline Securities', []]]],
    ['takes a bare office with the word before it', 'The ceremony was held at the PM Office in the capital.', [['PM Office', []]]],
    ['leaves a qualifier out of the name', 'The Washington-based Institute of International Finance (IIF) said so.',
      [['Institute of International Finance', ['IIF']]]],
    ['leaves a company’s home country out of its name', 'Cars from BYD Group of China will be assembled locally.', [['BYD Group', []]]],
    ['takes a plural possessive inside a name', 'The Workers’ Welfare Board approved grants.', [['Workers’ Welfare Board', []]]],
    ['names a known acronym by its full name', 'The IMF approved the tranche, reports APP.',
      [['International Monetary Fund', ['IMF']], ['Associated Press of Pakistan', ['APP']]]],
    ['knows news agencies without a head word', 'Freelancers face new rules, Reuters reported.', [['Reuters', []]]],
    ['knows newspapers without a head word', 'Business Recorder reported the cut, as did Prothom Alo.', [['Business Recorder', []], ['Prothom Alo', []]]],
    ['joins capitalized words around an ampersand', 'Prices firmed, according to Perera & Sons Tea Brokers.', [['Perera & Sons Tea Brokers', []]]],
    ['keeps one word after a portfolio word', 'The Board of Investment Promotion met investors.', [['Board of Investment Promotion', []]]],
    ['keeps a group’s possessive that opens the name', 'A loan from the People’s Bank of China was rolled over.', [['People’s Bank of China', []]]],
    ['keeps "State" inside a company’s name spelled by its acronym', 'Dues owed by Pakistan State Oil (PSO) were cleared.', [['Pakistan State Oil', ['PSO']]]],
    ['takes back "All" when the acronym spells it', 'The All Pakistan Cement Manufacturers Association (Apcma) wrote to the ministry.',
      [['All Pakistan Cement Manufacturers Association', ['Apcma']]]],
    ['takes back "All" before a name its capital acronym spells', 'The All Punjab Brick Kiln Owners Association (APBKOA) called a strike.',
      [['All Punjab Brick Kiln Owners Association', ['APBKOA']]]],
    ['runs on over a list the acronym spells', 'The Ministry of Science, Technology and Innovation (MoSTI) issued rules.',
      [['Ministry of Science, Technology and Innovation', ['MoSTI']]]],
    ['knows a UN agency in the house style that writes its acronym as a word', 'Unicef and Unesco funded the schools.', [['UNICEF', []], ['UNESCO', []]]],
    ['knows the major Sri Lankan parties by acronym', 'The NPP and the SJB clashed over the bill.', [['National People’s Power', ['NPP']], ['Samagi Jana Balawegaya', ['SJB']]]],
    ['a head before a programme word is no organization', 'The lender’s Resilience Fund Facility was topped up by the World Bank.', [['World Bank', []]]],
    ['knows a national company named without a head word', 'Petrobangla cut supplies to fertiliser factories.', [['Petrobangla', []]]],
    ['knows the Sri Lankan outlet in its dateline capitals', 'ECONOMYNEXT – Tea prices rose at the Colombo auction.', [['EconomyNext', []]]],
    ['knows a news channel by its head word', 'The minister told Geo News that talks had stalled.', [['Geo News', []]]],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test.each([
    ['a class of companies in brackets is not an organization', 'He said Independent Power Producers (IPPs) agreed to revise contracts.'],
    ['a programme is not an organization', 'Special Technology Zones (STZs) and the Public Sector Development Programme grew.'],
    ['a head word alone is not an organization', 'The Ministry said the Cabinet would decide.'],
    ['a lower-case head is not an organization', 'The bank said the board would meet.'],
  ])('%s', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('organizations: acronyms and short forms as aliases', () => {
  test.each([
    ['a bracketed acronym', 'The Drug Regulatory Authority of Pakistan (DRAP) approved it. DRAP said so.', [['Drug Regulatory Authority of Pakistan', ['DRAP']]]],
    ['a mixed-case bracketed acronym', 'The Pakistan Software Houses Association (P@SHA) welcomed it.', [['Pakistan Software Houses Association', ['P@SHA']]]],
    ['a later acronym that spells the name', 'The Ministry of Information Technology and Telecommunication met. MoITT officials agreed.',
      [['Ministry of Information Technology and Telecommunication', ['MoITT']]]],
    ['the acronym trims words before the name', 'He is director of Planning and Development Directorate of Technical Education (DTE) in Dhaka.',
      [['Directorate of Technical Education', ['DTE']]]],
    ['the acronym takes back words split off by "and"', 'The Social Policy and Development Centre (SPDC) published the study.',
      [['Social Policy and Development Centre', ['SPDC']]]],
    ['a short form that closes the full name', 'The Sri Lanka Mahaweli Authority manages water. The Mahaweli Authority said so.',
      [['Sri Lanka Mahaweli Authority', ['Mahaweli Authority']]]],
    ['a known short form', 'State Bank data show a surplus; the SBP said reserves rose.', [['State Bank of Pakistan', ['State Bank', 'SBP']]]],
  ])('links %s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  test('lists every mention of an organization, by any of its forms', () => {
    const text = 'The Federal Board of Revenue (FBR) missed its target. The FBR blamed imports.';
    const [fbr] = extractEntities(buildTextDoc(text), makeContext({ strict: true })).organizations;
    expect(fbr.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Federal Board of Revenue', 'FBR', 'FBR']);
  });

  test.each([
    ['MoITT', 'Ministry of Information Technology and Telecommunication', true],
    ['FBR', 'Federal Board of Revenue', true],
    ['P@SHA', 'Pakistan Software Houses Association', true],
    ['SBP', 'Federal Board of Revenue', false],
  ])('acronym %s fits "%s": %s', (acronym, name, fits) => {
    expect(acronymFits(acronym, name.split(' '))).toBe(fits);
  });
});

describe('organizations: house styles', () => {
  test('takes an acronym written as a word when its letters spell the name', () => {
    expect(orgs('The Oil and Gas Regulatory Authority (Ogra) raised prices. An Ogra spokesman confirmed it.')).toEqual([
      ['Oil and Gas Regulatory Authority', ['Ogra']],
    ]);
  });
});
