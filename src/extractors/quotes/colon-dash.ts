import type { Span } from '../../record';
import type { TextDoc } from '../text';
import { attributionBefore, type Attribution } from './attribution';
import { findSpeakerPhrase } from './speaker-phrase';

// `“…” ― Sonya Herridge` and `“…” — Jane Roe, mayor of Ely`: a dash and a name right after the closing mark.
// Blanks are any white space but a line break: pasted lists put a no-break space after the name.
const DASH_NAME = /^[^\S\n]*[―—–][^\S\n]*((?:[\p{Lu}][\p{L}.'’-]*)(?:[^\S\n]+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|da|del|la|bin)){0,5})(?=[^\S\n]*(?:[.,;]|$|\n))/u;

/** A quote signed with a dash: the name after the dash is the speaker, the dash the cue. */
export function dashAfter(text: string, close: number, ceiling: number): Attribution | null {
  const m = DASH_NAME.exec(text.slice(close, Math.max(close, ceiling) + 80));
  if (!m) return null;
  const nameStart = close + m.index + m[0].indexOf(m[1]);
  const phrase = findSpeakerPhrase(text, nameStart, nameStart + m[1].length, 'after');
  if (!phrase || phrase.kind === 'pronoun') return null;
  const dashAt = close + m[0].search(/[―—–]/);
  return { cue: text[dashAt], cueSpan: { start: dashAt, end: dashAt + 1 }, phrase, participle: false };
}

const COLON_END = /:\s*$/;

/**
 * A colon introduces the quote: `Sen. Jane Roe (D-Mo.) scolded him: “…”`, or a paragraph of its own that ends with
 * one (`He said:` / `The Times reports:` and the quote in the next paragraph). A speech verb before the colon is the
 * cue as usual; without one the sentence subject is the speaker and the colon the cue.
 */
export function colonBefore(doc: TextDoc, open: number, sentenceStart: number, paragraph: number): Attribution | null {
  const text = doc.text;
  let end = open;
  let start = sentenceStart;
  if (COLON_END.test(text.slice(sentenceStart, open)) && text.slice(sentenceStart, open).trim().length > 1) {
    end = sentenceStart + text.slice(sentenceStart, open).search(COLON_END);
  } else {
    // The quote opens its paragraph and the paragraph before ends with a colon.
    const prev = doc.paragraphs[paragraph - 1];
    if (!prev || doc.paragraphs[paragraph].start !== open || !text.slice(prev.start, prev.end).endsWith(':')) return null;
    end = prev.end - 1;
    start = lastSentenceStart(doc, prev);
  }
  const verbCue = attributionBefore(text, end + 1, start);
  if (verbCue && verbCue.phrase) return verbCue;
  const phrase = findSpeakerPhrase(text, start, end, 'after');
  if (!phrase) return null;
  return { cue: ':', cueSpan: { start: end, end: end + 1 }, phrase, participle: false };
}

function lastSentenceStart(doc: TextDoc, para: Span): number {
  let start = para.start;
  for (const s of doc.sentences) if (s.start >= para.start && s.start < para.end) start = s.start;
  return start;
}
