import { figureMatches, personNamesMatch, quoteOverlap, normalizeName } from '../../src/eval/news-gold';
import type { Figure } from '../../src/record';

const fig = (kind: Figure['kind'], value: number, unit: string | null): Figure => ({
  text: '', span: { start: 0, end: 0 }, kind, value, unit, qualifier: null, metric: null, period: null, change: null, rule: 't',
});

describe('news-gold matching rules (GUIDELINES.md)', () => {
  test.each([
    ['Asfand Yar Khan', 'Asfand Yar Khan', true],
    ['Khan', 'Asfand Yar Khan', true],
    ['Yar Khan', 'Asfand Yar Khan', true],
    ['Asfand Yar', 'Asfand Yar Khan', false],
    ['Shehbaz', 'Shehbaz Sharif', false],
    ['José Pérez', 'jose perez', true],
    ['Imran Khan', 'Asfand Yar Khan', false],
  ])('person %j matches %j: %s', (a, b, expected) => {
    expect(personNamesMatch(a, b)).toBe(expected);
  });

  test.each([
    [{ kind: 'money', value: 310000000, unit: 'USD' }, fig('money', 310000000, 'USD'), true],
    [{ kind: 'money', value: 310000000, unit: 'USD' }, fig('money', 311000000, 'USD'), true],
    [{ kind: 'money', value: 310000000, unit: 'USD' }, fig('money', 320000000, 'USD'), false],
    [{ kind: 'money', value: 310000000, unit: 'USD' }, fig('money', 310000000, 'PKR'), false],
    [{ kind: 'percent', value: 62.3, unit: '%' }, fig('count', 62.3, null), false],
    [{ kind: 'count', value: 18, unit: 'bank' }, fig('count', 18, 'banks'), true],
  ] as const)('figure %j against %j: %s', (gold, predicted, expected) => {
    expect(figureMatches({ text: '', ...gold }, predicted)).toBe(expected);
  });

  test('quote overlap is the share of gold words found in order', () => {
    expect(quoteOverlap('Government policies have played a pivotal role', 'policies have played a role')).toBeCloseTo(5 / 7);
    expect(quoteOverlap('one two three', 'three two one')).toBeCloseTo(1 / 3);
  });

  test('names are compared without case, accents, punctuation or a leading article', () => {
    expect(normalizeName('The State Bank of Pakistan')).toBe(normalizeName('state bank of pakistan'));
  });
});
