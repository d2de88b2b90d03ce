import { stripSiteName } from '../../src/extractors/metadata/site-suffix';

describe('the site name is cut from a title', () => {
  test.each([
    ['a spaced bar', 'Storm closes the harbour | Coast Herald', ['Coast Herald'], 'Storm closes the harbour'],
    ['a spaced dash, the name written as the host', 'Storm closes the harbour - coastherald.com', ['coastherald.com', 'coastherald'], 'Storm closes the harbour'],
    ['a site name at the start', 'Coast Herald | Storm closes the harbour', ['Coast Herald'], 'Storm closes the harbour'],
    ['a full-width colon without spaces', '港の倉庫で火災 消防が警戒：海浜新聞デジタル', ['海浜新聞デジタル'], '港の倉庫で火災 消防が警戒'],
    ['a full-width bar without spaces', '市長が辞任を表明｜日刊港町DIGITAL', ['日刊港町DIGITAL'], '市長が辞任を表明'],
    ['the Hangul letter ㅣ used as a bar, after a section joined by a hyphen', '시의회, 예산안 통과-사회ㅣ해안일보', ['해안일보'], '시의회, 예산안 통과'],
    ['a tight bar before a Latin name', 'Storm closes the harbour|Coast Herald', ['Coast Herald'], 'Storm closes the harbour'],
  ])('%s', (_name, title, names, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });

  test.each([
    ['a section that does not name the site stays', 'Storm closes the harbour - Politics', ['Coast Herald'], 'Storm closes the harbour - Politics'],
    ['a Latin compound before the name keeps its hyphen part', 'Talks with pro-Russia|Coast Herald', ['Coast Herald'], 'Talks with pro-Russia'],
    ['a name inside the headline is not a suffix', 'Coast Herald wins press award for storm coverage', ['Coast Herald'], 'Coast Herald wins press award for storm coverage'],
    ['a title that is only the site name stays whole', 'Coast Herald', ['Coast Herald'], 'Coast Herald'],
    ['a site name glued to a word without a separator stays', '海浜新聞デジタル版の使い方海浜新聞デジタル', ['海浜新聞デジタル'], '海浜新聞デジタル版の使い方海浜新聞デジタル'],
  ])('%s', (_name, title, names, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });
});
