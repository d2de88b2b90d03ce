import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractDates } from '../../src/extractors/dates';
import { extractFigures } from '../../src/extractors/figures';
import type { Figure } from '../../src/record';

const describe_ = (text: string): Record<string, Pick<Figure, 'metric' | 'period' | 'change'>> => {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ publishedAt: '2024-06-29', siteName: 'Dawn', strict: true });
  const out: Record<string, Pick<Figure, 'metric' | 'period' | 'change'>> = {};
  for (const f of extractFigures(doc, ctx, extractDates(doc, ctx))) out[f.text] = { metric: f.metric, period: f.period, change: f.change };
  return out;
};

describe('figures: metric, period and change', () => {
  test('a level, its rise and its starting amount in one sentence', () => {
    const text = 'In March 2024, textile exports climbed to $1.6 billion, an increase of 14.2% from $1.4 billion in March 2023.';
    expect(describe_(text)).toEqual({
      '$1.6 billion': { metric: 'textile exports', period: '2024-03', change: { direction: 'up', from: 1.4e9, by: 14.2, byUnit: '%' } },
      '14.2%': { metric: 'textile exports', period: '2024-03', change: { direction: 'up' } },
      '$1.4 billion': { metric: 'textile exports', period: '2023-03', change: null },
    });
  });

  test('a sentence that points back gives its change to the figure before', () => {
    const text = 'Earnings from software services grew, with the country\'s export receipts reaching $290 million in May 2024.\n\n' +
      'The figure is 18% higher than the $246 million recorded in May 2023.';
    expect(describe_(text)).toEqual({
      '$290 million': { metric: 'export receipts', period: '2024-05', change: { direction: 'up', from: 246e6, by: 18, byUnit: '%' } },
      '18%': { metric: 'export receipts', period: '2024-05', change: { direction: 'up' } },
      '$246 million': { metric: 'export receipts', period: '2023-05', change: null },
    });
  });

  test.each<[string, string, string, Partial<Pick<Figure, 'metric' | 'period' | 'change'>>]>([
    ['"rose by X% to Y from Z"', 'Tax collection rose by 30% to Rs9.3tr in FY2023-24 from Rs7.2tr.', 'Rs9.3tr',
      { metric: 'Tax collection', period: 'FY2024', change: { direction: 'up', from: 7.2e12, by: 30, byUnit: '%' } }],
    ['"fell ... year-on-year to"', 'Car sales fell 12% year-on-year to 9,800 units in May.', '9,800 units',
      { metric: 'Car sales', period: '2024-05', change: { direction: 'down', by: 12, byUnit: '%' } }],
    ['"compared with" gives the direction by the amounts', 'Remittances stood at $3.2bn in May, compared with $2.9bn in May 2023.', '$3.2bn',
      { metric: 'Remittances', period: '2024-05', change: { direction: 'up', from: 2.9e9 } }],
    ['"down from"', 'Inflation eased to 11.8% in May, down from 17.3% in April.', '11.8%',
      { metric: 'Inflation', period: '2024-05', change: { direction: 'down', from: 17.3 } }],
    ['the object of a change verb, basis points', 'The central bank cut its policy rate by 150 basis points to 20.5%.', '20.5%',
      { metric: 'policy rate', change: { direction: 'down', by: 150, byUnit: 'bp' } }],
    ['"rose from X to Y"', 'Exports rose from $4.5bn in FY2023 to $5bn in FY2024.', '$5bn',
      { metric: 'Exports', period: 'FY2024', change: { direction: 'up', from: 4.5e9 } }],
    ['a noun before "of"', 'The bank posted a profit of Rs12.5bn in 2023.', 'Rs12.5bn', { metric: 'profit', period: '2023', change: null }],
    ['a participle before "at" leaves the subject', 'Wheat output is estimated at 28 million tonnes.', '28 million tonnes', { metric: 'Wheat output' }],
    ['"expected to" is cut from the subject', 'The tax-to-GDP ratio is expected to increase to 10.4 percent.', '10.4 percent', { metric: 'tax-to-GDP ratio' }],
    ['an appositive amount', 'The remaining funds — Rs556bn — will clear old dues.', 'Rs556bn', { metric: 'remaining funds' }],
    ['a lone change figure', 'Remittances grew 12% year-on-year.', '12%', { metric: 'Remittances', change: { direction: 'up' } }],
  ])('%s', (_rule, text, figure, expected) => {
    expect(describe_(text)[figure]).toMatchObject(expected);
  });

  test('two statements in one sentence keep their own changes', () => {
    const out = describe_('Exports rose 10% to $5bn in FY2024, while imports fell 3% to $8bn.');
    expect(out['$5bn']).toMatchObject({ metric: 'Exports', change: { direction: 'up', by: 10, byUnit: '%' } });
    expect(out['$8bn']).toMatchObject({ metric: 'imports', change: { direction: 'down', by: 3, byUnit: '%' } });
  });

  test('a date that says when something was said is no period', () => {
    expect(describe_('The ministry said on Monday that the current account deficit narrowed to $200 million.')['$200 million'])
      .toEqual({ metric: 'current account deficit', period: null, change: { direction: 'down' } });
  });

  test('a date compared against is not the period of the change', () => {
    const out = describe_('Tea production declined to 256 million kilogrammes in 2023. The figure was 3% lower than in 2022.');
    expect(out['3%']).toEqual({ metric: 'Tea production', period: '2023', change: { direction: 'down' } });
  });

  test('"less than" before a change is a qualifier, not a starting amount', () => {
    const out = describe_('Spending is expected to increase by less than 2 percent this year.');
    expect(out['2 percent']).toMatchObject({ change: { direction: 'up' } });
  });

  test('a level with nothing said of a change has none', () => {
    expect(describe_('The plant has a capacity of 1,200 MW.')['1,200 MW']).toEqual({ metric: 'capacity', period: null, change: null });
  });
});

describe('figures: a start date is a period', () => {
  test('"from July 1" gives a new levy its period', () => {
    const text = 'A levy of Rs5,000 a tonne will apply from July 1, 2024.';
    expect(describe_(text)['Rs5,000']).toMatchObject({ metric: 'levy', period: '2024-07-01' });
  });
});

describe('figures: metric in harder sentences', () => {
  test.each<[string, string, string, string | null]>([
    ['a record names no metric', 'Pakistan’s rice exports reached a record high of $3.9bn in FY24.', '$3.9bn', 'Pakistan’s rice exports'],
    ['a relative clause takes the phrase before it', 'Growth came from the textile sector, which posted a 12% rise to $1.7bn.', '$1.7bn', 'textile sector'],
    ['"growth in" names what changed', 'The country saw 28% growth in software exports last year, reaching $3.2bn.', '$3.2bn', 'software exports'],
    ['a qualifier between the verb and the figure', 'The levy reduced sugar consumption by over 11%.', '11%', 'sugar consumption'],
    ['a modal before the verb', 'Power tariffs will fall from Rs48 to Rs41 per unit.', 'Rs41', 'Power tariffs'],
    // lists: each amount measures its own item, not the list's subject
    ['the first bracketed item of a list', 'Shipments of mangoes ($96m), dates ($41m) and kinnow ($150m) grew.', '$96m', 'Shipments of mangoes'],
    ['a later bracketed item shares the first one’s head', 'Shipments of mangoes ($96m), dates ($41m) and kinnow ($150m) grew.', '$150m', 'Shipments of kinnow'],
    ['a label before a comma after a colon', 'The grants went as follows: schools, Rs 4bn; hospitals, Rs 6.2bn; and water, Rs 1.5bn.', 'Rs 6.2bn', 'hospitals'],
    ['one bracketed amount is no list', 'Inflows rose to $4bn (Rs1.1tr) in June.', 'Rs1.1tr', 'Inflows'],
  ])('%s', (_rule, text, figure, metric) => {
    expect(describe_(text)[figure]?.metric).toBe(metric);
  });

  test('"from which" starts no change', () => {
    const out = describe_('Debt payments stood at $26bn this year, from which $16bn will be rolled over.');
    expect(out['$26bn'].change).toBeNull();
  });

  test('"peaked at 38% down to single digits" is a level, not a fall of 38%', () => {
    const out = describe_('The plan is to bring the inflation rate that peaked at 38% down to single digits.');
    expect(out['38%']).toMatchObject({ metric: 'inflation rate', change: null });
  });
});

describe('figures: what money is given to', () => {
  test.each<[string, string, string, string | null]>([
    ['allocated ... for', 'Nepal allocated Rs 92 billion for road maintenance in the budget.', 'Rs 92 billion', 'road maintenance'],
    ['pledged ... for', 'Japan pledged $300 million for flood reconstruction on Friday.', '$300 million', 'flood reconstruction'],
    ['spent ... on', 'The province spent Rs4.2bn on school meals.', 'Rs4.2bn', 'school meals'],
    ['no allocating verb, no purpose', 'Exports rose to $5bn for the first time.', '$5bn', 'Exports'],
    ['a clause is no metric; the phrase before it is', 'The funds that were released last week reached Rs5bn.', 'Rs5bn', 'funds'],
    ['the object of "subsidise ... by"', 'Arrangements were made to subsidise seed costs by Rs1,500 per bag.', 'Rs1,500', 'seed costs'],
  ])('%s', (_rule, text, figure, metric) => {
    expect(describe_(text)[figure]?.metric).toBe(metric);
  });
});

test('the noun right before "of" is the metric, not the phrase before it', () => {
  expect(describe_('Flights were grounded this morning because of winds of up to 80 km/h.')['80 km/h']?.metric).toBe('winds');
});

describe('figures: phrasal verbs and differences are no change', () => {
  test.each([
    ['"picked up" is no rise', 'The candidate picked up all 54 delegates in the state.', '54 delegates'],
    ['"made up" is no rise', 'Women made up about 3 in 10 voters.', '3'],
    ['"more than needed" is a difference, not a change', 'The coalition holds 190 seats, 18 more than needed.', '190 seats'],
  ])('%s', (_rule, text, figure) => {
    expect(describe_(text)[figure]?.change).toBeNull();
  });

  test('"was down 4%" after a comma is a fall', () => {
    expect(describe_('Output reached 2.1 million tonnes, down 4% on last year.')['2.1 million tonnes']?.change)
      .toEqual({ direction: 'down', by: 4, byUnit: '%' });
  });
});
