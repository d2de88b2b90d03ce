import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractDates } from '../../src/extractors/dates';

const datesOf = (text: string, publishedAt: string | null = '2025-09-25') =>
  extractDates(buildTextDoc(text), makeContext({ publishedAt, siteName: 'Dawn', strict: true })).map((d) => d.value);

describe('dates', () => {
  test.each([
    ['The budget for FY2023-24 was passed.', ['FY2024']],
    ['Targets for fiscal year 2023-24 and FY24 differ.', ['FY2024', 'FY2024']],
    ['Exports fell last fiscal year.', ['FY2025']],
    ['The deal was signed on Monday.', ['2025-09-22']],
    ['The board will meet on Thursday.', ['2025-10-02']],
    ['Output rose in April 2024 and on 15 April 2024.', ['2024-04', '2024-04-15']],
    ['Sales jumped in the second quarter of 2024.', ['2024-Q2']],
    ['Prices have risen since 2019, and last year too.', ['2019', '2024']],
    ['The government’s Vision 2025 sets goals.', []],
    ['The report is dated 15/04/2024.', ['2024-04-15']],
    // a fiscal quarter (Pakistan: July-June) has no calendar-quarter value; its fiscal year is a date
    ['Payouts for the first quarter of FY26 doubled.', ['FY2026']],
    ['Margins shrank in the third quarter of 2024-25.', ['FY2025']],
    ['Margins shrank in the second quarter of the current fiscal year.', ['FY2026']],
  ])('reads %j', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  test('relative dates are left out when publishedAt is unknown', () => {
    expect(datesOf('It happened yesterday and on Monday.', null)).toEqual([]);
  });
});
