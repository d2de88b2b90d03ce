import { isSiteName, key, looksLikePerson, splitNames } from '../../src/extractors/metadata/byline-names';

describe('byline strings become author names', () => {
  test.each<[string, string[], string[]]>([
    ['"By X and Y"', ['By Jane Doe and John Roe'], ['Jane Doe', 'John Roe']],
    ['"X, Y and Z"', ['Jane Doe, John Roe and Ann Poe'], ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['"AND" in capitals', ['BY JANE DOE AND JOHN ROE'], ['JANE DOE', 'JOHN ROE']],
    ['German "Von X und Y"', ['Von Birgit Baumann und Anna Fink'], ['Birgit Baumann', 'Anna Fink']],
    ['a name with ß is not split at its first letter', ['Laura Eßlinger'], ['Laura Eßlinger']],
    ['a name with Å, Ø or Ä stays whole', ['Åse Øvrebø', 'Ärni Ödegaard'], ['Åse Øvrebø', 'Ärni Ödegaard']],
    ['a capital initial "E" is not the Italian "and"', ['John E Smith'], ['John E Smith']],
    ['Spanish lower-case "y" joins two names', ['Ana Ruiz y Pablo Gil'], ['Ana Ruiz', 'Pablo Gil']],
    ['"X | Reporter": the role is dropped', ['Jane Doe | Reporter'], ['Jane Doe']],
    ['"X, Staff Writer": the role is dropped', ['Jane Doe, Staff Writer'], ['Jane Doe']],
    ['a Korean role suffix is dropped', ['김민수 기자'], ['김민수']],
    ['desk initials in brackets are dropped', ['Ruth Keller (rke)', 'Marc Vogt (mvo.)'], ['Ruth Keller', 'Marc Vogt']],
    ['a bracketed site address is dropped', ['Radio Example (www.radio.example)'], ['Radio Example']],
    ['a tight slash is one desk code', ['srf/abc'], ['srf/abc']],
    ['a spaced slash separates names', ['Jane Doe / John Roe'], ['Jane Doe', 'John Roe']],
    ['a description after the name is dropped', ['Povil Kaz, professor of sociology at Coast University'], ['Povil Kaz']],
    ['a name written in lower case is kept', ['viktor lund'], ['viktor lund']],
    ['a name particle may start a name', ['Pieter van der Berg', 'van der Berg, ten Brink'], ['Pieter van der Berg', 'van der Berg', 'ten Brink']],
    ['the same name twice is kept once', ['Jane Doe', 'jane doe'], ['Jane Doe']],
    ['a job title beside the name is dropped', ['Amy Lund', 'Political Correspondent', 'Editor at Large', 'Leitender Wirtschaftsredakteur', 'corresponsal'], ['Amy Lund']],
    ['a job title alone is the byline as printed', ['Harbour Post staff reporter'], ['Harbour Post staff reporter']],
    ['a prefix word alone in its own element is no name', ['Von', 'Jörg Lind', 'Kommentar von', 'By'], ['Jörg Lind']],
    ['a dateline place after the byline is no author', ['Von Lena Berg, Frankfurt', 'By Tom Hale and Ana Ruiz, London'], ['Lena Berg', 'Tom Hale', 'Ana Ruiz']],
    ['a place-like name alone stays: only a place after a name is a dateline', ['Jordan'], ['Jordan']],
  ])('%s', (_name, raw, expected) => {
    expect(splitNames(raw)).toEqual(expected);
  });

  test.each<[string, string[]]>([
    ['an email address', ['j.doe@news-paper.example']],
    ['a photo credit', ['(Image: Getty Images/iStockphoto)', 'Foto: Agentur']],
    ['a source line', ['Quelle: dpa', 'Source: Reuters']],
    ['"red." and "Agenturen" (Redaktion, agencies)', ['red, Agenturen']],
    ['a role alone', ['Reporter']],
    ['a date line', ['Updated 12:30 14.05.2024']],
    ['"Last Updated" and "Posted" lines', ['Posted: Aug 08', 'Last Updated: August 8']],
    ['a sentence', ['Read more about the people who make this newspaper every day']],
    ['"Email the author"', ['Email the author']],
  ])('%s gives no name', (_name, raw) => {
    expect(splitNames(raw)).toEqual([]);
  });
});

describe('site names and desk codes', () => {
  const sites = ['Coast Herald', 'coastherald.example', 'coastherald', 'KTVN7'].map(key);
  test.each<[string, boolean]>([
    ['Coast Herald', true],
    ['coastherald.example', true],
    ['KTVN', true],
    ['Jane Doe', false],
    ['Coast Herald Sports Desk Team', false],
    ['Coast Herald News', true],
    ['Coast Herald Online', true],
  ])('%s is the site name: %s', (name, expected) => {
    expect(isSiteName(name, sites)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ['Jane Doe', true],
    ['김민수', true],
    ['amw', false],
    ['red', false],
  ])('%s looks like a person: %s', (name, expected) => {
    expect(looksLikePerson(name)).toBe(expected);
  });
});
