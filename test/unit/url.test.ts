import { canonicalizeUrl, contentKey, parseHttpUrl, urlKey } from '../../src/crawlers/url';
import { NewsfactsError } from '../../src/errors';

describe('canonicalizeUrl', () => {
  test.each([
    ['drops utm_ and click-id tracking parameters', 'https://www.wealthpk.com/news/it-exports?utm_source=twitter&utm_medium=social&fbclid=IwAR0x', 'https://www.wealthpk.com/news/it-exports'],
    ['keeps parameters that choose the article', 'https://example.pk/story.php?id=1123&utm_campaign=daily', 'https://example.pk/story.php?id=1123'],
    ['drops the fragment', 'https://example.pk/business/budget-2026#comments', 'https://example.pk/business/budget-2026'],
    ['lower-cases the scheme and host but not the path', 'HTTPS://WWW.Dawn.COM/News/1850001/Exports-Rise', 'https://www.dawn.com/News/1850001/Exports-Rise'],
    ['drops the default http port', 'http://example.pk:80/a', 'http://example.pk/a'],
    ['drops the default https port', 'https://example.pk:443/a', 'https://example.pk/a'],
    ['keeps a non-default port', 'http://127.0.0.1:8787/news/2026/11/x', 'http://127.0.0.1:8787/news/2026/11/x'],
    ['removes trailing slashes except the root path', 'https://example.pk/news/remittances//', 'https://example.pk/news/remittances'],
    ['keeps the root path slash', 'https://example.pk', 'https://example.pk/'],
    ['sorts the remaining query parameters by name, then value', 'https://example.pk/s?page=2&cat=trade&cat=agri', 'https://example.pk/s?cat=agri&cat=trade&page=2'],
    ['drops an empty query', 'https://example.pk/a?', 'https://example.pk/a'],
    ['writes IDN hosts in punycode', 'https://BÜCHER.example/straße', 'https://xn--bcher-kva.example/stra%C3%9Fe'],
    ['upper-cases percent-escapes', 'https://example.pk/r%c3%a9sum%c3%a9', 'https://example.pk/r%C3%A9sum%C3%A9'],
    ['unescapes unreserved characters', 'https://example.pk/%7Eeditor/%41rticle', 'https://example.pk/~editor/Article'],
    ['encodes a space in the query one way', 'https://example.pk/search?q=a%20b', 'https://example.pk/search?q=a+b'],
    ['drops a trailing dot on the host', 'https://example.pk./a', 'https://example.pk/a'],
    ['resolves dot segments', 'https://example.pk/a/./b/../c', 'https://example.pk/a/c'],
    ['drops credentials', 'https://editor:secret@example.pk/a', 'https://example.pk/a'],
    ['drops a session id in the path', 'https://example.pk/story;jsessionid=8F3A2B?id=7', 'https://example.pk/story?id=7'],
    ['drops a session id in the query', 'https://example.pk/story?id=7&PHPSESSID=abc123', 'https://example.pk/story?id=7'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  test.each([
    'https://www.wealthpk.com/news/it-exports?utm_source=twitter#top',
    'HTTPS://BÜCHER.example/%7euser/straße/?b=2&a=1',
    'https://example.pk/story;jsessionid=1?z=%e2%82%ac&a=1',
  ])('is idempotent on %s', (input) => {
    const once = canonicalizeUrl(input);
    expect(canonicalizeUrl(once)).toBe(once);
  });

  test.each([
    ['', 'INVALID_URL'],
    ['not a url', 'INVALID_URL'],
    ['ftp://example.pk/file.html', 'INVALID_URL'],
    ['javascript:alert(1)', 'INVALID_URL'],
    ['/relative/path', 'INVALID_URL'],
  ])('refuses %j with %s', (input, code) => {
    expect(() => canonicalizeUrl(input)).toThrow(NewsfactsError);
    try {
      canonicalizeUrl(input);
    } catch (err) {
      expect((err as NewsfactsError).code).toBe(code);
    }
  });
});

describe('urlKey', () => {
  test('is the same for two links to one article that differ only in tracking, fragment, case and slash', () => {
    const a = urlKey('https://www.wealthpk.com/news/it-exports?utm_source=newsletter');
    const b = urlKey('HTTPS://WWW.WEALTHPK.COM:443/news/it-exports/#comments');
    expect(a).toBe(b);
  });

  test('differs for different articles', () => {
    expect(urlKey('https://example.pk/story?id=1')).not.toBe(urlKey('https://example.pk/story?id=2'));
  });

  test('is a stable 32-character hex string (job ids and record ids must not change between releases)', () => {
    // sha256("https://example.pk/a"), first 32 hex digits: a changed value here means every stored id changes
    expect(urlKey('https://example.pk/a/?utm_source=x')).toBe('c6bdb8b5c9d877b9752cb853d40cd808');
  });

  test('contentKey hashes the bytes', () => {
    expect(contentKey('abc')).toBe(contentKey(Buffer.from('abc')));
    expect(contentKey('abc')).not.toBe(contentKey('abd'));
  });
});

describe('parseHttpUrl', () => {
  test('trims surrounding whitespace from pasted URLs', () => {
    expect(parseHttpUrl('  https://example.pk/a \n').href).toBe('https://example.pk/a');
  });
});
