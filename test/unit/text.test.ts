import { buildTextDoc } from '../../src/extractors/text';

const sentencesOf = (text: string) => {
  const doc = buildTextDoc(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence splitting', () => {
  test.each([
    ['Exports rose 62.3%. Imports fell.', ['Exports rose 62.3%.', 'Imports fell.']],
    ['Mr. Khan said so. Dr. Imam agreed.', ['Mr. Khan said so.', 'Dr. Imam agreed.']],
    ['The budget is Rs. 5 lakh. It was approved.', ['The budget is Rs. 5 lakh.', 'It was approved.']],
    ['The U.S. Treasury agreed. Talks end today.', ['The U.S. Treasury agreed.', 'Talks end today.']],
    ['“It worked,” he said. “We grew.”', ['“It worked,” he said.', '“We grew.”']],
    ['Output hit 3.5 million tonnes in Jan. 2024 alone.', ['Output hit 3.5 million tonnes in Jan. 2024 alone.']],
    ['Why now? Because exports rose!', ['Why now?', 'Because exports rose!']],
  ])('splits %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('never lets a sentence cross a paragraph break, and spans index into the text', () => {
    const text = 'First paragraph without a period\n\nSecond one. Third.';
    const doc = buildTextDoc(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First paragraph without a period', 'Second one. Third.']);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First paragraph without a period', 'Second one.', 'Third.']);
  });
});

describe('paragraph splitting', () => {
  const paragraphsOf = (text: string) => {
    const doc = buildTextDoc(text);
    return doc.paragraphs.map((p) => text.slice(p.start, p.end));
  };

  test.each([
    ['a blank line', 'One line.\n\nTwo lines.', ['One line.', 'Two lines.']],
    ['one paragraph per line after a finished sentence (a no-break space before the break)', 'The vote failed.\u00a0\nMembers left early.', ['The vote failed.', 'Members left early.']],
    ['a line break after a closing mark', '“We will appeal,” she said.\n“It is not over.”', ['“We will appeal,” she said.', '“It is not over.”']],
    ['a line break before an opening mark', 'Ana Ruiz added\n“It is not over.”', ['Ana Ruiz added', '“It is not over.”']],
    ['a hard-wrapped line inside a sentence stays in its paragraph', 'The council voted on the\nharbour budget on Monday.', ['The council voted on the\nharbour budget on Monday.']],
    ['a headline over its dateline stays together without a blank line', 'Harbour Board Delays Vote\nWASHINGTON ― The board met.', ['Harbour Board Delays Vote\nWASHINGTON ― The board met.']],
  ])('%s', (_name, text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected);
  });
});
