import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../../src/record';
import { parseAnn, mergeSpans } from '../../src/eval/polnear/ann';
import { loadPolnearSplit } from '../../src/eval/polnear/corpus';
import { contentOverlap, exactKey, matchContents } from '../../src/eval/polnear/match';
import { toAttributions, type PredictedAttribution } from '../../src/eval/polnear/predict';
import { judgeOfficial, judgeOfficialEntity, occurrences, officialOf } from '../../src/eval/polnear/officials';
import { isDirectGold, isDirectPrediction, newPolnearTallies, scorePolnearArticle, speakerRight, surnameOf } from '../../src/eval/polnear/score';

// A small article of our own, with its offsets worked out below from the text itself.
const TEXT = [
  'Harbour Board Delays Vote.',
  '',
  '“The pier is unsafe,” Mayor Ana Ruiz said. “We will close it.”',
  '',
  'She said the repairs would take a year.',
  '',
  'Repairs were expected to cost more than planned.',
].join('\n');
const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`not in text: ${s}`);
  return [i, i + s.length] as const;
};
const [q1s, q1e] = at('“The pier is unsafe,”');
const [q2s, q2e] = at('“We will close it.”');
const [srcS, srcE] = at('Mayor Ana Ruiz');
const [cueS, cueE] = at('said', q1e);
const [sheS, sheE] = at('She');
const [said2S, said2E] = at('said', sheE);
const [c2s, c2e] = at('the repairs would take a year');
const [c3s, c3e] = at('Repairs were expected to cost more than planned');
const [exS, exE] = at('were expected');

// T6 spans a paragraph break: its covered text holds a newline and breaks the line in two.
const ANN = [
  `T1\tSource ${srcS} ${srcE}\tMayor Ana Ruiz`,
  `T2\tCue ${cueS} ${cueE}\tsaid`,
  `T3\tContent ${q1s} ${q1e};${q2s} ${q2e}\t“The pier is unsafe,” “We will close it.”`,
  `T4\tAttribution ${cueS} ${cueE}\tsaid`,
  `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`,
  `T5\tSource ${sheS} ${sheE}\tShe`,
  `T6\tContent ${c2s} ${c2s + 12}\tthe repairs`,
  `T7\tContent ${c2s + 12} ${c2e}\twould take a year`,
  `T8\tCue ${said2S} ${said2E}\tsaid`,
  `T9\tAttribution ${said2S} ${said2E}\tsaid`,
  `E2\tAttribution:T9 Cue:T8 Content:T6 Content2:T7 Source:T5`,
  `T10\tCue ${exS} ${exE}\twere expected`,
  `T11\tContent ${c3s} ${c3e}\tRepairs were expected to cost`,
  `T12\tAttribution-no-source ${exS} ${exE}\twere expected`,
  `E3\tAttribution-no-source:T12 Content:T11 Cue:T10`,
  `T13\tDiscuss ${sheS} ${c3e}\tShe said the repairs would take a year.`,
  `that spills onto the next line`,
  `#1\tAnnotatorNotes T13\tunsure`,
  `E4\tAttribution-no-source:T12 `,
].join('\n');

function quote(span: [number, number], kind: Quote['kind'], speakerSpan: [number, number] | null, speaker: string | null, rule = 'test', cue: string | null = 'said'): Quote {
  return {
    text: TEXT.slice(span[0], span[1]), span: { start: span[0], end: span[1] }, kind, speaker,
    speakerSpan: speakerSpan ? { start: speakerSpan[0], end: speakerSpan[1] } : null, cue, rule,
  };
}

describe('PolNeAR .ann parsing', () => {
  const gold = parseAnn(ANN);

  test('one attribution per event with content; Discuss, notes, broken lines and content-less events are skipped', () => {
    expect(gold.map((g) => g.id)).toEqual(['E1', 'E2', 'E3']);
  });

  test('a discontinuous content keeps its fragments; Content and Content2 are joined into one', () => {
    expect(gold[0].content).toEqual([{ start: q1s, end: q1e }, { start: q2s, end: q2e }]);
    expect(gold[1].content).toEqual([{ start: c2s, end: c2e }]);
  });

  test('sources and cues come from the offsets; a source-less attribution has no source', () => {
    expect(gold[0].source).toEqual([{ start: srcS, end: srcE }]);
    expect(gold[1].cue).toEqual([{ start: said2S, end: said2E }]);
    expect(gold[2].source).toBeNull();
  });

  test('the direct subset is content with a double mark', () => {
    expect(gold.map((g) => isDirectGold(TEXT, g))).toEqual([true, false, false]);
  });

  test('our side of the subset follows the same mark rule: a direct quote by its enclosing marks, a clause by the marks inside it', () => {
    const text = "He said the plan would “do more harm” there. ''We will,'' she said. She said it would rain.";
    const p = (s: string, kind: 'direct' | 'indirect'): PredictedAttribution => {
      const start = text.indexOf(s);
      return { content: [{ start, end: start + s.length }], kind, rule: 'test', speaker: null, speakerSpan: null };
    };
    expect(isDirectPrediction(text, p('the plan would “do more harm”', 'indirect'))).toBe(true);
    expect(isDirectPrediction(text, p('We will,', 'direct'))).toBe(true);
    expect(isDirectPrediction(text, p('We will,', 'direct'), true)).toBe(false); // the literal rule has no ''
    expect(isDirectPrediction(text, p('it would rain', 'indirect'))).toBe(false);
  });

  test('mergeSpans sorts and merges touching fragments', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 3, end: 4 }])).toEqual([{ start: 0, end: 4 }, { start: 5, end: 8 }]);
  });
});

describe('PolNeAR matching', () => {
  test('overlap is the share of the gold characters covered (asymmetric)', () => {
    const g = [{ start: 0, end: 10 }];
    expect(contentOverlap(g, [{ start: 5, end: 100 }])).toBeCloseTo(0.5);
    expect(contentOverlap([{ start: 5, end: 100 }], g)).toBeCloseTo(5 / 95);
  });

  test('each gold takes the best unmatched prediction at the threshold, one to one, in gold order', () => {
    const gold = [[{ start: 0, end: 10 }], [{ start: 0, end: 10 }]];
    const predicted = [[{ start: 0, end: 4 }], [{ start: 0, end: 9 }]];
    expect(matchContents(gold, predicted, 0.3)).toEqual([[0, 1], [1, 0]]);
    expect(matchContents(gold, predicted, 0.8)).toEqual([[0, 1]]);
  });

  test('exact keys trim marks, whitespace and final punctuation, and join fragments', () => {
    expect(exactKey(TEXT, [{ start: q1s, end: q1e }, { start: q2s, end: q2e }])).toBe('The pier is unsafe We will close it');
  });

  test('a speaker is right when its mention shares a character with the gold source; no source wants no speaker', () => {
    const [g1, , g3] = parseAnn(ANN);
    const p = (speakerSpan: [number, number] | null, speaker: string | null): PredictedAttribution => ({
      content: [], kind: 'direct', rule: 'test', speaker, speakerSpan: speakerSpan ? { start: speakerSpan[0], end: speakerSpan[1] } : null,
    });
    expect(speakerRight(g1, p([srcS + 6, srcE], 'Ana Ruiz'))).toBe(true);
    expect(speakerRight(g1, p([sheS, sheE], 'Ana Ruiz'))).toBe(false);
    expect(speakerRight(g3, p(null, null))).toBe(true);
    expect(speakerRight(g3, p(null, 'Ana Ruiz'))).toBe(false);
  });
});

describe('PolNeAR scoring of our quotes', () => {
  const speaker: [number, number] = [srcS + 6, srcE];
  const quotes = [
    quote([q1s + 1, q1e - 2], 'direct', speaker, 'Ana Ruiz', 'direct-cue-after'),
    quote([q2s + 1, q2e - 1], 'direct', speaker, 'Ana Ruiz', 'direct-split'),
    quote([c2s, c2e], 'indirect', [sheS, sheE], 'Ana Ruiz', 'indirect-speaker-verb'),
    quote([0, 25], 'indirect', null, null, 'headline'),
  ];

  test('the halves of a split quote with one speaker mention become one attribution', () => {
    const attributions = toAttributions(quotes);
    expect(attributions.map((a) => a.content.length)).toEqual([1, 2, 1]); // the headline first, in text order
    expect(toAttributions(quotes, false)).toHaveLength(4);
  });

  test('tallies: lenient matches, subsets by our kind, speakers, end to end, the pronoun proxy', () => {
    const t = newPolnearTallies();
    const article = { id: 'a', publisher: 'test', publishedAt: '2016-09-20', text: TEXT, annotator: 'x1', gold: parseAnn(ANN) };
    scorePolnearArticle(article, toAttributions(quotes), toAttributions(quotes, false), t);
    expect([t.lenient.matched, t.lenient.predicted, t.lenient.gold]).toEqual([2, 3, 3]);
    expect([t.direct.matched, t.direct.predicted, t.direct.gold]).toEqual([1, 1, 1]);
    expect([t.indirect.matched, t.indirect.predicted, t.indirect.gold]).toEqual([1, 2, 2]);
    expect([t.directByGold.matched, t.directByGold.predicted, t.directByGold.gold]).toEqual([1, 1, 1]);
    expect([t.indirectByGold.matched, t.indirectByGold.predicted, t.indirectByGold.gold]).toEqual([1, 2, 2]);
    expect([t.speakers.right, t.speakers.total]).toEqual([2, 2]);
    expect(t.endToEnd.matched).toBe(2);
    expect([t.pronouns.right, t.pronouns.total]).toEqual([1, 1]);
    expect([t.ungrouped.matched, t.ungrouped.predicted]).toEqual([2, 4]);
    expect([...t.missedByCue.keys()]).toEqual(['indirect "were expected"']);
  });
});

describe('PolNeAR corpus loading', () => {
  test('the first-sorting annotator is used, and the date comes from the file name without metadata', () => {
    const root = mkdtempSync(join(tmpdir(), 'polnear-'));
    mkdirSync(join(root, 'dev', 'text'), { recursive: true });
    mkdirSync(join(root, 'dev', 'attributions'));
    writeFileSync(join(root, 'dev', 'text', 'paper_2016-09-20_harbour-board.txt'), TEXT);
    writeFileSync(join(root, 'dev', 'attributions', 'paper_2016-09-20_harbour-board_b2.ann'), '');
    writeFileSync(join(root, 'dev', 'attributions', 'paper_2016-09-20_harbour-board_a1.ann'), ANN);
    const [article] = loadPolnearSplit(root, 'dev');
    expect(article).toMatchObject({ id: 'paper_2016-09-20_harbour-board', publisher: 'paper', publishedAt: '2016-09-20', annotator: 'a1' });
    expect(article.gold).toHaveLength(3);
  });
});

describe('PolNeAR officials subset (FORMAT.md 5)', () => {
  const text = 'Lena Ortiz, chief engineer at the Harbour Board, said the pier was unsafe. Ortiz, 52, said more. '
    + 'Tom Reyes, who runs the ferry, said little. Rep. Ann K. Dale (D-Ore.), a member of the Transport Committee, said no. '
    + 'Bo Li III, a lawyer for the city, agreed. The board, a public body, said nothing.';
  const src = (s: string) => {
    const start = text.indexOf(s);
    return [{ start, end: start + s.length }];
  };
  const lena = src('Lena Ortiz, chief engineer at the Harbour Board,');

  test.each([
    ['Lena Ortiz, chief engineer at the Harbour Board,', 'Ortiz', 'chief engineer at the Harbour Board', true],
    ['Rep. Ann K. Dale (D-Ore.), a member of the Transport Committee,', 'Dale', 'a member of the Transport Committee', true],
    ['Bo Li III, a lawyer for the city,', 'Li', 'a lawyer for the city', false],
  ])('%s is an official: surname, appositive, organisation', (source, surname, appositive, hasOrganization) => {
    const o = officialOf(text, src(source));
    expect(o).toMatchObject({ surname, hasOrganization });
    expect(text.slice(o!.appositive.start, o!.appositive.end)).toBe(appositive);
  });

  test.each(['Ortiz, 52,', 'Tom Reyes, who runs the ferry,', 'The board, a public body,', 'Lena Ortiz'])('%s is not', (source) => {
    expect(officialOf(text, src(source))).toBeNull();
  });

  test('name by surname in our speaker; title and organization by where their strings are written', () => {
    const o = officialOf(text, lena)!;
    const person = (title: string | null, organization: string | null) => [{ name: 'Lena Ortiz', title, organization, mentions: [{ start: 0, end: 10 }] }];
    expect(judgeOfficial(text, o, 'Lena Ortiz', person('chief engineer', 'Harbour Board'))).toEqual({ name: true, title: true, organization: true });
    // a title string written nowhere in the appositive, an organization we do not give
    expect(judgeOfficial(text, o, 'Lena Ortiz', person('Transport Committee', null))).toEqual({ name: true, title: false, organization: false });
    expect(judgeOfficial(text, o, 'Harbour Board', person('chief engineer', 'Harbour Board'))).toEqual({ name: false, title: false, organization: false });
    expect(judgeOfficialEntity(text, o, lena[0], person('chief engineer', null))).toEqual({ name: true, title: true, organization: false });
  });

  test('occurrences: exact case first, else any case', () => {
    expect(occurrences(text, 'Ortiz')).toHaveLength(2);
    expect(occurrences(text, 'harbour board')).toEqual(src('Harbour Board'));
    expect(occurrences(text, null)).toEqual([]);
  });
});

describe('PolNeAR pronoun proxy: the surname of the nearest named Source', () => {
  test.each([
    ['Mayor Ana Ruiz', 'Ruiz'],
    ['Sen. Paul Okafor (R-Tex.)', 'Okafor'],
    ["Ruiz's office", null],
    ['Lena Ortiz, chief engineer at the Harbour Board,', 'Ortiz'],
    ['The Labour candidate', null],
    ['a Paul Okafor press release', null],
    ['the board', null],
  ])('%s -> %s', (source, surname) => {
    expect(surnameOf(source)).toBe(surname);
  });
});
