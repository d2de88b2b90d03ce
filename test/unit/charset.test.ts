import iconv from 'iconv-lite';
import { decodeBody } from '../../src/crawlers/charset';

const html = (head: string, body: string): string => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
const CURLY = '“Exports rose,” said the café’s owner – again.';
const URDU_NAME = 'Zoë Müller, Señor Peña and Ålesund';
const JAPANESE = '日本銀行は金利を据え置いた。';

describe('decodeBody', () => {
  test.each([
    ['a UTF-8 byte-order mark wins over a header that says windows-1252', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('', CURLY))]), 'text/html; charset=windows-1252', 'utf-8', 'bom'],
    ['a UTF-16LE byte-order mark is read as UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('', CURLY), 'utf-16le')]), 'text/html', 'utf-16le', 'bom'],
    ['a windows-1252 header decodes curly quotes and dashes', iconv.encode(html('', CURLY), 'windows-1252'), 'text/html; charset=windows-1252', 'windows-1252', 'header'],
    ['an ISO-8859-1 header is read as windows-1252, as browsers do, so 0x93 is a curly quote', iconv.encode(html('', CURLY), 'windows-1252'), 'text/html; charset=ISO-8859-1', 'windows-1252', 'header'],
    ['a quoted charset in the header is understood', iconv.encode(html('', URDU_NAME), 'latin1'), 'text/html; charset="iso-8859-1"', 'windows-1252', 'header'],
    ['a <meta charset> is used when the header has none', iconv.encode(html('<meta charset="windows-1252">', CURLY), 'windows-1252'), 'text/html', 'windows-1252', 'meta'],
    ['an http-equiv Content-Type meta is used when the header has none', iconv.encode(html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', URDU_NAME), 'latin1'), null, 'windows-1252', 'meta'],
    ['Shift_JIS named in the header decodes Japanese', iconv.encode(html('', JAPANESE), 'shift_jis'), 'text/html; charset=Shift_JIS', 'shift_jis', 'header'],
    ['Shift_JIS named as x-sjis in a meta tag decodes Japanese', iconv.encode(html('<meta charset="x-sjis">', JAPANESE), 'shift_jis'), null, 'shift_jis', 'meta'],
    ['a page whose meta says windows-1252 but whose bytes are valid UTF-8 is read as UTF-8', Buffer.from(html('<meta charset="windows-1252">', CURLY), 'utf8'), 'text/html', 'utf-8', 'detector'],
    ['a page whose header says ISO-8859-1 but whose bytes are valid UTF-8 is read as UTF-8', Buffer.from(html('', URDU_NAME), 'utf8'), 'text/html; charset=iso-8859-1', 'utf-8', 'detector'],
    ['a meta tag declaring UTF-16 on an ASCII-compatible page means UTF-8', Buffer.from(html('<meta charset="utf-16">', CURLY), 'utf8'), null, 'utf-8', 'meta'],
    ['an unknown header label falls through to the meta tag', iconv.encode(html('<meta charset="windows-1252">', CURLY), 'windows-1252'), 'text/html; charset=no-such-charset', 'windows-1252', 'meta'],
    ['undeclared valid UTF-8 is UTF-8', Buffer.from(html('', CURLY), 'utf8'), 'text/html', 'utf-8', 'default'],
  ])('%s', (_name, bytes, contentType, charset, source) => {
    const decoded = decodeBody(bytes, contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.source).toBe(source);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoded.text).toContain('<title>t</title>');
  });

  test.each([
    ['windows-1252 curly quotes and accents', CURLY, 'windows-1252', 'text/html; charset=windows-1252'],
    ['ISO-8859-1 accented names', URDU_NAME, 'latin1', 'text/html; charset=iso-8859-1'],
    ['Shift_JIS Japanese', JAPANESE, 'shift_jis', 'text/html; charset=shift_jis'],
  ])('round-trips %s exactly', (_name, text, encoding, contentType) => {
    expect(decodeBody(iconv.encode(html('', text), encoding), contentType).text).toContain(text);
  });

  test('undeclared windows-1252 bytes (invalid as UTF-8) are detected as a single-byte Latin charset, not mojibake', () => {
    const text = 'Le café de Zoë était fermé, mais l’été à Genève était très agréable pour les élèves étrangers.';
    const decoded = decodeBody(iconv.encode(html('', text), 'windows-1252'), 'text/html');
    expect(decoded.source).toBe('detector');
    expect(decoded.text).toContain('café de Zoë était fermé');
    expect(decoded.text).not.toContain('\ufffd');
  });

  test('a meta charset after the first 4 KB is not looked for, as in browsers', () => {
    const padding = `<!-- ${'x'.repeat(5000)} -->`;
    const bytes = Buffer.from(`<html><head>${padding}<meta charset="shift_jis"></head><body>${CURLY}</body></html>`, 'utf8');
    expect(decodeBody(bytes, null).charset).toBe('utf-8');
  });
});
