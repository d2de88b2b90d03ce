import { findSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';

// Nothing but these between the appositive's closing comma and the cue: "…, R-Ky., also said".
const BLANK_BEFORE_CUE = /^\s*(?:(?:also|later|earlier|then|again|further|all|both|each|on\s+\w+day)\s+)*$/i;
// An appositive may hold a relative clause: "Derek Mitchell, who served as U.S. ambassador to Burma from 2012
// until earlier this year, said".
const MAX_CHUNK_WORDS = 30;
const BREAK = /[,;:()\[\]—–"“”]/;

/**
 * Where the chunk ending at `pos` starts: after the last clause mark, or after a full stop that ends a
 * sentence ("Rep.", "Mass.)" and "U.S." do not: a capitalized word of at most four letters, or an initialism,
 * before the stop).
 */
function chunkStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    if (BREAK.test(text[i])) return i + 1;
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ' ') && !/(?:^|[\s(])[A-Z][a-z]{0,3}$|(?:^|[\s(])(?:[A-Z]\.)+[A-Z]$/.test(text.slice(Math.max(floor, i - 6), i))) return i + 1;
  }
  return floor;
}

/** True when the stretch before a cue holds no speaker of its own, only space and adverbs. */
export function blankBeforeCue(text: string, from: number, cue: number): boolean {
  return BLANK_BEFORE_CUE.test(text.slice(from, cue));
}

const RELATIVE_START = /^\s*(?:which|who|whose|where)\b/i;
const AFTER_PREPOSITION = /\b(?:in|of|at|from|for|on|with)\s+(?:the\s+)?$/i;

/**
 * The speaker of a cue that follows an appositive or a bracket: `Senator Jane Roe, Democrat of Ohio, said`,
 * `A lawyer for the paper, David Schulz, said`, `Rep. Tom Lee (D-Mass.) said`. `breakAt` is the comma or
 * closing bracket right before the cue. The chunks before it are read back to the clause start; the one
 * before the appositive (the subject) is tried first, then the appositive itself (a name after a role).
 */
export function speakerBeforeAppositive(text: string, breakAt: number, floor: number): SpeakerPhrase | null {
  const chunks: [number, number][] = [];
  let at = breakAt;
  while (chunks.length < 3 && at >= floor && /[,()]/.test(text[at])) {
    const start = chunkStart(text, at, floor);
    if (text.slice(start, at).trim().split(/\s+/).length > MAX_CHUNK_WORDS) break;
    chunks.push([start, at]);
    at = start - 1;
  }
  // "Ana Ruiz, a spokeswoman for the fund, which is made up of lenders, said": the relative clause is on the
  // appositive, so the chunks before it are the subject and its appositive.
  if (chunks.length === 3 && RELATIVE_START.test(text.slice(chunks[0][0], chunks[0][1]))) chunks.shift();
  if (chunks.length < 2) return null;
  // A name wins over a role ("A lawyer for the county, Maria Olsen, said").
  // A name after a preposition is the object of a role ("Unicef's Chief of Education in Pakistan, Maria
  // Lindqvist, said"), not the speaker.
  const phrases = [chunks[1], chunks[0]].map(([start, end]) => findSpeakerPhrase(text, start, end, 'before'))
    .map((p) => (p && AFTER_PREPOSITION.test(text.slice(Math.max(0, p.span.start - 12), p.span.start)) ? null : p));
  return phrases.find((p) => p?.kind === 'name') ?? phrases.find((p) => p) ?? null;
}

// A participle phrase between the speaker and the cue, with no commas (South Asian wire style): "State Minister
// X responding to a question by MP Y said", "the minister addressing the ceremony said".
const PARTICIPLE_BEFORE_CUE = /\s(?:responding|speaking|addressing|talking|replying|commenting|referring|answering|briefing|presiding|chairing|inaugurating)\b/i;

/** The speaker before such a participle phrase: the words before the participle, when they name someone. */
export function speakerBeforeParticiple(text: string, from: number, cue: number): SpeakerPhrase | null {
  const m = PARTICIPLE_BEFORE_CUE.exec(text.slice(from, cue));
  return m && m.index > 0 ? findSpeakerPhrase(text, from, from + m.index, 'before') : null;
}
