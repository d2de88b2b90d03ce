import { existsSync, readFileSync } from 'node:fs';
import { loadGoldenCases, runGoldenCase } from './support/golden-cases';

// "If you change the algorithm to fix a page, add the page" (Readability). Every case's whole record is
// compared; after an intended change, regenerate with `npm run fixtures:draft -- <slug>` and review the diff.
const cases = loadGoldenCases();

test('there are golden cases to check', () => {
  expect(cases.length).toBeGreaterThanOrEqual(8);
});

describe.each(cases.map((c) => [c.slug, c] as const))('golden case %s', (_slug, c) => {
  test('has a reviewed expected record', () => {
    expect(existsSync(c.expectedPath)).toBe(true);
  });

  test('extracts exactly the expected record', () => {
    const expected = JSON.parse(readFileSync(c.expectedPath, 'utf8'));
    expect(JSON.parse(JSON.stringify(runGoldenCase(c)))).toEqual(expected);
  });
});
