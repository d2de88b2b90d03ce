import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBody } from '../../src/crawlers/charset';
import { extractArticle } from '../../src/extractors/article';

/** The article step of the pipeline on a fixture page: bytes decoded as the fetcher would, then extracted. */
function bodyOf(slug: string): { text: string; warnings: string[] } {
  const dir = join(__dirname, '..', '..', 'fixtures', 'articles', slug);
  const { url, fetchedAt } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string; fetchedAt: string };
  const html = decodeBody(readFileSync(join(dir, 'source.html'))).text;
  const { text, warnings } = extractArticle(html, { url, fetchedAt });
  return { text, warnings };
}

const paragraphsOf = (text: string) => text.split('\n\n');

describe('body of each fixture page', () => {
  test.each<[string, string[], string[]]>([
    [
      'wealthpk-ict-exports',
      ['reaching $310 million in April 2024', '62.3% higher than the $191 million recorded in April 2023', 'said Asfand Yar Khan, Director General (IT) at the Ministry of Information Technology and Telecommunication', 'What drove the growth', 'Faster broadband in secondary cities'],
      ['PSX:', 'Contact Us', 'By Staff Reporter', 'WhatsApp', 'Photo: file', 'Advertisement', 'Tags:', 'Sign up for our daily newsletter', 'Related News', 'Most Read', 'All rights reserved'],
    ],
    [
      'jsonld-article',
      ['first of its kind on this stretch of coast', 'said harbour master Tomasz Wren', 'review bus routes to the harbour'],
      ['Energy', 'Moira Keating', '12 March 2024', 'Read more', 'Copy link', 'More from Business', 'Bakery chain'],
    ],
    [
      'no-semantic-markup',
      ['three weeks ahead of schedule', 'about 600 homes', 'said councillor Ruth Abernethy', 'weather permitting.'],
      ['Front page', 'Archive', 'Posted 14 November 2023', 'Print this story', 'Contact the newsroom'],
    ],
    [
      'live-blog',
      ['Income tax thresholds frozen for two more years', 'Opposition calls the plan “a pause, not a cure”', 'less than a fifth of the backlog', 'cost about 3 billion in lost revenue', '“turned a corner”'],
      ['13:42', 'Priya Shah', 'Tom Becker', 'Copy link', 'Load more updates', 'Jobs'],
    ],
    [
      'amp-article',
      ['ordered 40 battery-electric trains', 'about 100 kilometres between charges', 'about 520 million euros', 'one train every two hours.'],
      ['Menu', 'Weather', 'By Lena Ostrova', 'A battery train on a test run', 'Back to North Line News'],
    ],
    [
      'windows-1252',
      ['Le café de la gare, fermé depuis l’incendie de janvier 2022', '“On a tout refait, du plancher à la toiture”, explique la gérante, Anaïs Lefèvre.', 'c’est l’âme de la maison.”', 'Une fête est prévue le 14 février'],
      ['Accueil', 'Par Valérie Dubœuf', 'Partager', 'Mentions légales', '\uFFFD', 'Ã'],
    ],
    [
      'comments-and-related',
      ['more than 3,000 students signed a petition', 'said it would keep pushing for weekend opening as well.'],
      ['Daniel Okafor', 'Share on Facebook', 'Related stories', 'registry said', 'Finally!', 'what about Sundays', 'Leave a Reply', '14 comments'],
    ],
    [
      'paywall-teaser',
      ['considering a second fabrication plant', 'according to documents seen by The Ledger.'],
      ['Ines Carvalho', 'Subscribe to keep reading', 'Cancel anytime', 'Already a subscriber', 'Sign in'],
    ],
    [
      'split-body',
      ['the town of Ashby stood to lose its last place', 'A shared counter', 'split four ways', 'What comes next', 'three other towns in the county'],
      ['Grace Lindqvist', 'Get Hill Country Weekly in your inbox', 'Advertisement', 'More features', 'The last blacksmith'],
    ],
    [
      'very-short',
      ['All ferry crossings to the mainland are cancelled this morning', 'The operator will review the forecast at noon.'],
      ['Ferry services suspended in high winds', '06:40', 'Latest news', 'Harbour wall repairs', '12 Harbour Street'],
    ],
  ])('%s: the body has the article text and none of the furniture', (slug, mustContain, mustNotContain) => {
    const { text } = bodyOf(slug);
    for (const s of mustContain) expect(text).toContain(s);
    for (const s of mustNotContain) expect(text).not.toContain(s);
  });

  test('wealthpk-ict-exports keeps its paragraphs, subheading and list items in page order', () => {
    const paragraphs = paragraphsOf(bodyOf('wealthpk-ict-exports').text);
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^ISLAMABAD, June 29 \(WealthPK\): Earnings from/);
    expect(paragraphs.slice(4, 9)).toEqual([
      'What drove the growth',
      'According to the ministry, three factors stood out:',
      'Special Technology Zones that give firms serviced space and tax incentives',
      'Easier international payments for freelancers',
      'Faster broadband in secondary cities',
    ]);
  });

  test('live-blog keeps every entry, newest first as printed', () => {
    const text = bodyOf('live-blog').text;
    const order = ['Key points', 'Opposition calls the plan', 'Hospitals get repair money', 'Fuel duty stays', 'has stood up in parliament'].map((s) => text.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });

  test('split-body returns all five paragraphs and both subheadings, in order, and nothing else', () => {
    expect(paragraphsOf(bodyOf('split-body').text).map((p) => p.slice(0, 20))).toEqual([
      'When the regional ba',
      'Shop owners worried ',
      'A shared counter',
      'The solution came fr',
      '“Nobody thought the ',
      'What comes next',
      'The arrangement is a',
    ]);
  });

  test('very-short returns its single paragraph', () => {
    expect(paragraphsOf(bodyOf('very-short').text)).toHaveLength(1);
  });

  test('paywall-teaser warns "paywall suspected"; a free page does not', () => {
    expect(bodyOf('paywall-teaser').warnings).toContain('paywall suspected');
    expect(bodyOf('jsonld-article').warnings).not.toContain('paywall suspected');
  });

  test('windows-1252 bytes really are windows-1252, and decode to the right characters', () => {
    const bytes = readFileSync(join(__dirname, '..', '..', 'fixtures', 'articles', 'windows-1252', 'source.html'));
    expect(bytes.includes(Buffer.from([0x93]))).toBe(true); // a left curly double quote in windows-1252
    expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false);
    expect(bodyOf('windows-1252').text).toContain('240 000 euros');
  });
});
