import { parseDocument } from '../../src/extractors/article/document';
import { extractPublished } from '../../src/extractors/metadata/published-date';
import { findTextDates, parseMachineDate, parseTextDate } from '../../src/extractors/metadata/date-parsing';
import { onLocalDay } from '../../src/extractors/metadata/date-zone';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
const published = (html: string, url = 'https://news.example.com/story', fetchedAt: string | null = '2024-07-01T12:00:00Z') =>
  extractPublished(parseDocument(html, url), fetchedAt).result;

describe('date formats pages print', () => {
  test.each([
    ["Java's Date.toString in JSON-LD", 'Tue Jul 30 09:35:14 CEST 2019', '2019-07-30T09:35:14+02:00'],
    ['an Arabic month name', 'الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07T12:09:00'],
    ['an Arabic month spelled without hamza', '15 اكتوبر 2021', '2021-10-15'],
  ])('machine value: %s', (_n, raw, iso) => {
    expect(parseMachineDate(raw)?.iso).toBe(iso);
  });

  test.each([
    ['a two-digit year with dots', 'Von Anna Berg | 31.10.23', '2023-10-31'],
    ['a two-digit year in the 1990s', 'Stand 03.02.98', '1998-02-03'],
    ['a Japanese date', '掲載 2020年7月12日 10:00', '2020-07-12T10:00:00'],
    ['a Korean date', '입력 2024년 3월 5일', '2024-03-05'],
    ['a date glued to the words around it', 'Wissen26.02.2020Lesedauer 7 Minuten', '2020-02-26'],
  ])('printed text: %s', (_n, raw, iso) => {
    expect(parseTextDate(raw)?.iso).toBe(iso);
  });

  test.each([
    ['a version number', 'Update to 1.2.3 now'],
    ['a four-digit date glued to a time is not read as a two-digit year', 'user28.09.1912:44 wrote'],
  ])('no date in %s', (_n, raw) => {
    expect(findTextDates(raw)).toEqual([]);
  });

  test('every date in a text, in order, a long form not read twice', () => {
    const found = findTextDates('Last updated 04 Jun 2020, originally created 17 Jun 2019 and 29.06.2024').map((d) => d.parsed.day);
    expect(found).toEqual(['2020-06-04', '2019-06-17', '2024-06-29']);
  });
});

describe('which source the publication date comes from', () => {
  test('an embedded video\'s uploadDate does not beat the article\'s published_time meta', () => {
    const html = page(
      `${ld({ '@type': 'VideoObject', name: 'Clip', uploadDate: '2022-03-01T10:00:00+01:00' })}<meta property="article:published_time" content="2024-05-10T08:00:00+02:00">`,
    );
    expect(published(html)?.value).toBe('2024-05-10T08:00:00+02:00');
  });

  test('a WebPage datePublished is still used when nothing else dates the page', () => {
    expect(published(page(ld({ '@type': 'WebPage', datePublished: '2024-02-03' })))?.value).toBe('2024-02-03');
  });

  test('the date printed under the headline beats a generic meta date (the page build date)', () => {
    const html = page('<meta name="date" content="2024-06-20">', '<article><h1>Council opens the new bridge</h1><p class="meta">Von Anna Berg, 12.06.2024</p><p>Text.</p></article>');
    const r = published(html);
    expect(r?.value).toBe('2024-06-12');
    expect(r?.rule).toBe('header date');
  });

  test('a generic meta date is used when the page prints no date', () => {
    expect(published(page('<meta name="dc.date" content="2024-06-20">', '<h1>Council opens the new bridge</h1><p>No date here.</p>'))?.value).toBe('2024-06-20');
  });

  test('a date labelled as an update by the headline is not the publication date', () => {
    const html = page('', '<article><h1>Storm closes the coast road</h1><p>Updated: 14 March 2024</p><p>Published 10 March 2024</p></article>');
    expect(published(html)?.value).toBe('2024-03-10');
  });

  test('a kicker line above the headline counts as the header', () => {
    const html = page('', '<div class="story"><span class="date">Wissen 26.02.2024</span><h1>How the river floods are measured</h1><p>Text of the story.</p></div>');
    expect(published(html)?.value).toBe('2024-02-26');
  });
});

describe('a UTC timestamp is moved onto the local day the page prints', () => {
  const stamp = '<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">';
  test.each([
    ['the printed day and time give the exact offset', '<h1>Mayor elected</h1><p>PUBLISHED: November 8, 2023 at 11:30 p.m.</p>', '2023-11-08T23:30:59-06:00'],
    ['a printed day alone gives the smallest offset that reaches it', '<h1>Mayor elected</h1><p>By Staff | November 8, 2023</p>', '2023-11-08T23:30:59-06:00'],
    ['the page\'s own zoned rendering of the instant is preferred', '<h1>Mayor elected</h1><time datetime="2023-11-08T23:30:59-06:00">November 8, 2023</time>', '2023-11-08T23:30:59-06:00'],
    ['a printed day that agrees leaves the timestamp alone', '<h1>Mayor elected</h1><p>November 9, 2023</p>', '2023-11-09T05:30:59+00:00'],
    ['no printed day leaves it alone', '<h1>Mayor elected</h1><p>No date.</p>', '2023-11-09T05:30:59+00:00'],
  ])('%s', (_n, body, expected) => {
    expect(published(page(stamp, body), 'https://news.example.com/story', null)?.value).toBe(expected);
  });

  test('the day in the URL is local-day evidence too', () => {
    const html = page('<meta property="article:published_time" content="2023-11-09T01:49:09Z">');
    expect(published(html, 'https://news.example.com/2023/11/08/fentanyl-case/', null)?.parsed.day).toBe('2023-11-08');
  });

  test.each([
    ['a stamp with a non-UTC offset is the newsroom\'s own local time', '2023-11-08T19:00:00+01:00', { day: '2023-11-09' }],
    ['a printed time that does not fit any offset is another date', '2023-11-09T09:49:32Z', { day: '2023-11-08', time: { h: 12, min: 25 } }],
    ['a day two days away is not a zone shift', '2023-11-09T01:00:00Z', { day: '2023-11-07' }],
  ])('no shift: %s', (_n, raw, evidence) => {
    expect(onLocalDay(parseMachineDate(raw)!, evidence)).toBeNull();
  });
});

describe('a date entered as a day and served as UTC midnight', () => {
  test.each([
    ['23:00 sharp is midnight in Berlin the next day', '2021-11-04T23:00:00Z', '2021-11-05T00:00:00+01:00'],
    ['22:00 sharp is midnight in summer time', '2021-07-04T22:00:00+00:00', '2021-07-05T00:00:00+02:00'],
    ['a time with seconds is a real time', '2021-11-04T23:00:12Z', '2021-11-04T23:00:12Z'],
    ['a sharp hour in the daytime is a scheduled publication', '2021-11-04T14:00:00Z', '2021-11-04T14:00:00Z'],
    ['a sharp hour with a local offset is the newsroom\'s own time', '2021-11-04T23:00:00+01:00', '2021-11-04T23:00:00+01:00'],
  ])('%s', (_n, content, expected) => {
    expect(published(page(`<meta property="article:published_time" content="${content}">`), 'https://news.example.com/story', null)?.value).toBe(expected);
  });
});

describe('the last resorts: the URL and the page text', () => {
  test.each([
    ['a day-first date in the slug', 'https://www.example.org/media-news/meldungen/29-10-2021', '2021-10-29'],
    ['a dotted date inside a slug', 'https://www.example.org/artikel/bericht_vom_22.04.2020_zur_lage', '2020-04-22'],
    ['a year-first date still wins', 'https://www.example.org/2021/10/29/story', '2021-10-29'],
  ])('%s', (_n, url, expected) => {
    expect(published(page('', '<p>No date printed.</p>'), url)?.value).toBe(expected);
  });

  test('the first date printed in the article text when no markup dates the page', () => {
    const html = page('', '<div id="main"><div class="post"><p>Posted by Mara am 25.08.2015 22:30</p><p>We met again on 1 September 2015.</p></div></div>');
    const r = published(html);
    expect(r?.value).toBe('2015-08-25T22:30:00');
    expect(r?.rule).toBe('page text');
  });

  test.each([
    ['an aside', '<aside class="blogData">Date 12.01.2017</aside><p>Story text.</p>', '2017-01-12'],
    ['the footer line', '<p>Service page.</p><footer>Copyright © 19.12.2019 - 12:14 h by Example GmbH</footer>', '2019-12-19T12:14:00'],
  ])('when the article text has no date, %s is read on a second pass', (_n, body, expected) => {
    expect(published(page('', body))?.value).toBe(expected);
  });

  test('a date in the article text beats one in an aside', () => {
    expect(published(page('', '<aside>Events 30.06.2024</aside><div class="post"><p>Posted 12.01.2017</p></div>'))?.value).toBe('2017-01-12');
  });

  test.each([
    ['navigation', '<nav>Today: 30 June 2024</nav><p>Story without a date.</p>'],
    ['a comment', '<p>Story without a date.</p><div class="comments"><p>Anna, 3 March 2021</p></div>'],
    ['an update line', '<p>Last updated: 4 June 2020</p><p>Story without a date.</p>'],
  ])('the page text skips %s', (_n, body) => {
    expect(published(page('', body))).toBeNull();
  });

  test('a <time> inside an element marked "mod" is the modification date', () => {
    const html = page('', '<div class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">1 November</time></div><p><span class="text_datum">31. Oktober 2023.</span> Story.</p>');
    expect(published(html)?.parsed.day).toBe('2023-10-31');
  });
});

describe('the headline and what lies around it', () => {
  test('the headline is the h1 that shares words with the page title, not the logo h1', () => {
    const html = page(
      '<title>New tobacco tax law announced | Customs</title>',
      '<header><h1>Customs</h1><p>Service hotline open 01.02.2021</p></header><main><h1>New tobacco tax law announced</h1><div class="docData"><span>Date:</span> 18.10.2021</div><p>Text.</p></main>',
    );
    expect(published(html)?.value).toBe('2021-10-18');
  });

  test('a photo caption by the headline does not date the story', () => {
    const html = page('', '<article><h1>Protesters gather at the theatre</h1><figure><img src="a.jpg"><figcaption>The minister in Lyon, January 16, 2020.</figcaption></figure><p>January 18, 2020</p><p>Text.</p></article>');
    expect(published(html)?.value).toBe('2020-01-18');
  });

  test('a wire photo caption printed as plain text under the headline does not date the story', () => {
    const html = page(
      '',
      '<article><h1>Dockers march on the harbour office</h1><div><img src="a.jpg"><br>FILE PHOTO: Dockers gather at the harbour gate in Le Havre, France, March 2, 2021. Ana Ruiz/Pool via REUTERS</div><p>March 4, 2021</p><p>Text.</p></article>',
    );
    expect(published(html)?.value).toBe('2021-03-04');
  });

  test('a sentence about a photo that is no wire caption keeps its date', () => {
    const html = page('', '<article><h1>Harbour museum opens</h1><p>Opened March 4, 2021. The photo: a crane from 1950.</p><p>Text.</p></article>');
    expect(published(html)?.value).toBe('2021-03-04');
  });

  test('a date-classed element marked "mod" is the modification date', () => {
    const html = page('', '<div><span class="mod_date">Mittwoch, 01. November 2023</span></div><div class="story"><span class="text_datum">31. Oktober 2023.</span> Story.</div>');
    expect(published(html)?.parsed.day).toBe('2023-10-31');
  });

  test('layout classes on the body ("one-sidebar") do not hide the page text', () => {
    const html = '<html><body class="page one-sidebar has-comments"><div class="node"><div class="submitted">Saved by mara on 24 July 2017 - 18:55</div><p>Text.</p></div></body></html>';
    expect(published(html)?.value).toBe('2017-07-24T18:55:00');
  });

  test('the share image\'s upload path dates a page with nothing else', () => {
    const html = page('<meta property="og:image" content="https://www.example.org/files/2016/05/04/report-cover.png">', '<p>Annual report.</p>');
    const r = published(html, 'https://www.example.org/annual-report/index.html');
    expect(r?.value).toBe('2016-05-04');
    expect(r?.rule).toBe('image url date');
  });
});

describe('a printed day that agrees with the UTC day keeps the timestamp as it is', () => {
  test('23:00 sharp is not moved to the next day when the page prints the same day', () => {
    const html = page('<meta property="article:published_time" content="2021-11-04T23:00:00Z">', '<h1>Local elections</h1><p>4 November 2021</p>');
    expect(published(html, 'https://news.example.com/story', null)?.value).toBe('2021-11-04T23:00:00Z');
  });
});
