import * as cheerio from 'cheerio';
import { parseDocument, takeTree } from '../../src/extractors/article/document';
import { extractBody } from '../../src/extractors/article/body';

/** One parse per page (htmlparser2), shared by metadata and body. */

const P1 = 'The regional council met on Monday to discuss how small employers can keep staff when every firm in the valley is hiring, and which benefits matter most to applicants.';
const P2 = 'Employers said flexible hours and training paid by the company mattered more than pay alone, while two apprentices told the meeting that a good team kept them in their jobs.';
const P3 = 'The council plans a second meeting in the spring, this time with the vocational school, to talk about apprenticeships that start before the final year of school.';

// A template that never closes <head> nor opens <body>: browsers (and parse5) start the body at the first
// <div>, htmlparser2 keeps nesting inside <head>.
const NO_BODY_TAG = `<!doctype html><html><head><meta charset="utf-8"><title>Keeping staff</title>
<link rel="stylesheet" href="/site.css"><style>.content{font-size:1.1em}</style>
<div class="row"><div id="article"><h1>Keeping staff</h1>
<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
</div></div></html>`;

describe('the shared parse', () => {
  test('the body step takes over the metadata tree, and a second taker gets a fresh parse', () => {
    const doc = parseDocument(`<html><body><p>${P1}</p></body></html>`);
    const first = takeTree(doc);
    expect(first).toBe(doc.$);
    first('p').remove();
    const second = takeTree(doc);
    expect(second).not.toBe(doc.$);
    expect(second('p').text()).toBe(P1);
  });

  test('a page without a <body> tag still has its story found', () => {
    const doc = parseDocument(NO_BODY_TAG);
    // The parser really does leave the story inside <head>: the case the body extractor must survive.
    expect(doc.$('head div.content p').length).toBe(3);
    expect(extractBody(doc, { title: 'Keeping staff' }).text).toBe([P1, P2, P3].join('\n\n'));
  });

  test('the fast parse keeps entities and attributes as the HTML standard reads them', () => {
    const doc = parseDocument('<html><head><meta property="og:title" content="Caf&eacute; &amp; Bar"></head><body><p title=x>Fish &amp; chips&nbsp;today</p></body></html>');
    expect(doc.meta.get('og:title')).toEqual(['Café & Bar']);
    expect(doc.$('p').text()).toBe(cheerio.load('<p>Fish &amp; chips&nbsp;today</p>')('p').text());
  });
});
