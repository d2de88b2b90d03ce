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
  /** the segments of one quote running over several paragraphs share a chain number */
  chain: number;
  /** the paragraph continues a quote left open, without an opening mark of its own */
  continues: boolean;
}

// How many mark-less paragraphs a quote left open may run through before we stop believing it is still open.
const MAX_OPEN_PARAGRAPHS = 8;

// Double marks pair up in order, whatever their shape: the seed article opens with “ and closes with ".
// Two straight apostrophes are a double mark too (the New York Times' archive style: ''We will,'' he said),
// except after a digit, where they measure inches (6'3'').
const DOUBLE = /(?<!\d)''|["“”„«»]/g;

interface Mark {
  at: number;
  /** one past the mark: marks are one or two characters long */
  end: number;
}
// Single marks only count at word edges, so apostrophes ("government’s", "farmers' union") are left alone.
const SINGLE_OPEN = /(?<=^|[\s(\[—–-])['‘](?=[\p{L}\p{N}$£€.…])/gu;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?;:%)…])['’](?=$|[\s,.;:!?)\]—–-])/gu;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s]/.test(text[start])) start++;
  while (end > start && /[\s,:;]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Double-mark quotes of one paragraph. `stillOpen` says a quote of an earlier paragraph was left open: a
 * paragraph that then starts without an opening mark continues it up to its first mark, which closes it
 * (lk-dailymirror style: one opening mark, three paragraphs, then `...," he added.`).
 */
function doubleQuotes(text: string, para: Span, index: number, stillOpen: boolean): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const marks: Mark[] = [];
  DOUBLE.lastIndex = para.start;
  for (let m = DOUBLE.exec(text); m && m.index < para.end; m = DOUBLE.exec(text)) marks.push({ at: m.index, end: m.index + m[0].length });
  let i = 0;
  if (stillOpen && marks[0]?.at !== para.start) {
    const closeMark = marks.length ? marks[0].at : para.end;
    const span = trimSpan(text, para.start, closeMark);
    const runsOn = marks.length === 0;
    if (span.end > span.start) out.push({ span, open: para.start, close: runsOn ? para.end : marks[0].end, runsOn, paragraph: index, chain: -1, continues: true });
    i = 1;
  }
  for (; i < marks.length; i += 2) {
    const open = marks[i].at;
    const runsOn = i + 1 >= marks.length;
    const closeMark = runsOn ? para.end : marks[i + 1].at;
    const span = trimSpan(text, marks[i].end, closeMark);
    if (span.end > span.start) out.push({ span, open, close: runsOn ? para.end : marks[i + 1].end, runsOn, paragraph: index, chain: -1, continues: false });
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
    out.push({ span, open, close: close + 1, runsOn: false, paragraph: index, chain: -1, continues: false });
    after = close;
  }
  return out;
}

/** Every quoted run of the text, paragraph by paragraph, in text order. */
/** The first double mark of a paragraph, and whether it closes a quote (”, or " after a word and before a space). */
function firstMark(text: string, para: Span): { at: number; closes: boolean } | null {
  DOUBLE.lastIndex = para.start;
  const m = DOUBLE.exec(text);
  if (!m || m.index >= para.end) return null;
  const before = text[m.index - 1] ?? ' ';
  const after = text[m.index + m[0].length] ?? ' ';
  // A ” that starts a paragraph before a word opens a quote (a typo of “ in some copy), it does not close one.
  const opensWithWrongMark = m[0] === '”' && m.index === para.start && /[\p{L}\p{N}]/u.test(after);
  const closes = (m[0] === '”' && !opensWithWrongMark) || ((m[0] === '"' || m[0] === "''") && /\S/.test(before) && m.index > para.start && /[\s.,;:!?)]/.test(after));
  return { at: m.index, closes };
}

/**
 * A quote left open at a paragraph's end runs through the following mark-less paragraphs only when a later
 * paragraph's first mark closes it; when the next mark opens a new quote, the first one was just never closed.
 */
function closedLater(doc: TextDoc, index: number): boolean {
  for (let j = index + 1; j < doc.paragraphs.length && j <= index + MAX_OPEN_PARAGRAPHS; j++) {
    const mark = firstMark(doc.text, doc.paragraphs[j]);
    if (!mark) continue;
    return mark.closes;
  }
  return false;
}

export function findQuotedSpans(doc: TextDoc): QuotedSpan[] {
  const all: QuotedSpan[] = [];
  let openFor = 0; // paragraphs a quote has been open
  let chain = 0;
  let closes = false;
  doc.paragraphs.forEach((para, index) => {
    const stillOpen = openFor > 0 && openFor <= MAX_OPEN_PARAGRAPHS && (closes || firstMark(doc.text, para)?.at === para.start);
    const doubles = doubleQuotes(doc.text, para, index, stillOpen);
    for (const q of doubles) q.chain = q.continues || (q.open === para.start && stillOpen) ? chain : ++chain;
    const last = doubles[doubles.length - 1];
    openFor = last?.runsOn ? openFor + 1 : 0;
    if (last?.runsOn && openFor === 1) closes = closedLater(doc, index);
    const singles = singleQuotes(doc.text, para, index, doubles);
    for (const q of singles) q.chain = ++chain;
    all.push(...[...doubles, ...singles].sort((a, b) => a.open - b.open));
  });
  return all;
}
