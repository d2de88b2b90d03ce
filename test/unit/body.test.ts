import { parseDocument } from '../../src/extractors/article/document';
import { extractBody } from '../../src/extractors/article/body';
import { cutTail, filterParagraphs, isDateline, isFurnitureLine } from '../../src/extractors/article/body/filter';

const bodyOf = (html: string, title: string | null = null) => extractBody(parseDocument(html), { title });

// Real-looking article paragraphs, written for these tests, long enough to outscore page furniture.
const P1 = 'The city council approved a new budget on Tuesday, raising spending on schools by 4 percent and cutting the road repair fund, after a debate that ran late into the evening.';
const P2 = 'Council member Rosa Delgado, who voted against the plan, said the cuts to road repairs would cost more later, because potholes left for a year turn into rebuilt streets.';
const P3 = 'The budget takes effect on July 1. A public hearing on the school spending plan, including the new teaching assistants, is scheduled for next month at the civic centre.';

const page = (inner: string, head = '') => `<!doctype html><html><head><title>Budget approved</title>${head}</head><body>${inner}</body></html>`;
const article = (extra = '') => `<div class="article-body"><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p></div>`;

describe('extractBody keeps the article and drops the furniture', () => {
  test.each<[string, string, string[], string[]]>([
    [
      'navigation, header and footer never reach the body',
      page(`<header><a href="/">Daily</a></header><nav><a href="/a">World</a> <a href="/b">Sport</a></nav>${article()}<footer>Copyright Daily News Group, all rights reserved</footer>`),
      [P1, P2, P3],
      ['World', 'Copyright'],
    ],
    [
      'a share bar and an advertisement label inside the body are removed',
      page(article('<div class="share-buttons"><a href="https://facebook.com/s">Facebook</a> <a href="https://twitter.com/s">Twitter</a></div><div class="ad-container"><span>Advertisement</span></div>')),
      [P1, P3],
      ['Facebook', 'Advertisement'],
    ],
    [
      'image captions and credits are removed with their figure',
      page(article('<figure><img src="a.jpg"><figcaption>Council members vote on the budget. Photo: J. Smith/Daily</figcaption></figure>')),
      [P2],
      ['Photo: J. Smith', 'Council members vote on the budget.'],
    ],
    [
      'a newsletter box between paragraphs is removed',
      page(article('<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day’s top stories every morning.</p></div>')),
      [P2, P3],
      ['morning briefing', 'free newsletter'],
    ],
    [
      'a comment thread after the article is removed even when the comments are long prose',
      page(`${article()}<div id="comments"><div class="comment"><p>I have lived here for thirty years and never seen the roads this bad, which is why cutting the repair fund, again, is a terrible decision by the council.</p></div></div>`),
      [P3],
      ['thirty years'],
    ],
    [
      'related-story links after the article are removed',
      page(`${article()}<div class="related-articles"><h2>Related</h2><ul><li><a href="/x">Mayor proposes new bus lanes</a></li><li><a href="/y">Teachers vote on pay offer</a></li></ul></div>`),
      [P1],
      ['bus lanes', 'Teachers vote'],
    ],
    [
      'the headline, byline and dateline above the body are not body text',
      page(`<article><h1>Council approves budget with more for schools</h1><p class="byline">By Maria Chen</p><time datetime="2024-05-07">May 7, 2024</time>${article()}</article>`),
      [P1, P3],
      ['Council approves budget', 'Maria Chen', 'May 7, 2024'],
    ],
    [
      'hidden elements are not body text',
      page(article('<div style="display:none">Hidden tracking text that nobody sees on the page at all</div><p hidden>Also hidden from every reader of this article</p>')),
      [P2],
      ['tracking text', 'Also hidden'],
    ],
  ])('%s', (_name, html, mustContain, mustNotContain) => {
    const { text } = bodyOf(html, 'Council approves budget with more for schools');
    for (const s of mustContain) expect(text).toContain(s);
    for (const s of mustNotContain) expect(text).not.toContain(s);
  });
});

describe('extractBody keeps the article’s own structure', () => {
  test('separates paragraphs with a blank line and normalizes whitespace', () => {
    const html = page(`<div class="story"><p>  ${P1.replace(/ /g, '\n   ')}  </p>\n\n<p>${P2}</p><p>${P3}\u200b</p></div>`);
    expect(bodyOf(html).text).toBe([P1, P2, P3].join('\n\n'));
  });

  test('keeps each list item as its own paragraph and subheadings in place', () => {
    const html = page(`<div class="story"><p>${P1}</p><h2>What changes</h2><ul><li>More teaching assistants in primary schools</li><li>Two new school buses for rural routes</li></ul><p>${P2}</p><p>${P3}</p></div>`);
    expect(bodyOf(html).text).toBe([P1, 'What changes', 'More teaching assistants in primary schools', 'Two new school buses for rural routes', P2, P3].join('\n\n'));
  });

  test('reads paragraphs separated only by double <br> on pages without <p>', () => {
    const html = page(`<table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td><td><font>${P1}<br><br>${P2}<br><br>${P3}</font></td></tr></table>`);
    expect(bodyOf(html).text).toBe([P1, P2, P3].join('\n\n'));
  });

  test('joins a body split over sibling containers with ads between them', () => {
    const html = page(`<div class="wrap"><div class="text-block"><p>${P1}</p></div><div class="ad-slot">Advertisement</div><div class="text-block"><p>${P2}</p></div><div class="ad-slot">Advertisement</div><div class="text-block"><p>${P3}</p></div></div>`);
    expect(bodyOf(html).text).toBe([P1, P2, P3].join('\n\n'));
  });

  test('returns a one-sentence article whole', () => {
    const short = 'All ferry crossings are cancelled this morning because of high winds, the operator said.';
    const html = page(`<nav><a href="/a">News</a> <a href="/b">Sport</a> <a href="/c">Weather</a></nav><article><h1>Ferries cancelled</h1><p>${short}</p></article>`);
    expect(bodyOf(html, 'Ferries cancelled').text).toBe(short);
  });

  test('prefers the itemprop=articleBody block to a longer block elsewhere', () => {
    const html = page(`<div class="promo-panel"><p>${P2} ${P3}</p><p>${P2}</p></div><div itemprop="articleBody"><p>${P1}</p><p>${P3}</p></div>`);
    expect(bodyOf(html).text).toBe([P1, P3].join('\n\n'));
  });

  test('keeps the visible body, not a plain-text articleBody copy hidden in microdata', () => {
    const html = page(`<div class="post-content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div style="display:none" itemscope><div itemprop="articleBody">${P1} ${P2} ${P3}</div></div>`);
    expect(bodyOf(html).text).toBe([P1, P2, P3].join('\n\n'));
  });

  test('warns when the page says it is behind a paywall, and when no body is found', () => {
    const paywalled = page(`${article()}<div class="paywall-prompt">Subscribe to read more</div>`, '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>');
    expect(bodyOf(paywalled).warnings).toContain('paywall suspected');
    expect(bodyOf(page('<nav><a href="/">Home</a></nav>')).warnings).toContain('article body not found');
  });
});

describe('paragraph filters', () => {
  test.each([
    ['Advertisement', true],
    ['Share this article', true],
    ['Print this story | Email a friend', true],
    ['Read more: Mayor proposes new bus lanes', true],
    ['Text size', true],
    ['The council approved the budget.', false],
    ['Share prices rose 3% after the announcement.', false],
    ['Comments from residents were mostly positive, the survey found.', false],
  ])('%j is furniture: %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });

  test.each([
    ['Published 12:30 PM ET, Tue November 19, 2019', true],
    ['Updated: 5 January 2024, 06:40', true],
    ['Posted 14 November 2023', true],
    ['On May 7, 2024 the council voted 7 to 2 in favour.', false],
    ['November was the wettest month on record.', false],
  ])('%j is a dateline: %s', (line, expected) => {
    expect(isDateline(line)).toBe(expected);
  });

  test('drops a byline and the headline at the top but not a paragraph that starts with "By"', () => {
    const byPara = 'By the end of the year, the council expects to have spent most of the new school money on staff.';
    expect(filterParagraphs(['Council approves new budget', 'By Maria Chen', byPara, P1], 'Council approves new budget - Daily News')).toEqual([byPara, P1]);
  });

  test('cuts the tail from a "You may also like" line in the second half, not from one near the top', () => {
    expect(cutTail([P1, P2, 'You may also like...', 'Mayor proposes new bus lanes'])).toEqual([P1, P2]);
    expect(cutTail(['Tags', P1, P2])).toEqual(['Tags', P1, P2]);
  });
});

describe('closing notes after the story', () => {
  test.each<[string, string[], string[]]>([
    ['a contributor credit', [P1, P2, 'Lena Berg contributed reporting from Lisbon.'], [P1, P2]],
    ['a wire credit after a separator (the separator stays)', [P1, P2, '___', 'Press writers Tom Hale and Ana Ruiz contributed to this report.'], [P1, P2, '___']],
    ['the reporter\'s address and a newsletter offer', [P1, P2, 'Have a tip? Rosa Lind may be reached at rlind@harbourpost.example.', 'Get the latest updates right in your inbox. Subscribe to the Harbour Post newsletters.'], [P1, P2]],
    ['"Write to ... at" an address', [P1, 'Write to Tom Hale at tom.hale@harbourpost.example'], [P1]],
    ['a follow prompt', [P1, P2, 'Follow Harbour Desk on Instagram, Facebook and YouTube.'], [P1, P2]],
    ['a magazine subscription offer', [P1, P2, 'Get Harbour Monthly delivered to your door every month. 12 issues for £9.99. Click here for details.'], [P1, P2]],
    ['a follow prompt with small print after it is the page\'s, kept', [P1, 'Follow @HarbourDeals on Twitter for deals. Prices may change. Some deals may expire.'], [P1, 'Follow @HarbourDeals on Twitter for deals. Prices may change. Some deals may expire.']],
    ['an agency\'s reporting and editing line stays', [P1, '(Reporting by Tom Hale; Editing by Ana Ruiz)'], [P1, '(Reporting by Tom Hale; Editing by Ana Ruiz)']],
    ['a credit inside the text stays', [P1, 'Lena Berg contributed reporting from Lisbon.', P2], [P1, 'Lena Berg contributed reporting from Lisbon.', P2]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(filterParagraphs(paragraphs, null)).toEqual(expected);
  });
});

describe('widget labels in the text', () => {
  test.each<[string, string[], string[]]>([
    ['a share widget\'s title above the text', ['Sharing is caring!', P1, P2], [P1, P2]],
    ['an advertisement label in another language', [P1, 'Anzeige', P2, 'Iklan', P3], [P1, P2, P3]],
    ['a category line closes the text', [P1, P2, P3, 'Filed under: Harbour news |'], [P1, P2, P3]],
    ['a related-links label left without its links', [P1, 'More:', P2], [P1, P2]],
    ['a "More Great ... Stories" list closes the text', [P1, P2, P3, 'More Great Harbour Stories', 'Why the port dredges in winter'], [P1, P2, P3]],
    ['a photo caption ending in its credit', ['The new berth after the dredging in March. (credit: Port Authority/Lena Berg)', P1, P2], [P1, P2]],
    ['a sentence with a bracket that is no credit stays', [P1, 'The berth (see map: page 3) opens in May.'], [P1, 'The berth (see map: page 3) opens in May.']],
    ['a click-to-tweet button glued to its quote', [P1, 'Small steps make a big harbour.Click To Tweet', P2], [P1, 'Small steps make a big harbour.', P2]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(filterParagraphs(paragraphs, null)).toEqual(expected);
  });
});
