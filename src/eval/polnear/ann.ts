import type { Span } from '../../record';

/**
 * brat standoff (.ann) as PolNeAR writes it: text-bound lines `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>`
 * and event lines `E<n>\t<Role>:T<a> <Role>:T<b> …`, one event per attribution. Covered text is never read:
 * a few spans hold a newline, which breaks their line, so span text always comes from the offsets.
 */

/** One gold attribution: what is attributed, who says it and the cue, each as character spans into the .txt. */
export interface GoldAttribution {
  /** the event id ("E12") */
  id: string;
  /** the union of the Content and Content2 fragments, sorted and merged */
  content: Span[];
  /** the Source fragments, or null for a source-less attribution */
  source: Span[] | null;
  cue: Span[] | null;
}

interface TextBound {
  type: string;
  spans: Span[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
const EVENT = /^(E\d+)\t(.*)$/;

/** Sorts fragments and merges those that touch or overlap, so characters are counted once. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function parseFragments(offsets: string): Span[] {
  return offsets.split(';').map((pair) => {
    const [start, end] = pair.split(' ').map(Number);
    return { start, end };
  });
}

/**
 * The attributions of one .ann file, in document order (by where their content starts). Events with no
 * content (an anchor left alone) cannot be matched and are dropped; Discuss and Discard spans are not events.
 */
export function parseAnn(ann: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: { id: string; roles: [string, string][] }[] = [];
  // Lines that match neither shape are the tails of covered texts broken by a newline, or notes: skipped.
  for (const line of ann.split('\n')) {
    const t = TEXT_BOUND.exec(line);
    if (t) {
      bounds.set(t[1], { type: t[2], spans: parseFragments(t[3]) });
      continue;
    }
    const e = EVENT.exec(line);
    if (e) {
      const roles = e[2].trim().split(/\s+/).filter(Boolean).map((r) => r.split(':') as [string, string]);
      events.push({ id: e[1], roles });
    }
  }
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const spansOf = (pattern: RegExp) =>
      event.roles.filter(([role]) => pattern.test(role)).flatMap(([, ref]) => bounds.get(ref)?.spans ?? []);
    const content = mergeSpans(spansOf(/^Content\d*$/));
    if (content.length === 0) continue;
    const source = spansOf(/^Source$/);
    const cue = spansOf(/^Cue$/);
    out.push({ id: event.id, content, source: source.length ? mergeSpans(source) : null, cue: cue.length ? mergeSpans(cue) : null });
  }
  return out.sort((a, b) => a.content[0].start - b.content[0].start);
}
