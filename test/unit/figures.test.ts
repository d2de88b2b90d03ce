import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractDates } from '../../src/extractors/dates';
import { extractFigures } from '../../src/extractors/figures';

const figuresOf = (text: string, site = 'Dawn') => {
  const doc = buildTextDoc(text);
  const ctx = makeContext({ publishedAt: '2024-06-29', siteName: site, strict: true });
  return extractFigures(doc, ctx, extractDates(doc, ctx)).map((f) => [f.kind, f.value, f.unit, f.qualifier]);
};

describe('figures', () => {
  test.each([
    ['The budget is Rs2.5 trillion this year.', [['money', 2.5e12, 'PKR', null]]],
    ['Exports rose 62.3 per cent in April.', [['percent', 62.3, '%', null]]],
    ['Each family gets Rs 5 lakh.', [['money', 500000, 'PKR', null]]],
    ['The scheme costs Rs 3 crore.', [['money', 30000000, 'PKR', null]]],
    ['Remittances hit $1.2bn.', [['money', 1.2e9, 'USD', null]]],
    ['Growth will be between 5% and 7%.', [['percent', 5, '%', null], ['percent', 7, '%', null]]],
    ['The bank cut rates by 100 basis points.', [['percent', 100, 'bp', null]]],
    ['It has more than a million individuals.', [['count', 1e6, 'individual', 'more_than']]],
    ['The plant makes 1,200 MW of power.', [['quantity', 1200, 'MW', null]]],
    ['The fund holds Rs 12,34,567.', [['money', 1234567, 'PKR', null]]],
    ['Officials say $8 to $10 billion will come.', [['money', 8e9, 'USD', null], ['money', 10e9, 'USD', null]]],
    ['The government’s Vision 2025 aims high, as G20 and COVID-19 showed.', []],
    ['He served for three years and was aged 45.', []],
  ])('reads %j', (text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  test('Rs is LKR in Sri Lankan news', () => {
    expect(figuresOf('The ministry spent Rs. 250 million.', 'Daily FT (Sri Lanka)')).toEqual([['money', 2.5e8, 'LKR', null]]);
  });

  test('the seed sentence gives metric, period and change', () => {
    const text = 'In April 2024, ICT services export remittances surged to $310 million, an astounding increase of 62.3% from $191 million in April 2023.';
    const doc = buildTextDoc(text);
    const ctx = makeContext({ publishedAt: '2024-06-29', strict: true });
    const [main] = extractFigures(doc, ctx, extractDates(doc, ctx));
    expect(main).toMatchObject({
      value: 310000000, metric: 'ICT services export remittances', period: '2024-04',
      change: { direction: 'up', from: 191000000, by: 62.3, byUnit: '%' },
    });
  });
});
