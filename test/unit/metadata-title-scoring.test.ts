import { titlesMatch } from '../../src/eval/fundus';

describe('the Fundus title-exact comparison', () => {
  test.each<[string, string | null, string | null, boolean]>([
    ['identical titles', 'Ferry strike ends', 'Ferry strike ends', true],
    ['runs of whitespace and an ideographic space', 'Ferry  strike\u3000ends ', 'Ferry strike ends', true],
    ['a zero-width space the gold carries at the end', 'Ferry strike ends', 'Ferry strike ends\u200b', true],
    ['a word joiner inside a dash', '– Magic', '–\u2060 Magic', true],
    ['case counts', 'Ferry Strike Ends', 'Ferry strike ends', false],
    ['quote styles count', 'Mayor’s word', "Mayor's word", false],
    ['a soft hyphen counts (it can print)', 'Helikopterlandeplatz', 'Helikopter\u00adlandeplatz', false],
    ['no title is no match', null, 'Ferry strike ends', false],
  ])('%s', (_name, ours, gold, expected) => {
    expect(titlesMatch(ours, gold)).toBe(expected);
  });
});
