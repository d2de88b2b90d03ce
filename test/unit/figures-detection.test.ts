import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractDates } from '../../src/extractors/dates';
import { extractFigures } from '../../src/extractors/figures';

/** [kind, value, unit, qualifier] of every figure, read as a Pakistani news site would be. */
const figuresOf = (text: string, site = 'Dawn') => {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ publishedAt: '2025-03-12', siteName: site, strict: true });
  return extractFigures(doc, ctx, extractDates(doc, ctx)).map((f) => [f.kind, f.value, f.unit, f.qualifier]);
};

describe('figures: counts of things', () => {
  test.each([
    ['a scale word makes a count', 'The programme now reaches more than a million households.', [['count', 1e6, 'household', 'more_than']]],
    ['digits with a counted noun', 'The board approved 250 new schools across the province.', [['count', 250, 'school', null]]],
    ['the counted noun is singular', 'Nearly 3,400 families were moved to relief camps.', [['count', 3400, 'family', 'about']]],
    ['people as a count', 'At least 40,000 people attended the rally.', [['count', 40000, 'person', 'at_least']]],
    ['a scale word and a counted noun', 'The census counted 24.1 million voters in the city.', [['count', 24.1e6, 'voter', null]]],
    ['a one-letter scale before a population', 'The floods displaced 2.3m people in the delta.', [['count', 2.3e6, 'person', null]]],
  ])('%s', (_rule, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('figures: quantities with units', () => {
  test.each([
    ['megawatts', 'The solar park will feed 1,200 MW into the grid.', [['quantity', 1200, 'MW', null]]],
    ['tonnes after a scale word', 'Farmers harvested 3.5 million tonnes of rice.', [['quantity', 3.5e6, 'tonne', null]]],
    ['index points', 'The benchmark index shed 842.6 points to 151,020 points.', [['quantity', 842.6, 'point', null], ['quantity', 151020, 'point', null]]],
    ['tonnes after a one-letter scale', 'The cotton crop is put at 8.4m bales and wheat at 29.1m tonnes.', [['quantity', 8.4e6, 'bale', null], ['quantity', 29.1e6, 'tonne', null]]],
    ['kilogrammes, British spelling', 'Tea output reached 256 million kilogrammes.', [['quantity', 256e6, 'kilogramme', null]]],
    ['kilometres with a qualifier', 'The new motorway runs for about 40 kilometres.', [['quantity', 40, 'kilometre', 'about']]],
    ['a speed is one unit', 'Winds reached 85 km/h on the coast.', [['quantity', 85, 'km/h', null]]],
  ])('%s', (_rule, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('figures: South Asian amounts', () => {
  test.each([
    ['Indian digit grouping', 'The trust received Rs 12,34,567 in donations.', [['money', 1234567, 'PKR', null]], 'Dawn'],
    ['lakh', 'Each flood-hit family will get Rs 2.5 lakh.', [['money', 250000, 'PKR', null]], 'Dawn'],
    ['crore', 'The district spent Rs 45 crore on roads.', [['money', 450000000, 'PKR', null]], 'Dawn'],
    ['crore in Indian news is INR', 'The state cleared Rs 120 crore for the metro.', [['money', 1.2e9, 'INR', null]], 'The Hindu'],
    ['taka', 'Dhaka set aside Tk 500 crore for the bridge.', [['money', 5e9, 'BDT', null]], 'Dawn'],
    ['lakh crore', 'Unpaid bills reached Tk 1.3 lakh crore by June.', [['money', 1.3e12, 'BDT', null]], 'Dawn'],
    ['thousand crore', 'The metro will cost Rs 18 thousand crore.', [['money', 1.8e11, 'INR', null]], 'The Hindu'],
  ])('%s', (_rule, text, expected, site) => {
    expect(figuresOf(text, site)).toEqual(expected);
  });
});

describe('figures: ranges, qualifiers and points', () => {
  test.each([
    ['a money range shares its currency and scale', 'The project may cost $2-3 billion.', [['money', 2e9, 'USD', null], ['money', 3e9, 'USD', null]]],
    ['a percent range with "between"', 'Inflation is forecast between 5% and 7% next year.', [['percent', 5, '%', null], ['percent', 7, '%', null]]],
    ['a count range with thousands separators', 'Roughly 1,200-1,500 looms fell silent in Faisalabad.', [['count', 1200, 'loom', 'about'], ['count', 1500, 'loom', 'about']]],
    ['grade levels are no counts, at either end of a range', 'Free meals reach pupils in grades 1 to 5 and class 8.', []],
    ['a phone number is no range', 'Complaints can be lodged at 0800-1234567 round the clock.', []],
    ['an upper bound', 'Loans of up to Rs3 million will be offered.', [['money', 3e6, 'PKR', 'up_to']]],
    ['a lower bound', 'The bank needs less than $500 million.', [['money', 5e8, 'USD', 'less_than']]],
    ['percentage points', 'The policy rate was cut by 1.5 percentage points.', [['percent', 1.5, 'pp', null]]],
    ['basis points', 'Yields rose 25bps on Tuesday.', [['percent', 25, 'bp', null]]],
    ['a change and a level are two figures, not a range', 'Imports fell 3% to $8bn.', [['percent', 3, '%', null], ['money', 8e9, 'USD', null]]],
  ])('%s', (_rule, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('figures: numbers that are no figure', () => {
  test.each([
    ['years', 'The law passed in 2019 and was amended in 2023.'],
    ['dates', 'Polling will be held on February 8, 2026.'],
    ['ages', 'The suspect, aged 34, was arrested; his 12-year-old son was unhurt.'],
    ['durations', 'The talks lasted 18 months.'],
    ['ordinals and ranks', 'Pakistan finished 3rd and was ranked 41st overall.'],
    ['numbers inside names', 'Vision 2025, the G20 summit, COVID-19 and CPEC Phase 2 came up.'],
    ['sections and clauses', 'Section 144 was imposed under clause 7.'],
    ['phone numbers', 'Call the helpline at 0800-02345.'],
  ])('%s', (_rule, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('figures: a bare abbreviated amount', () => {
  test('takes the currency last written when a money noun stands before it', () => {
    expect(figuresOf('The plan costs Rs1.2tr in all. The remaining funds — 556bn — will clear old dues.')).toEqual([
      ['money', 1.2e12, 'PKR', null], ['money', 556e9, 'PKR', null],
    ]);
  });

  test('takes the currency of an amount earlier in its sentence', () => {
    expect(figuresOf('Of the total, Rs659bn is for loans and 556bn for subsidies.')).toEqual([
      ['money', 659e9, 'PKR', null], ['money', 556e9, 'PKR', null],
    ]);
  });

  test('stays a count when its sentence says nothing of money', () => {
    expect(figuresOf('The budget is Rs1.2tr. The country has 241mn residents.')).toEqual([
      ['money', 1.2e12, 'PKR', null], ['count', 241e6, 'resident', null],
    ]);
  });
});
