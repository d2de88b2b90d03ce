import type { Figure } from '../../record';
import { BY_AFTER, BY_BEFORE, DIRECTION_TO_BEFORE, DIRECTION_WORDS, FROM_BEFORE, PERCENT_BY_BEFORE } from '../lexicons/figure-cues';

/**
 * The part a figure plays in a statement of change: "surged to $310 million [level], an increase of 62.3% [by]
 * from $191 million [from]". A level is what something came to; `by` the size of the change; `from` where it started.
 */
export type Role = 'level' | 'from' | 'by';
export type Direction = 'up' | 'down';

const WINDOW = 60;

// a qualifier between the cue and the figure ("increase by less than 2 percent") does not change its role
const QUALIFIER_TAIL = /(?:\b(?:more|less|fewer)\s+than|\b(?:about|around|nearly|almost|over|under|some|roughly|approximately|up\s+to|at\s+least|just|only))\s+$/i;
// "10 to 13 percent growth": the first end of a range plays the part of the second
const RANGE_BETWEEN = /^\s*(?:-|–|—|to)\s*$/i;

export function roleOf(text: string, sentenceStart: number, f: Figure): Role {
  const before = text.slice(Math.max(sentenceStart, f.span.start - WINDOW), f.span.start).replace(QUALIFIER_TAIL, '');
  const after = text.slice(f.span.end, f.span.end + 40);
  if (FROM_BEFORE.test(before)) return 'from';
  if (BY_BEFORE.test(before)) return 'by';
  if (f.kind === 'percent' && (PERCENT_BY_BEFORE.test(before) || BY_AFTER.test(after))) return 'by';
  return 'level';
}

const directionOfMatch = (m: RegExpExecArray): Direction => (m[1] ? 'up' : 'down');

/**
 * The direction a change figure states: the word right after it ("62.3% higher", "5% year-on-year decline"),
 * else the nearest direction word before it in its clause ("fell 5%", "an increase of 62.3%").
 */
export function directionNear(text: string, clauseStart: number, f: Figure): Direction | null {
  const after = BY_AFTER.exec(text.slice(f.span.end, f.span.end + 40));
  if (after) return after[1] ? 'up' : 'down';
  const from = Math.max(clauseStart, f.span.start - WINDOW);
  const before = text.slice(from, f.span.start);
  let last: RegExpExecArray | null = null;
  DIRECTION_WORDS.lastIndex = 0;
  for (let m = DIRECTION_WORDS.exec(before); m; m = DIRECTION_WORDS.exec(before)) last = m;
  return last ? directionOfMatch(last) : null;
}

/** "rose to $5bn", "fell sharply to 3,000 tonnes": a level that a direction verb leads to. */
export function directionToLevel(text: string, clauseStart: number, f: Figure): Direction | null {
  const m = DIRECTION_TO_BEFORE.exec(text.slice(Math.max(clauseStart, f.span.start - WINDOW), f.span.start));
  return m ? directionOfMatch(m) : null;
}

/** Roles of a sentence's figures in order; the first end of a range that sizes a change is a change too. */
export function rolesOf(text: string, sentenceStart: number, figures: Figure[]): Role[] {
  const roles = figures.map((f) => roleOf(text, sentenceStart, f));
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    if (roles[i] === 'level' && roles[i + 1] === 'by' && a.kind === b.kind && RANGE_BETWEEN.test(text.slice(a.span.end, b.span.start))) roles[i] = 'by';
  }
  return roles;
}
