import { extractArticle } from '../../src/extractors/article';
import { authorWordsOf, filterParagraphs, isDateline, isMetaLine } from '../../src/extractors/article/body/filter';

/**
 * Issue 2: no bylines or datelines inside the text. A page written for this test, in the shape many news sites
 * use: the byline and timestamp lines carry no class that says so, and sit inside the article container.
 */

const LEDE =
  'The harbour authority will spend 40 million dollars on a new container berth, its chairman said on Tuesday, after two years in which ships waited up to four days for a place at the quay.';
const SECOND =
  'Work on the berth starts in March and should take 26 months. The authority expects the number of containers handled each year to rise from 310,000 to 450,000 once it opens.';
const THIRD =
  'Shipping lines welcomed the plan but said dredging the approach channel mattered as much, since the largest vessels now calling at the port can only enter at high tide.';

function pageWith(metaLines: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour to build new container berth | The Coastal Ledger</title>
<meta property="og:title" content="Harbour to build new container berth">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour to build new container berth","datePublished":"2026-11-18T10:15:00-05:00","author":[{"@type":"Person","name":"Maria Chen"},{"@type":"Person","name":"Tom Okafor"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<div class="story"><h1>Harbour to build new container berth</h1>${metaLines}
<p>${LEDE}</p><p>${SECOND}</p><p>${THIRD}</p></div></body></html>`;
}

const textOf = (metaLines: string) => extractArticle(pageWith(metaLines), { url: 'https://ledger.example/harbour-berth', fetchedAt: '2026-11-19T00:00:00Z' }).text;

describe('byline and meta lines at the top of the article container stay out of the text', () => {
  test.each<[string, string, string[]]>([
    ['"By" with a linked name and an abbreviated month', '<p>By <a href="/staff/maria-chen">Maria Chen</a> · Nov. 18, 2026, 10:15 a.m. ET</p>', ['Maria Chen', 'Nov. 18']],
    ['two authors, then a Published | Updated line', '<p>By Maria Chen and Tom Okafor</p><p>Published Nov. 18, 2026 | Updated 3:45 p.m. ET</p>', ['Okafor', 'Updated']],
    ['the author and a role, without "By"', '<p>Maria Chen, Staff Reporter</p><p>November 18, 2026</p>', ['Staff Reporter', 'November 18, 2026']],
    ['name, date and reading time in inline spans on one line', '<div><span>Maria Chen</span> <span>November 18, 2026</span> <span>5 min read</span></div>', ['Maria Chen', 'min read']],
    ['a name line and a time-ago line', '<p>Tom Okafor</p><p>Updated 2 hours ago</p>', ['Tom Okafor', 'hours ago']],
  ])('%s', (_name, metaLines, leaked) => {
    const text = textOf(metaLines);
    expect(text).toBe([LEDE, SECOND, THIRD].join('\n\n'));
    for (const s of leaked) expect(text).not.toContain(s);
  });

  test('a lead paragraph that starts with "By" or names the author is article text', () => {
    const byNoon = 'By noon on Tuesday, Maria Chen said, the first dredger had already left for the approach channel.';
    const named = 'Maria Chen, the authority’s chief engineer, said the berth would be built on reclaimed land.';
    const text = textOf(`<p>${byNoon}</p><p>${named}</p>`);
    expect(text.startsWith(`${byNoon}\n\n${named}\n\n${LEDE}`)).toBe(true);
  });
});

describe('the meta-line rules', () => {
  const authors = authorWordsOf('Maria Chen, Tom Okafor');

  test.each<[string, boolean]>([
    ['By Maria Chen · Nov. 18, 2026, 10:15 a.m. ET', true],
    ['Maria Chen | Updated 3:45 p.m.', true],
    ['Maria Chen and Tom Okafor, Staff Writers', true],
    ['Maria Chen and Tom Okafor wrote this', false],
    ['Tom Okafor, Senior Correspondent', true],
    ['Last updated: 18 November 2026 09:12 GMT', true],
    ['4 min read', true],
    ['10 p.m.', false], // a time heading of a running-update story
    ['By Aiko Tanaka / 2016.12.01', true], // a name the metadata did not find
    ['by 灯台国際事務所 ／ 2016.12.01', true],
    ['By then it was 2016.', false],
    ['By 2030 the port will handle twice as many ships.', false],
    ['Maria Chen said the berth would open in 2028.', false],
    ['The berth opens in 2028', false],
    ['Shipping lines and the authority', false],
    ['Posted on October 27, 2015 by Admin', true], // WordPress's entry meta: a name after a later "by"
    ['Posted on Oktober 27, 2015 by Siti Rahma', true],
    ['Published in 2015 by Harbour Press for the port authority', false],
  ])('%s -> %s', (line, expected) => {
    expect(isMetaLine(line, authors)).toBe(expected);
  });

  test.each([
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'martes, 6 de marzo de 2018',
    'Veröffentlicht am 3. März 2026 um 10:15 Uhr',
    'mercredi 4 février 2026 à 18h30',
  ])('a dateline in another language: %s', (line) => {
    expect(isMetaLine(line)).toBe(true);
  });

  test('a short sentence in another language with a date in it is not a dateline', () => {
    expect(isMetaLine('A reunião de 22 de janeiro foi adiada para 2026')).toBe(false);
  });

  test('datelines with a.m./p.m. and two-letter zones are datelines', () => {
    expect(isDateline('Updated 3:45 p.m. ET, Tue November 18, 2026')).toBe(true);
    expect(isDateline('The vote is at 3 p.m. on Tuesday in the council chamber')).toBe(false);
    expect(isDateline('9:40 a.m.')).toBe(false);
  });

  test('an "Updated at" timestamp goes wherever it stands, a short sentence does not', () => {
    const paragraphs = [LEDE, SECOND, 'Updated at 1:23 p.m.', THIRD, 'Updated figures follow in March.'];
    expect(filterParagraphs(paragraphs, null)).toEqual([LEDE, SECOND, THIRD, 'Updated figures follow in March.']);
  });
});
