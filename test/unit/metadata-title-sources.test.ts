import { parseDocument } from '../../src/extractors/article/document';
import { chooseTitle, extractTitle, titleCandidates } from '../../src/extractors/metadata/title';

const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
const title = (html: string, site: string | null = null) => extractTitle(parseDocument(html, 'https://www.coastherald.example/a/1'), site);

describe('each title source alone gives the title', () => {
  test.each<[string, string, string, string]>([
    ['twitter:title', page('<meta name="twitter:title" content="Ferry strike ends after two days">'), 'Ferry strike ends after two days', 'twitter:title'],
    ['dc.title', page('<meta name="dc.title" content="Ferry strike ends after two days">'), 'Ferry strike ends after two days', 'dc.title'],
    ['parsely-title', page('<meta name="parsely-title" content="Ferry strike ends after two days">'), 'Ferry strike ends after two days', 'dc.title'],
    ['meta itemprop=headline', page('<meta itemprop="headline" content="Ferry strike ends after two days">'), 'Ferry strike ends after two days', 'itemprop headline'],
    ['an element itemprop=headline that is no heading', page('', '<div itemprop="headline">Ferry strike ends after two days</div>'), 'Ferry strike ends after two days', 'itemprop headline'],
    ['JSON-LD name when there is no headline', page('<script type="application/ld+json">{"@type":"NewsArticle","name":"Ferry strike ends after two days"}</script>'), 'Ferry strike ends after two days', 'json-ld name'],
    ['the <title> element', page('<title>Ferry strike ends after two days</title>'), 'Ferry strike ends after two days', 'title'],
  ])('%s', (_name, html, value, rule) => {
    expect(title(html)).toEqual({ value, rule });
  });
});

describe('the vote between sources', () => {
  test('an <h1> that agrees with twitter:title beats a lone og:title', () => {
    const html = page('<meta property="og:title" content="Strike over: ferries sail again"><meta name="twitter:title" content="Ferry strike ends after two days">', '<h1>Ferry strike ends after two days</h1>');
    expect(title(html)).toEqual({ value: 'Ferry strike ends after two days', rule: 'h1' });
  });

  test('og:title and JSON-LD agreeing beat the <h1>', () => {
    const html = page(
      '<meta property="og:title" content="Ferry strike ends after two days"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry strike ends after two days"}</script>',
      '<h1>Ferries sail again</h1>',
    );
    expect(title(html)?.value).toBe('Ferry strike ends after two days');
  });

  test('quote styles and case do not split the vote; the first source gives the printed form', () => {
    const html = page(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor’s ‘last word’ on the ferry"}</script><meta property="og:title" content="Mayor's 'last word' on the ferry">`, '<h1>Mayor’s ‘last word’ on the ferry</h1>');
    expect(title(html)?.value).toBe('Mayor’s ‘last word’ on the ferry');
  });

  test('a <title> that is "Headline - Section - Site" yields to the candidate that is its head', () => {
    expect(chooseTitle([
      { rule: 'title', value: 'Ferry strike ends after two days - Local - Coast Herald' },
      { rule: 'twitter:title', value: 'Ferry strike ends after two days' },
    ])).toEqual({ value: 'Ferry strike ends after two days', rule: 'title head' });
  });

  test('site names are cut from every candidate before the vote', () => {
    const doc = parseDocument(page('<meta property="og:site_name" content="Coast Herald"><meta property="og:title" content="Ferry strike ends | Coast Herald"><title>Ferry strike ends - Coast Herald</title>'), null);
    expect(titleCandidates(doc, 'Coast Herald').map((c) => c.value)).toEqual(['Ferry strike ends', 'Ferry strike ends']);
  });

  test('no source gives null', () => {
    expect(title(page(''))).toBeNull();
  });
});
