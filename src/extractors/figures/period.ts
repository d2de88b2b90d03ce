import type { DateMention, Figure, Span } from '../../record';
import { BASELINE_BEFORE_DATE, SPEECH_AFTER_DATE, SPEECH_BEFORE_DATE } from '../lexicons/figure-cues';
import type { Role } from './roles';

/**
 * When a figure applies: the nearest date that governs it in its sentence. A date right after the figure wins
 * ("$191 million in April 2023") unless another figure stands between; else the last date before it ("In April
 * 2024, ... surged to $310 million"). A starting amount ("from $4bn") takes only a date after it, since the date
 * before it belongs to the level ("rose to $5bn in FY24 from $4bn"). A date that says when something was said
 * ("the ministry said on Monday") is no figure's period, and a date compared against ("12% higher than in 2022",
 * "up from May 2023") belongs only to the starting amount.
 */
export function periodOf(text: string, figure: Figure, role: Role, dates: DateMention[], sentence: Span, figures: Figure[]): string | null {
  const governing = dates.filter((d) => d.span.start >= sentence.start && d.span.end <= sentence.end && !isSpeechDate(text, d, sentence) &&
    (role === 'from' || !isBaselineDate(text, d, sentence)));
  const between = (from: number, to: number) => figures.some((g) => g !== figure && g.span.start >= from && g.span.end <= to);
  const after = governing.find((d) => d.span.start >= figure.span.end && !between(figure.span.end, d.span.start));
  if (after) return after.value;
  if (role === 'from') return null;
  const before = governing.filter((d) => d.span.end <= figure.span.start).pop();
  return before?.value ?? null;
}

function isSpeechDate(text: string, d: DateMention, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, d.span.start - 40), d.span.start);
  const after = text.slice(d.span.end, Math.min(sentence.end, d.span.end + 20));
  return SPEECH_BEFORE_DATE.test(before) || SPEECH_AFTER_DATE.test(after);
}

function isBaselineDate(text: string, d: DateMention, sentence: Span): boolean {
  return BASELINE_BEFORE_DATE.test(text.slice(Math.max(sentence.start, d.span.start - 40), d.span.start));
}
