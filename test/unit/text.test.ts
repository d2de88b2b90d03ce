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
