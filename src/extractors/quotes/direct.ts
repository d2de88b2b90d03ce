import type { Span } from '../../record';
import type { TextDoc } from '../text';

/** A run of words between quotation marks, inside one paragraph. */
export interface QuotedSpan {
  /** the words, without the marks */
  span: Span;
  /** the opening mark's position */
  open: number;
  /** one past the closing mark, or the paragraph end when the quote runs on into the next paragraph */
  close: number;
  /** opened without a closing mark before the paragraph ended: the quote continues in the next paragraph */
  runsOn: boolean;
  paragraph: number;
}

// Double marks pair up in order, whatever their shape: the seed article opens with “ and closes with ".
const DOUBLE = /["“”„«»]/g;
// Single marks only count at word edges, so apostrophes ("government’s", "farmers' union") are left alone.
const SINGLE_OPEN = /(?<=^|[\s(\[—–-])['‘](?=[\p{L}\p{N}$£€.…])/gu;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?;:%)…])['’](?=$|[\s,.;:!?)\]—–-])/gu;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s]/.test(text[start])) start++;
  while (end > start && /[\s,:;]/.test(text[end - 1])) end--;
  return { start, end };
}

function doubleQuotes(text: string, para: Span, index: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const marks: number[] = [];
  DOUBLE.lastIndex = para.start;
  for (let m = DOUBLE.exec(text); m && m.index < para.end; m = DOUBLE.exec(text)) marks.push(m.index);
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i];
    const runsOn = i + 1 >= marks.length;
    const closeMark = runsOn ? para.end : marks[i + 1];
    const span = trimSpan(text, open + 1, closeMark);
    if (span.end > span.start) out.push({ span, open, close: runsOn ? para.end : closeMark + 1, runsOn, paragraph: index });
  }
  return out;
}

function singleQuotes(text: string, para: Span, index: number, taken: QuotedSpan[]): QuotedSpan[] {
  const body = text.slice(para.start, para.end);
  const opens: number[] = [];
  const closes: number[] = [];
  SINGLE_OPEN.lastIndex = 0;
  for (let m = SINGLE_OPEN.exec(body); m; m = SINGLE_OPEN.exec(body)) opens.push(para.start + m.index);
  SINGLE_CLOSE.lastIndex = 0;
  for (let m = SINGLE_CLOSE.exec(body); m; m = SINGLE_CLOSE.exec(body)) closes.push(para.start + m.index);
  const inside = (p: number) => taken.some((q) => p >= q.open && p < q.close);
  const out: QuotedSpan[] = [];
  let after = -1;
  for (const open of opens) {
    if (open <= after || inside(open)) continue;
    const close = closes.find((c) => c > open + 1);
    if (close === undefined || inside(close)) continue;
    const span = trimSpan(text, open + 1, close);
    out.push({ span, open, close: close + 1, runsOn: false, paragraph: index });
    after = close;
  }
  return out;
}

/** Every quoted run of the text, paragraph by paragraph, in text order. */
export function findQuotedSpans(doc: TextDoc): QuotedSpan[] {
  const all: QuotedSpan[] = [];
  doc.paragraphs.forEach((para, index) => {
    const doubles = doubleQuotes(doc.text, para, index);
    const singles = singleQuotes(doc.text, para, index, doubles);
    all.push(...[...doubles, ...singles].sort((a, b) => a.open - b.open));
  });
  return all;
}
