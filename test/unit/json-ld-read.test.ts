import { firstJsonValue, parseDocument } from '../../src/extractors/article/document';

// Small pages written for this test: a news article's JSON-LD block, broken in the ways real CMSs break it.
const ARTICLE = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cotton arrivals rise {again} 12pc","datePublished":"2024-05-16T09:30:00+05:00"}';

function page(script: string, extraHead = ''): string {
  return `<!doctype html><html><head><title>Cotton arrivals</title>${extraHead}<script type="application/ld+json">${script}</script></head><body><p>Cotton arrivals rose.</p></body></html>`;
}

function headlines(html: string): unknown[] {
  return parseDocument(html).jsonLd.map((obj) => obj.headline ?? obj['@type']);
}

describe('reading JSON-LD blocks', () => {
  test.each([
    ['well-formed', ARTICLE],
    ['one closing brace too many', `${ARTICLE}}`],
    ['a trailing semicolon', `${ARTICLE};`],
    ['a second object glued on (only the first is read)', `${ARTICLE}{"@type":"BreadcrumbList","itemListElement":[]}`],
    ['an HTML comment wrapper', `<!--\n${ARTICLE}\n-->`],
    ['a CDATA wrapper', `<![CDATA[${ARTICLE}]]>`],
    ['a commented CDATA wrapper', `//<![CDATA[\n${ARTICLE}\n//]]>`],
    ['a block-commented CDATA wrapper', `/*<![CDATA[*/${ARTICLE}/*]]>*/`],
    ['a raw newline in a string and an extra brace', `${ARTICLE.replace('rise', 'rise\n')}}`],
    ['a trailing comma and a trailing semicolon', `${ARTICLE.replace(/}$/, ',}')};`],
  ])('%s: the article is read', (_case, script) => {
    const found = parseDocument(page(script)).jsonLd;
    expect(found).toHaveLength(1);
    expect(found[0]['@type']).toBe('NewsArticle');
    expect(String(found[0].headline)).toMatch(/^Cotton arrivals rise\s*\{again\} 12pc$/);
    expect(found[0].datePublished).toBe('2024-05-16T09:30:00+05:00');
  });

  test('an array of objects with a trailing semicolon keeps every object, @graph flattened', () => {
    const script = `[${ARTICLE},{"@graph":[{"@type":"Organization","name":"Econ Wire"}]}];`;
    expect(headlines(page(script))).toEqual(['Cotton arrivals rise {again} 12pc', undefined, 'Organization']);
  });

  test.each([
    ['cut off mid-object', ARTICLE.slice(0, 60)],
    ['not JSON at all', 'window.dataLayer = window.dataLayer || [];'],
    ['only a comment', '<!-- structured data removed -->'],
    ['empty', '   '],
  ])('%s: the block is ignored without throwing, and the next block is still read', (_case, script) => {
    const html = page(script, `<script type="application/ld+json">{"@type":"Organization","name":"Econ Wire"}</script>`);
    expect(() => parseDocument(html)).not.toThrow();
    const found = parseDocument(html).jsonLd;
    expect(found.map((obj) => obj['@type'])).toEqual(['Organization']);
  });
});

describe('firstJsonValue', () => {
  test.each([
    ['{"a":1}}', '{"a":1}'],
    ['{"a":"}"} trailing', '{"a":"}"}'],
    ['{"a":"say \\"}\\" twice"};', '{"a":"say \\"}\\" twice"}'],
    ['  [1,[2,3]] [4]', '[1,[2,3]]'],
    ['{"a":{"b":1}', null],
    ['no json here', null],
  ])('%j -> %j', (raw, expected) => {
    expect(firstJsonValue(raw)).toBe(expected);
  });
});
