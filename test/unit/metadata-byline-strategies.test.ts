import { parseDocument } from '../../src/extractors/article/document';
import { extractByline } from '../../src/extractors/metadata/byline';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
const byline = (html: string, site: string | null = 'Coast Herald', url = 'https://www.coastherald.example/news/1') => {
  const r = extractByline(parseDocument(html, url), site);
  return r ? { value: r.value, rule: r.rule } : null;
};

describe('the byline cascade', () => {
  test.each<[string, string, { value: string; rule: string } | null]>([
    ['a JSON-LD author array', page(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }] })), { value: 'Jane Doe, John Roe', rule: 'json-ld author' }],
    ['a JSON-LD author given by @id', page(ld({ '@graph': [{ '@type': 'NewsArticle', author: { '@id': '#p1' } }, { '@id': '#p1', '@type': 'Person', name: 'Jane Doe' }] })), { value: 'Jane Doe', rule: 'json-ld author' }],
    ['meta name=author', page('<meta name="author" content="By Jane Doe">'), { value: 'Jane Doe', rule: 'meta author' }],
    ['itemprop=author with an itemprop=name inside', page('', '<article><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span></article>'), { value: 'Jane Doe', rule: 'itemprop author' }],
    ['a rel=author link', page('', '<article><a rel="author" href="/staff/jane">Jane Doe</a></article>'), { value: 'Jane Doe', rule: 'rel author' }],
    ['a .byline element with a date after the name', page('', '<article><p class="byline">By Jane Doe | Updated 14.05.2024 12:30</p></article>'), { value: 'Jane Doe', rule: 'byline class' }],
    [
      'an element whose class names the author, in a template without byline classes',
      page('', '<header><div class="published-by"><span class="published-by__author"><a href="/a/jb">Joe Brennan</a></span></div></header>'),
      { value: 'Joe Brennan', rule: 'author class' },
    ],
    [
      'an author box with a biography is not the byline',
      page('', '<article><div class="author-bio">Jane Doe has covered the harbour since 2009 and writes about shipping.</div></article>'),
      null,
    ],
    [
      'a byline in a related-stories teaser is not this article\'s',
      page('', '<article><p>Text</p></article><div class="related"><span class="byline">By Someone Else</span></div>'),
      null,
    ],
    ['nothing at all gives null', page('<meta name="author" content="Email the author">'), null],
  ])('%s', (_name, html, expected) => {
    expect(byline(html)).toEqual(expected);
  });

  test('a <body> class that mentions "recommended" does not hide the byline', () => {
    const html = '<html><body class="segment--recommended"><article><span class="e-byline__author">By Mary Holm</span></article></body></html>';
    expect(byline(html)).toEqual({ value: 'Mary Holm', rule: 'byline class' });
  });
});

describe('the site name as author', () => {
  test('the site name in JSON-LD yields to a person printed in the byline', () => {
    const html = page(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Coast Herald' } }), '<div class="article__header"><span class="article__author">Von Lena Berg, 05.08.2024, 20:59 Uhr</span></div>');
    expect(byline(html)).toEqual({ value: 'Lena Berg', rule: 'author class' });
  });

  test('the site name in meta author yields to a rel=author link', () => {
    const html = page('<meta name="author" content="coastherald.example">', '<article><a rel="author" href="/staff/jd">Jane Doe</a></article>');
    expect(byline(html)).toEqual({ value: 'Jane Doe', rule: 'rel author' });
  });

  test('with no person printed, the site name is the byline, as the publisher states it', () => {
    const html = page(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Coast Herald' } }));
    expect(byline(html)).toEqual({ value: 'Coast Herald', rule: 'json-ld author' });
  });

  test('the JSON-LD publisher name counts as the site name', () => {
    const html = page(
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Herald TV NEWS' }, publisher: { '@type': 'Organization', name: 'Herald TV NEWS' } }),
      '<div class="article__header"><span class="article__author">Von Mia Lund, 05.08.2024</span></div>',
    );
    expect(byline(html)).toEqual({ value: 'Mia Lund', rule: 'author class' });
  });

  test('inside an authors box, the innermost author element is read, not the brand, date and reading time', () => {
    const html = page(
      ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'coastherald.example' } }),
      '<div class="article__header"><div class="authors info"><span class="authors__brand-identifier">money</span><ul><li class="authors__list-item">von Jane Doe</li></ul>' +
        '<ul class="authors__meta-data"><li class="authors__meta-data-item">05. November 2024</li><li class="authors__meta-data-item">3 Min</li></ul></div></div>',
    );
    expect(byline(html)).toEqual({ value: 'Jane Doe', rule: 'author class' });
  });

  test('a desk code does not replace the site name', () => {
    const html = page(ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Coast Herald' } }), '<p class="article-author">amw</p>');
    expect(byline(html)).toEqual({ value: 'Coast Herald', rule: 'json-ld author' });
  });

  test('beside a person, the site name is dropped from the list', () => {
    const html = page(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Povil Kaz, professor of sociology, Coastherald.example' } }));
    expect(byline(html)).toEqual({ value: 'Povil Kaz', rule: 'json-ld author' });
  });

  test('an organization that is not the site (a news agency) stays an author', () => {
    const html = page(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Paula Berg' }, { '@type': 'Organization', name: 'SDA' }] }));
    expect(byline(html)).toEqual({ value: 'Paula Berg, SDA', rule: 'json-ld author' });
  });
});

describe('a signature paragraph when the fields give only the site name', () => {
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the harbour board met on Tuesday evening and agreed to dredge the northern channel before the storms.</p>`).join('');
  const siteLd = ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Coast Herald' } });
  test.each<[string, string, { value: string; rule: string } | null]>([
    ['a bold name above the text', page(siteLd, `<div class="entry"><p>&nbsp;</p><p><strong>Tomas Lind</strong></p>${prose(4)}</div>`), { value: 'Tomas Lind', rule: 'signed paragraph' }],
    ['a bold name below the text', page(siteLd, `<div class="entry">${prose(4)}<p style="text-align:right"><strong>Lê Minh</strong></p></div>`), { value: 'Lê Minh', rule: 'signed paragraph' }],
    [
      'two names on one line after a short standfirst',
      page(siteLd, `<div class="entry"><p><em>Dredging to start in spring</em></p><p><strong>Ana Ruiz/Petra Holm</strong></p>${prose(4)}</div>`),
      { value: 'Ana Ruiz, Petra Holm', rule: 'signed paragraph' },
    ],
    ['an italic name before a closing appeal', page(siteLd, `<div class="entry">${prose(4)}<p><em>Karl Weber</em></p><p>Did you like this story? Support us.</p></div>`), { value: 'Karl Weber', rule: 'signed paragraph' }],
    ['a bold subheading with two paragraphs after it is no signature', page(siteLd, `<div class="entry">${prose(3)}<p><strong>Second Inquiry</strong></p>${prose(2)}</div>`), { value: 'Coast Herald', rule: 'json-ld author' }],
    ['a bold line beside too little prose is no signature', page(siteLd, `<div class="entry"><p><strong>Tomas Lind</strong></p>${prose(2)}</div>`), { value: 'Coast Herald', rule: 'json-ld author' }],
    ['a field naming a person wins over a signature', page(ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Doe' } }), `<div class="entry">${prose(4)}<p><b>Tomas Lind</b></p></div>`), { value: 'Jane Doe', rule: 'json-ld author' }],
  ])('%s', (_name, html, expected) => {
    expect(byline(html)).toEqual(expected);
  });
});

describe('bylines printed without a byline class', () => {
  const siteMeta = '<meta name="author" content="Coast Herald">';
  test.each<[string, string, { value: string; rule: string } | null]>([
    ['a link to the author page', page(siteMeta, '<article><p class="meta">von <a href="/autoren/name/lena-berg">Dr. Lena Berg</a></p></article>'), { value: 'Dr. Lena Berg', rule: 'author link' }],
    ['only the first author link: later ones belong to other stories', page('', '<article><p>by <a href="/author/jane-doe/">Jane Doe</a></p></article><section><a href="/author/john-roe/">John Roe</a></section>'), { value: 'Jane Doe', rule: 'author link' }],
    ['the staff list and a lower-case link text are no byline', page('', '<article><a href="/authors/">Our Authors</a> <a href="/author/jd/">more from this writer</a></article>'), null],
    ['an author page link in the navigation is no byline', page('', '<nav><a href="/author/jane-doe/">Jane Doe</a></nav><article><p>Text</p></article>'), null],
    ['a label before the name', page(siteMeta, '<ul class="smallList"><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Tomas Lind</li></ul>'), { value: 'Tomas Lind', rule: 'author label' }],
    ['a label in a definition list', page(siteMeta, '<dl><dt>Author:</dt><dd>Ana Ruiz</dd></dl>'), { value: 'Ana Ruiz', rule: 'author label' }],
    [
      'a name with its web address in brackets is the publisher, and yields to a person',
      page('<meta name="author" content="Harbour Radio (www.harbourradio.example)">', '<ul><li><strong>Author</strong> Tomas Lind</li></ul>'),
      { value: 'Tomas Lind', rule: 'author label' },
    ],
  ])('%s', (_name, html, expected) => {
    expect(byline(html)).toEqual(expected);
  });
});
