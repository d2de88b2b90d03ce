import { buildTextDoc } from '../../src/extractors/text';
import { makeContext } from '../../src/extractors/context';
import { extractDates } from '../../src/extractors/dates';

// Published on Thursday 25 September 2025 by a Pakistani paper (day-first numeric dates, Independence Day 14 August).
const PUBLISHED = '2025-09-25';
const mentionsOf = (text: string, publishedAt: string | null = PUBLISHED) =>
  extractDates(buildTextDoc(text), makeContext({ publishedAt, siteName: 'Dawn', strict: true })).map(
    (d) => [d.text, d.value] as [string, string],
  );
// the same day in an American paper: month-first numeric dates, Independence Day on 4 July
const americanMentionsOf = (text: string) =>
  extractDates(buildTextDoc(text), makeContext({ publishedAt: PUBLISHED, language: 'en-US', strict: true })).map(
    (d) => [d.text, d.value] as [string, string],
  );

describe('weekdays against the publication day', () => {
  test.each([
    // "last" and "next" name the weekday of the week before or after this one (weeks run Monday to Sunday)
    ['The minister resigned last Friday.', [['last Friday', '2025-09-19']]],
    ['Talks resume next Tuesday, officials said.', [['next Tuesday', '2025-09-30']]],
    ['The audit covers the previous Wednesday.', [['previous Wednesday', '2025-09-17']]],
    ['The vote is set for this coming Saturday.', [['this coming Saturday', '2025-09-27']]],
    ['Markets fell this past Monday.', [['this past Monday', '2025-09-22']]],
    ['The panel met on Tuesday of last week.', [['on Tuesday of last week', '2025-09-16']]],
    ['Polls open next week on Wednesday.', [['next week on Wednesday', '2025-10-01']]],
    ['The deal was signed on monday, the note said.', [['on monday', '2025-09-22']]],
    ['A public walk is planned for Saturday morning.', [['Saturday', '2025-09-27']]],
    // a weekday with its day number: the nearest month where that day is that weekday
    ['The court resumed on Monday (22) after a break.', [['on Monday (22)', '2025-09-22']]],
    ['The fair opened on Wednesday the 17th.', [['on Wednesday the 17th', '2025-09-17']]],
    ['The fair opened on Wednesday the seventeenth.', [['on Wednesday the seventeenth', '2025-09-17']]],
    ['The panel met on Tuesday last week.', [['on Tuesday last week', '2025-09-16']]],
    ['The board meets Friday next week.', [['Friday next week', '2025-10-03']]],
    // the n-th weekday of a month
    ['Voting is held on the first Monday of October.', [['the first Monday of October', '2025-10-06']]],
    ['The fair closed on the last Friday in August 2024.', [['the last Friday in August 2024', '2024-08-30']]],
    ['Fees are paid on the second Tuesday of next month.', [['the second Tuesday of next month', '2025-10-14']]],
    // a weekday before a date names that date
    ['The cabinet will meet on Thursday, 2 October.', [['Thursday, 2 October', '2025-10-02']]],
    ['The office reopens Tue 30/9 after repairs.', [['Tue 30/9', '2025-09-30']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test.each([
    // habitual weekdays, names and counts are no dates
    ['The union struck on Mondays and Fridays.', []],
    ['On Monday 21 people were hurt in the blast.', [['On Monday', '2025-09-22']]],
    ["Following Monday's vote, shares rose.", [['Monday', '2025-09-22']]],
    ['Police released footage on Monday of last week’s shooting.', [['on Monday', '2025-09-22'], ['last week', '2025-09']]],
    ['Analysts looked ahead to Super Tuesday 2 in the spring.', [['Tuesday', '2025-09-23']]],
    ['The committee sat 14 times and met on 4 October.', [['4 October', '2025-10-04']]],
    ['The board sat 3/10 to hear the case.', []],
  ])('leaves out %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('days written without a year', () => {
  test.each([
    ['The hearing was adjourned until 14/10.', [['14/10', '2025-10-14']]],
    ['Payments are due on the 30th.', [['the 30th', '2025-09-30']]],
    // without a month, the latest such day unless the sentence looks ahead
    ['The director left on the 1st.', [['the 1st', '2025-09-01']]],
    ['The director will leave on the 1st.', [['the 1st', '2025-10-01']]],
    ['Bids must arrive by the 2nd.', [['the 2nd', '2025-10-02']]],
    ['Leave is approved for 18 and 19 October.', [['18', '2025-10-18'], ['19 October', '2025-10-19']]],
    ['The rule applies from the 15th day of next month.', [['the 15th day of next month', '2025-10-15']]],
    ['The law takes effect next July 1.', [['next July 1', '2026-07-01']]],
    ['The festival ended last 3 August.', [['last 3 August', '2025-08-03']]],
    ['Leap-day babies celebrate on Feb 29.', [['Feb 29', '2024-02-29']]],
    ['Nominations close on October, 3rd.', [['October, 3rd', '2025-10-03']]],
    ['The hearing is on October the 3rd.', [['October the 3rd', '2025-10-03']]],
    ['The shipment is booked for the 28th.', [['the 28th', '2025-09-28']]],
    ['Rent is due on the 5th of next month.', [['the 5th of next month', '2025-10-05']]],
    ['The minutes were signed 22/04 by the chair.', [['22/04', '2025-04-22']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('an American article reads 10/11 month first, a Pakistani one day first', () => {
    expect(americanMentionsOf('The hearing was adjourned until 10/11.')).toEqual([['10/11', '2025-10-11']]);
    expect(mentionsOf('The hearing was adjourned until 10/11.')).toEqual([['10/11', '2025-11-10']]);
  });

  test.each([
    ['Services run 24/7 on the route.'],
    ['The embankment was raised by 3.5 metres.'],
    ['Costs were cut by 1/3 this year.'],
    ['About 2/3 voted yes.'],
    ['The council met for the 28th time.'],
    ['The committee met on the 18th floor.'],
    ['The inquiry reopened the 9/11 file.'],
    ['He was booked under Section 16/2 of the act.'],
    ['Police registered FIR No. 14/12 against him.'],
  ])('leaves out the numbers in %j', (text) => {
    expect(mentionsOf(text).filter(([, value]) => /^\d{4}-\d\d-\d\d$/.test(value))).toEqual([]);
  });
});

describe('days and years in words', () => {
  test.each([
    ['She was born on the fourth of July, 1962.', [['the fourth of July, 1962', '1962-07-04']]],
    ['The mill opened on 6 April nineteen hundred and five.', [['6 April nineteen hundred and five', '1905-04-06']]],
    ['He was born on 15 April of 87.', [['15 April of 87', '1987-04-15']]],
    ['The treaty was signed on twenty five January nineteen eighty six.', [['twenty five January nineteen eighty six', '1986-01-25']]],
    ['The deadline is March twenty first.', [['March twenty first', '2026-03-21']]],
    ['The bond matures on January first two thousand and thirty.', [['January first two thousand and thirty', '2030-01-01']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a month at a sentence end does not take the next sentence as its day', () => {
    expect(mentionsOf('The party lost in November. Two factions remain.')).toEqual([['November', '2024-11']]);
  });
});

describe('holidays', () => {
  test.each([
    ['Shops close on Christmas Day.', [['Christmas Day', '2025-12-25']]],
    ['Easter 2024 fell early.', [['Easter 2024', '2024-03-31']]],
    ['Independence Day was celebrated across the country.', [['Independence Day', '2025-08-14']]],
    ['Prayers were held on Eid al-Fitr 2024.', [['Eid al-Fitr 2024', '2024-04-10']]],
    ['Churches were full last Easter.', [['last Easter', '2025-04-20']]],
    ['Retailers expect a rush before Christmas.', [['Christmas', '2025-12-25']]],
    ['Black Friday 2023 broke records.', [['Black Friday 2023', '2023-11-24']]],
    ['Workers rallied on Labour Day.', [['Labour Day', '2025-05-01']]],
    ['Offices stayed shut for Eidul Azha 2024.', [['Eidul Azha 2024', '2024-06-16']]],
    ['Rallies were held on Kashmir Solidarity Day.', [['Kashmir Solidarity Day', '2025-02-05']]],
    ['Air shows mark Defence Day.', [['Defence Day', '2025-09-06']]],
    // the nearest one, unless the sentence looks ahead or back
    ['Traders report brisk sales around Eid al-Adha.', [['Eid al-Adha', '2025-06-06']]],
    ['The new mosque will open on Eid al-Adha.', [['Eid al-Adha', '2026-05-27']]],
    ['The results come out on Independence Day of next year.', [['Independence Day of next year', '2026-08-14']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('a bare "Christmas" without a cue is no date', () => {
    expect(mentionsOf('Christmas trees are on sale.')).toEqual([]);
  });

  test('Independence Day follows the country of the article', () => {
    expect(americanMentionsOf('Parades marked Independence Day.')).toEqual([['Independence Day', '2025-07-04']]);
    expect(americanMentionsOf('Stores opened on Labor Day.')).toEqual([['Labor Day', '2025-09-01']]);
  });
});

describe('counts of days, weeks, months and years', () => {
  test.each([
    ['Prices will be reviewed in two weeks.', [['in two weeks', '2025-10-09']]],
    ['The report is due in a fortnight’s time.', [['in a fortnight', '2025-10-09']]],
    ['The plant closed three weeks ago.', [['three weeks ago', '2025-09-04']]],
    ['Two years ago the plant closed.', [['Two years ago', '2023']]],
    ['The mine flooded 1 month and 10 days ago.', [['1 month and 10 days ago', '2025-08-15']]],
    ['Seventy-five years ago the port opened.', [['Seventy-five years ago', '1950']]],
    ['Polls may look different six months from now.', [['six months from now', '2026-03']]],
    ['The hearing resumes 3 days after 14 October.', [['3 days after 14 October', '2025-10-17']]],
    ['Ballots were printed two days before yesterday.', [['two days before yesterday', '2025-09-22']]],
    ['Fees rise 2 weeks from tomorrow.', [['2 weeks from tomorrow', '2025-10-10']]],
    ['The fund closes two months after next Friday.', [['two months after next Friday', '2025-12-03']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test.each([
    // durations, not dates
    ['Prices rose 40 percent in two years.'],
    ["She'll wear the dress she hasn't worn in six months."],
    ['Exports grew over the last year.'],
    ['Ten people were hurt in the 10 days from 1 June to 10 June.'],
  ])('leaves out the duration in %j', (text) => {
    expect(mentionsOf(text).filter(([written]) => /year|month|days? |weeks?/i.test(written))).toEqual([]);
  });

  test('"the last year" compared against is the previous calendar year', () => {
    expect(mentionsOf('Taxes are 35% more than the last year.')).toEqual([['the last year', '2024']]);
  });

  test('"the last week of June" is no week before publication', () => {
    expect(mentionsOf('Polling falls in the last week of June.')).toEqual([['June', '2025-06']]);
  });
});

describe('months that share a written year', () => {
  test.each([
    // a range takes the year written after its second month, for both months
    ['Tea auctions slowed in January-March 2024.', [['January', '2024-01'], ['March 2024', '2024-03']]],
    ['Arrivals climbed from October to December 2023.', [['October', '2023-10'], ['December 2023', '2023-12']]],
    ['Sales were weak in Jan.-Mar. 2024.', [['Jan.', '2024-01'], ['Mar. 2024', '2024-03']]],
    // a range crossing New Year starts in the year before
    ['Rainfall was scarce in November-February 2025.', [['November', '2024-11'], ['February 2025', '2025-02']]],
    // a range inside a fiscal year (July-June here): July in its first calendar year, the fiscal year found too
    ['The deficit narrowed in July-February of 2025-26.', [['July', '2025-07'], ['February', '2026-02'], ['2025-26', 'FY2026']]],
    ['Tax receipts in July-March FY25 beat the target.', [['July', '2024-07'], ['March', '2025-03'], ['FY25', 'FY2025']]],
    ['In the ten months (July-April) of the 2025-26 fiscal year, inflows rose.', [['July', '2025-07'], ['April', '2026-04'], ['2025-26', 'FY2026']]],
    // two days of one month are two dates
    ['Polling ran on March 23-24.', [['March 23', '2026-03-23'], ['24', '2026-03-24']]],
    ['The expo runs from 10 to 12 October.', [['10', '2025-10-10'], ['12 October', '2025-10-12']]],
    ['Talks were held on June 3-5, 2023.', [['June 3', '2023-06-03'], ['5, 2023', '2023-06-05']]],
    // a range runs forward: its first day is the last one on or before the second
    ['The crushing season ran from October 1 to March 31.', [['October 1', '2024-10-01'], ['March 31', '2025-03-31']]],
    // a year glued to a part-of-year word
    ['The plant should be running by mid-2027.', [['mid-2027', '2027']]],
    // a month with a relative year is one month in that year
    ['The levy was cut in May last year.', [['May last year', '2024-05']]],
    ['Talks resume in March of next year.', [['March of next year', '2026-03']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('months in a sentence that looks ahead', () => {
  test.each([
    // present-tense plans and expectations take the coming month, as "will" does
    ['The ministry plans to float the bonds in April.', [['April', '2026-04']]],
    ['We do not expect the rally to last beyond June.', [['June', '2026-06']]],
    // amounts between the cue and the month do not end the sentence
    ['The treasury plans to borrow Rs. 120 billion in April.', [['April', '2026-04']]],
    ['The board will release $1.2 billion in August.', [['August', '2026-08']]],
    // reported future: "would" looks ahead, "would have" does not
    ['She said the second tranche would be released in November.', [['November', '2025-11']]],
    ['Exports would have grown in August but for the floods.', [['August', '2025-08']]],
    // a long object between the future verb and the month
    ['Growers will receive a fertiliser subsidy of Rs. 4,000 per 50-kg bag from November.', [['November', '2025-11']]],
    // a glued "end-" or "mid-" before the month keeps the cue before it
    ['The loan falls due by end-March.', [['March', '2026-03']]],
    ['The port will reopen in mid-August.', [['August', '2026-08']]],
    // a past sentence keeps the latest month on or before publication
    ['The ministry floated the bonds in April.', [['April', '2025-04']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('other numeric orders', () => {
  test.each([
    ['Download the file report-20240315.pdf from the site.', [['20240315', '2024-03-15']]],
    ['The log entry read September-2020-23.', [['September-2020-23', '2020-09-23']]],
    ['The log entry read 23-2020-September.', [['23-2020-September', '2020-09-23']]],
    ['The conference opened on 2016 10 16 in Lahore.', [['2016 10 16', '2016-10-16']]],
    ['The ledger is dated 03/18/48.', [['03/18/48', '1948-03-18']]],
    ['The bond matures on 12/12/30.', [['12/12/30', '2030-12-12']]],
  ])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  test('an impossible date hides its year or month too', () => {
    expect(mentionsOf('Feb 30 2019 was a typo in the filing.')).toEqual([]);
    expect(mentionsOf('The notice named the 31st of this month.')).toEqual([]);
  });
});

test('relative days are left out when publishedAt is unknown', () => {
  expect(mentionsOf('The panel met last Friday, two weeks ago, on the 18th and before Christmas.', null)).toEqual([]);
});
