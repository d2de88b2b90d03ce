import type { DateMention, Figure, Span } from '../../record';
import { DOWN_WORDS, MEASURE_VERB, UP_WORDS } from '../lexicons/figure-cues';

/**
 * Beyond detection: what a figure measures (metric), when (period) and how it changed (change). Read per
 * sentence: "In April 2024, ICT services export remittances surged to $310 million, an astounding increase of
 * 62.3% from $191 million in April 2023." gives $310 million the metric "ICT services export remittances", the
 * period 2024-04 and the change {up, from 191000000, by 62.3 %}.
 */

type Role = 'level' | 'from' | 'by';

const FROM_BEFORE = /\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?$/i;
const BY_BEFORE = /(?:\bby|\b(?:increase|decrease|rise|growth|decline|jump|fall|drop|surge|gain|reduction|cut|hike|dip|contraction|expansion|improvement)\s+of|\b(?:increased|decreased|rose|grew|surged|jumped|climbed|soared|gained|declined|fell|dropped|plunged|slumped|shrank|contracted|dipped|slipped|edged\s+up|edged\s+down|up|down))\s+(?:an?\s+)?(?:\w+\s+)?$/i;
const CLAUSE_START = /[,;:(]\s*|\b(?:that|and|while|whereas|but|as|where|which|when)\s+/gi;
const LEADING_NOISE = /^(?:(?:the|a|an|its|their|his|her|our|this|these|those|total|overall|also)\s+)+/i;
const PRONOUN = /^(?:it|they|this|that|these|those|he|she|we|which|who|there)$/i;
const PREP_OF = /\b([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,5})\s+(?:of|at|worth|totall?ing|amounting\s+to|valued\s+at|stood\s+at|reached)\s+(?:an?\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?$/i;

function roleOf(text: string, sentenceStart: number, f: Figure): Role {
  const before = text.slice(Math.max(sentenceStart, f.span.start - 50), f.span.start);
  if (FROM_BEFORE.test(before)) return 'from';
  if (f.kind === 'percent' && BY_BEFORE.test(before)) return 'by';
  return 'level';
}

/** The noun phrase a figure measures: the clause subject before its verb, or "X of $Y". */
function cleanPhrase(raw: string): string | null {
  let phrase = raw.trim().replace(/^["'“‘(]+/, '').replace(/^(?:currently|now|so\s+far|overall|meanwhile|however|also)\s+/i, '');
  phrase = phrase.replace(/(?:\s+(?:have|has|had|also|further|then|again|only|been|was|were|is|are|reportedly|already|now|would|will|could|may|might))+$/i, '');
  // "freelance market within the IT sector" -> "freelance market"; "exports of IT services" keeps its "of"
  const prepTail = /\s+(?:within|in|at|for|from|across|during|on|under|over|since|by|to)\s+.*$/i.exec(phrase);
  if (prepTail && phrase.slice(0, prepTail.index).split(/\s+/).length >= 2) phrase = phrase.slice(0, prepTail.index);
  phrase = phrase.replace(LEADING_NOISE, '').replace(/[,;:”"]+$/, '').trim();
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > 8 || PRONOUN.test(words[words.length - 1]) || !/[A-Za-z]/.test(phrase)) return null;
  return phrase;
}

/** The noun phrase a figure measures: the clause subject before its verb, or "X of $Y". */
function metricOf(text: string, sentenceStart: number, firstStart: number): string | null {
  const before = text.slice(sentenceStart, firstStart);
  const verb = [...before.matchAll(new RegExp(MEASURE_VERB.source, 'gi'))].pop();
  if (verb) {
    const head = before.slice(0, verb.index);
    let clauseStart = 0;
    for (const c of head.matchAll(CLAUSE_START)) clauseStart = c.index + c[0].length;
    const phrase = cleanPhrase(head.slice(clauseStart));
    if (phrase) return phrase;
  }
  const prep = PREP_OF.exec(before);
  return prep ? cleanPhrase(prep[1]) : null;
}

function periodOf(figure: Figure, dates: DateMention[], sentence: Span, figures: Figure[]): string | null {
  const inSentence = dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end);
  const between = (from: number, to: number) => figures.some((g) => g !== figure && g.span.start >= from && g.span.end <= to);
  const after = inSentence.find((d) => d.span.start >= figure.span.end && !between(figure.span.end, d.span.start));
  if (after) return after.value;
  const before = inSentence.filter((d) => d.span.end <= figure.span.start).pop();
  return before?.value ?? null;
}

function directionOf(text: string): 'up' | 'down' | null {
  const up = UP_WORDS.exec(text);
  const down = DOWN_WORDS.exec(text);
  if (up && down) return up.index <= down.index ? 'up' : 'down';
  return up ? 'up' : down ? 'down' : null;
}

/** Fills metric, period and change on the figures (in place), sentence by sentence. */
export function describeFigures(text: string, sentences: Span[], figures: Figure[], dates: DateMention[]): void {
  for (const sentence of sentences) {
    const inside = figures.filter((f) => f.span.start >= sentence.start && f.span.end <= sentence.end);
    if (inside.length === 0) continue;
    const roles = inside.map((f) => roleOf(text, sentence.start, f));
    const firstLevel = inside.find((_, i) => roles[i] === 'level') ?? inside[0];
    const metric = metricOf(text, sentence.start, firstLevel.span.start);
    const direction = directionOf(text.slice(sentence.start, sentence.end));
    inside.forEach((f, i) => {
      f.metric = metric;
      f.period = periodOf(f, dates, sentence, figures);
      if (!direction || roles[i] !== 'level') return;
      const next = inside.slice(i + 1);
      const from = next.find((g, j) => roles[i + 1 + j] === 'from' && g.kind === f.kind && g.unit === f.unit);
      const by = inside.find((g, j) => roles[j] === 'by');
      const change: NonNullable<Figure['change']> = { direction };
      if (from) change.from = from.value;
      if (by && by !== f) {
        change.by = by.value;
        change.byUnit = by.unit ?? undefined;
      }
      // a level figure says how much something came to; it has a change only when the sentence gives one
      if (from || (by && by !== f) || f.kind === 'percent') f.change = change;
    });
    // a lone percentage change ("exports rose 10%") is the change itself
    inside.forEach((f, i) => {
      if (roles[i] === 'by' && direction && !inside.some((_, j) => roles[j] === 'level' && inside[j].kind !== 'percent')) {
        f.change = { direction };
      }
    });
  }
}
