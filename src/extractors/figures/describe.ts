import type { DateMention, Figure, Span } from '../../record';
import { changeInAfter, isAnaphoric, metricOf, purposeOf } from './metric';
import { periodOf } from './period';
import { directionNear, directionToLevel, rolesOf, type Direction, type Role } from './roles';

/**
 * Beyond detection: what a figure measures (metric), when (period) and how it changed (change). Read per
 * sentence: "In April 2024, ICT services export remittances surged to $310 million, an astounding increase of
 * 62.3% from $191 million in April 2023." gives $310 million the metric "ICT services export remittances", the
 * period 2024-04 and the change {up, from 191000000, by 62.3 %}. A sentence that only points back ("The figure
 * is 62.3% higher than the $191 million recorded in April 2023") gives its change to the last level before it.
 */

// where one statement ends and another begins inside a sentence: "exports rose 10% while imports fell 3%"
const CLAUSE_BREAK = /;|,\s*and\b|\b(?:while|whereas|but|meanwhile|however)\b/i;
// a sentence whose subject is the figure just given: "The figure is ...", "This was ...", "It marks ..."
const POINTS_BACK = /^["“]?(?:(?:the|this|that)\s+(?:figure|amount|number|total|sum|tally)|(?:this|it)\s+(?:is|was|marks|marked|represents|represented))\b/i;

interface Placed {
  figure: Figure;
  role: Role;
  sentence: Span;
  /** the level figure this `by` or `from` figure belongs to */
  owner: Placed | null;
}

function sameClause(text: string, a: Figure, b: Figure): boolean {
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  return !CLAUSE_BREAK.test(text.slice(first.span.end, second.span.start));
}

/** Whether a change figure can belong to a level: a percentage to any, an amount to one of its kind and unit. */
function fits(p: Placed, level: Placed): boolean {
  if (p.role === 'by') return p.figure.kind === 'percent' || level.figure.kind === p.figure.kind;
  return level.figure.kind === p.figure.kind && level.figure.unit === p.figure.unit;
}

/** The level a change figure belongs to in its clause: for `from` the nearest before (else after), for `by` the nearest. */
function ownerOf(text: string, p: Placed, levels: Placed[]): Placed | null {
  const candidates = levels.filter((l) => fits(p, l) && sameClause(text, l.figure, p.figure));
  if (p.role === 'from') return candidates.filter((l) => l.figure.span.start < p.figure.span.start).pop() ?? candidates[0] ?? null;
  const distance = (l: Placed) => Math.abs(l.figure.span.start - p.figure.span.start);
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function directionOf(text: string, level: Placed, by: Placed | undefined, from: Placed | undefined): Direction | null {
  if (from && from.figure.value !== level.figure.value) return level.figure.value > from.figure.value ? 'up' : 'down';
  if (by) return directionNear(text, by.sentence.start, by.figure);
  return directionToLevel(text, level.sentence.start, level.figure);
}

/** The change of one level from the `by` and `from` figures that belong to it. */
function describeChange(text: string, level: Placed, members: Placed[]): void {
  const by = members.find((m) => m.role === 'by');
  const from = members.find((m) => m.role === 'from');
  const direction = directionOf(text, level, by, from);
  if (!direction) return;
  const change: NonNullable<Figure['change']> = { direction };
  if (from) change.from = from.figure.value;
  if (by) {
    change.by = by.figure.value;
    if (by.figure.unit) change.byUnit = by.figure.unit;
  }
  level.figure.change = change;
}

/** Fills metric, period and change on the figures (in place). */
export function describeFigures(text: string, sentences: Span[], figures: Figure[], dates: DateMention[]): void {
  const placed: Placed[] = [];
  let previous: { index: number; levels: Placed[] } = { index: -2, levels: [] };
  sentences.forEach((sentence, index) => {
    const inside = figures.filter((f) => f.span.start >= sentence.start && f.span.end <= sentence.end);
    if (inside.length === 0) return;
    const roles = rolesOf(text, sentence.start, inside);
    const here: Placed[] = inside.map((figure, i) => ({ figure, role: roles[i], sentence, owner: null }));
    const levels = here.filter((p) => p.role === 'level');
    const pointsBack = previous.index === index - 1 && POINTS_BACK.test(text.slice(sentence.start, sentence.end));
    const antecedent = pointsBack ? previous.levels[previous.levels.length - 1] : undefined;
    for (const p of here) {
      if (p.role === 'level') continue;
      p.owner = ownerOf(text, p, levels) ?? (antecedent && levels.length === 0 && fits(p, antecedent) ? antecedent : null);
      // "from" with nothing to start from is a level of its own ("earnings from 300 companies")
      if (!p.owner && p.role === 'from') p.role = 'level';
    }
    // levels first: the figures that belong to them take their metric
    const ordered = [...here.filter((p) => !p.owner), ...here.filter((p) => p.owner)];
    for (const p of ordered) {
      const f = p.figure;
      // the size of a change applies to the period of the level it belongs to
      f.period = p.role === 'by' && p.owner ? p.owner.figure.period ?? periodOf(text, f, p.role, dates, sentence, figures)
        : periodOf(text, f, p.role, dates, sentence, figures);
      // "recorded 35% growth in pharma exports, reaching $475 million": the change names what both measure
      const changeIn = p.role === 'by' ? changeInAfter(text, f.span.end) : null;
      if (p.owner) {
        if (!p.owner.figure.metric && changeIn) p.owner.figure.metric = changeIn;
        f.metric = changeIn ?? p.owner.figure.metric;
      } else {
        const purpose = f.kind === 'money' ? purposeOf(text, sentence.start, f) : null;
        const metric = changeIn ?? purpose ?? metricOf(text, sentence.start, f.span.start);
        f.metric = isAnaphoric(metric) ? antecedent?.figure.metric ?? null : metric;
      }
      // a percentage that is the change itself ("exports rose 10%", "62.3% higher") says which way
      if (p.role === 'by') {
        const direction = directionNear(text, sentence.start, f);
        if (direction) f.change = { direction };
      }
    }
    placed.push(...here);
    const levelsNow = here.filter((p) => p.role === 'level');
    previous = { index, levels: levelsNow };
  });
  for (const level of placed.filter((p) => p.role === 'level')) {
    describeChange(text, level, placed.filter((p) => p.owner === level));
  }
}
