import type { Quote, Span } from '../../record';

/** One of our attributions as FORMAT.md asks a system to give it: content fragments, speaker mention, kind. */
export interface PredictedAttribution {
  content: Span[];
  /** where we say the speaker is named (a pronoun for "he said") */
  speakerSpan: Span | null;
  /** the name we resolve the speaker to */
  speaker: string | null;
  kind: Quote['kind'];
  rule: string;
}

const sameSpan = (a: Span | null, b: Span | null) => !!a && !!b && a.start === b.start && a.end === b.end;

/**
 * Our record keeps a quote split by its attribution ("A," he said, "B.") and a quote over several paragraphs
 * as one entry per piece (GUIDELINES: per paragraph, per half); PolNeAR annotates each as one attribution with
 * discontinuous content. Pieces that follow each other with the same speaker mention and cue were given their
 * speaker by the same attribution, so they are joined into one predicted attribution here. With `group`
 * false every quote stands alone (reported in the details, to show what the joining is worth).
 */
export function toAttributions(quotes: Quote[], group = true): PredictedAttribution[] {
  const out: PredictedAttribution[] = [];
  let previous: { quote: Quote; attribution: PredictedAttribution } | null = null;
  for (const q of [...quotes].sort((a, b) => a.span.start - b.span.start)) {
    const joins = group && previous && q.kind === 'direct' && previous.quote.kind === 'direct'
      && sameSpan(q.speakerSpan, previous.quote.speakerSpan) && q.cue === previous.quote.cue;
    if (joins && previous) {
      previous.attribution.content.push({ ...q.span });
      previous.quote = q;
      continue;
    }
    const attribution: PredictedAttribution = {
      content: [{ ...q.span }], speakerSpan: q.speakerSpan, speaker: q.speaker, kind: q.kind, rule: q.rule,
    };
    out.push(attribution);
    previous = { quote: q, attribution };
  }
  return out;
}
