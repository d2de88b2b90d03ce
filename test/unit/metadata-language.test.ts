import { parseDocument } from '../../src/extractors/article/document';
import { extractLanguage, normalizeLanguage } from '../../src/extractors/metadata/language';

const lang = (html: string) => extractLanguage(parseDocument(html));

describe('the page language cascade', () => {
  test.each<[string, string, string | null]>([
    ['<html lang>', '<html lang="de-AT"><head></head><body></body></html>', 'de-AT'],
    ['og:locale with an underscore', '<html><head><meta property="og:locale" content="de_DE"></head><body></body></html>', 'de-DE'],
    ['og:locale in lower case', '<html><head><meta property="og:locale" content="pt_br"></head><body></body></html>', 'pt-BR'],
    ['JSON-LD inLanguage before og:locale', '<html><head><meta property="og:locale" content="en_US"><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"fr-FR"}</script></head><body></body></html>', 'fr-FR'],
    ['content-language', '<html><head><meta http-equiv="content-language" content="nl"></head><body></body></html>', 'nl'],
    ['dc.language', '<html><head><meta name="dc.language" content="sv"></head><body></body></html>', 'sv'],
    ['an "und" html lang gives way to og:locale', '<html lang="und"><head><meta property="og:locale" content="it_IT"></head><body></body></html>', 'it-IT'],
    ['nothing gives null', '<html><head></head><body></body></html>', null],
  ])('%s', (_name, html, expected) => {
    expect(lang(html)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN-gb', 'en-GB'],
    ['es-419', 'es-419'],
    ['x-default', null],
    ['', null],
  ])('normalizeLanguage(%j) is %j', (raw, expected) => {
    expect(normalizeLanguage(raw)).toBe(expected);
  });
});
