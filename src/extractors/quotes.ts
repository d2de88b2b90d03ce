import type { Quote, Span } from '../record';
import type { ExtractContext } from './context';
import type { Entities } from './entities';
import type { TextDoc } from './text';
import { findQuotedSpans, type QuotedSpan } from './quotes/direct';
import { attributionAfter, attributionBefore, type Attribution } from './quotes/attribution';
import { findIndirect } from './quotes/indirect';
import { cueSentenceBefore, reportsOwnClause, sentenceStartBefore } from './quotes/sentence-cues';
import { LABEL_BEFORE_RE, isAbbreviationStop } from './quotes/cues';
import { colonBefore, dashAfter } from './quotes/colon-dash';
import { afterNounPhraseLead, endsLikeStatement, isHeadline, isTitle, sentenceRunsOn } from './quotes/embedded';
import { findSpeakerPhrase } from './quotes/speaker-phrase';
import { PARTICIPLE_CUES } from './lexicons/speech-verbs';
import { SpeakerResolver, type ResolvedSpeaker } from './quotes/speaker-resolution';

/** A quote found but not yet given its speaker: speakers resolve in text order, for "he said". */
interface Candidate {
  span: Span;
  kind: Quote['kind'];
  attribution: Attribution | null;
  /** takes its speaker from another candidate: the other half of a split quote, the paragraph before */
  inheritFrom: Candidate | null;
  /** where the sentence starts: a participle cue ("adding that") continues this sentence's subject */
  sentenceStart: number;
  rule: string;
  /** the segments of one multi-paragraph quote */
  chain?: number;
  /** no cue anywhere: the speaker is the last one named */
  lastSpeaker?: boolean;
  resolved?: ResolvedSpeaker;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const wordCount = (s: string) => s.match(WORDS)?.length ?? 0;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
// Quoted words shorter than this with no cue of their own are scare quotes or titles.
const MIN_UNATTRIBUTED_WORDS = 6;
// A second quote in the paragraph, after the first one's attribution ("..., said X, Member IT at MoITT. “B.”").
const MAX_SPLIT_GAP = 160;
// A whole quoted paragraph with no cue must be a real statement, not a slogan.
const MIN_STANDALONE_WORDS = 12;


/** Direct quotes: each quoted run with the cue next to it, or the speaker of its split half or paragraph. */
function directCandidates(doc: TextDoc): Candidate[] {
  const text = doc.text;
  const quoted = findQuotedSpans(doc);
  const out: (Candidate | null)[] = [];
  let previousDirect: Candidate | null = null;
  let previousRunsOn = false;
  quoted.forEach((q, i) => {
    const para = doc.paragraphs[q.paragraph];
    const prev = i > 0 && quoted[i - 1].paragraph === q.paragraph ? quoted[i - 1] : null;
    const next = i + 1 < quoted.length && quoted[i + 1].paragraph === q.paragraph ? quoted[i + 1] : null;
    const floor = prev ? prev.close : para.start;
    const sentenceStart = sentenceStartBefore(text, q.open, floor);
    const quotedText = text.slice(q.span.start, q.span.end);
    const endedSentence = /[.!?]$/.test(quotedText);
    let after = q.runsOn ? null : attributionAfter(text, q.close, next ? next.open : para.end);
    // `…change.” She adds, “…”`: a cue after a quote that ended its sentence, and before another quote, is the next one's.
    if (after && endedSentence && /^\s*[,:]\s*["“]/.test(text.slice(after.cueSpan.end, after.cueSpan.end + 6))) after = null;
    // `… "will force us to act." He said that if …`: after a quote that ended its sentence, a cue followed by a
    // reported clause opens a sentence of its own; it does not attribute the quote before it.
    if (after && endedSentence && reportsOwnClause(text, after.cueSpan.end, para.end)) after = null;
    // `dismissed the criticism as “baseless propaganda”, saying the debt stood at …`: a participle with a clause
    // of its own reports that clause, not the marked words before it.
    if (after && !after.phrase && PARTICIPLE_CUES.has(after.cue.toLowerCase()) && reportsOwnClause(text, after.cueSpan.end, para.end)) after = null;
    const before = attributionBefore(text, q.open, sentenceStart);
    const dash = q.runsOn || after ? null : dashAfter(text, q.close, next ? next.open : para.end);
    const colon = before || after || dash ? null : colonBefore(doc, q.open, sentenceStart, q.paragraph);
    const words = wordCount(quotedText);
    const opensParagraph = q.open === para.start;
    const label = LABEL_BEFORE_RE.test(text.slice(floor, q.open));
    const attribution = before ?? after ?? dash ?? colon;
    let candidate: Candidate | null = null;
    let cueSentence: Attribution | null = null;
    const make = (rule: string, inheritFrom: Candidate | null): Candidate => ({ span: q.span, kind: 'direct', attribution: inheritFrom ? null : attribution, inheritFrom, sentenceStart, rule });
    if (q.continues) {
      const c = after
        ? { span: q.span, kind: 'direct' as const, attribution: after, inheritFrom: null, sentenceStart, rule: 'direct-cue-after' }
        : previousDirect ? make('direct-continued-paragraph', previousDirect) : null;
      if (c) c.chain = q.chain;
      out.push(c);
      if (c) previousDirect = c;
      previousRunsOn = q.runsOn;
      return;
    }
    if (label && !after) candidate = null;
    const embedded = afterNounPhraseLead(text, q.open, sentenceStart);
    if (isHeadline(doc, q.paragraph) || isTitle(quotedText)) candidate = null;
    else if (before && !label && !embedded && !(sentenceRunsOn(text, q.close) && !endsLikeStatement(text, q.span.end, q.close))) candidate = make('direct-cue-before', null);
    else if (after && !embedded && endsLikeStatement(text, q.span.end, q.close)) candidate = make('direct-cue-after', null);
    else if (dash) candidate = make('direct-dash-after', null);
    else if (colon && !label && words >= 3) candidate = make('direct-colon', null);
    else if (!label && prev && out[i - 1] && (q.open - prev.close < MAX_SPLIT_GAP || attributionOnlyBetween(text, out[i - 1]!, prev.close, q.open))) candidate = make('direct-split', out[i - 1]);
    else if (!label && words >= 3 && (cueSentence = cueSentenceBefore(text, q.open, floor))) candidate = { ...make('direct-after-cue-sentence', null), attribution: cueSentence };
    else if (opensParagraph && previousDirect && (previousRunsOn || words >= MIN_UNATTRIBUTED_WORDS)) candidate = make(previousRunsOn ? 'direct-continued-paragraph' : 'direct-unattributed-paragraph', previousDirect);
    else if (!label && next && words >= MIN_UNATTRIBUTED_WORDS && opensParagraph) candidate = make('direct-split-forward', null);
    // A quote paragraph with no cue at all (the story's subject keeps talking): the last named speaker.
    else if (!label && opensParagraph && (q.runsOn || words >= MIN_STANDALONE_WORDS)) candidate = { ...make('direct-last-speaker', null), lastSpeaker: true };
    if (candidate) candidate.chain = q.chain;
    out.push(candidate);
    if (candidate) {
      previousDirect = candidate;
      previousRunsOn = q.runsOn;
    } else if (opensParagraph || q.paragraph !== (quoted[i - 1]?.paragraph ?? -1)) previousRunsOn = false;
  });
  // "“A,” he said, “B.”" read forwards: a quote that opens the paragraph takes the cue of the next half.
  out.forEach((c, i) => {
    if (c?.rule === 'direct-split-forward') {
      const n = out[i + 1];
      if (n && n.attribution) c.inheritFrom = n;
      else out[i] = null;
    }
  });
  // A quote over several paragraphs whose cue comes at its end ("...," he added.): every segment takes that cue.
  const kept = out.filter((c): c is Candidate => c !== null);
  for (const c of kept) {
    if (c.attribution || c.chain === undefined) continue;
    const cued = kept.find((o) => o !== c && o.chain === c.chain && o.attribution);
    if (cued) {
      c.inheritFrom = cued;
      c.lastSpeaker = false;
    }
  }
  return kept;
}

// A long appositive may stand between the halves: `''A,'' said Douglas Holtz-Eakin, an economist who served as
// director of the Congressional Budget Office and is now president of the American Action Forum. ''B.''`
const MAX_ATTRIBUTION_GAP = 400;

/** Between two quotes stands only the first one's attribution sentence: its cue, its speaker, one full stop. */
function attributionOnlyBetween(text: string, first: Candidate, close: number, open: number): boolean {
  const cue = first.attribution?.cueSpan;
  if (!cue || open - close >= MAX_ATTRIBUTION_GAP || cue.start < close || cue.end > open) return false;
  const between = text.slice(close, open).trim();
  if (!/[.!?]$/.test(between)) return false;
  for (const stop of between.slice(0, -1).matchAll(/[.!?](?=\s+\p{Lu})/gu)) if (!isAbbreviationStop(between, stop.index!)) return false;
  return true;
}

function indirectCandidates(doc: TextDoc, direct: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // Cues that attribute a direct quote next to them; a quote that borrows the cue of the sentence before it
  // (direct-after-cue-sentence) leaves that sentence its own reported clause.
  const directCues = new Set(direct.flatMap((d) => (d.attribution && d.rule !== 'direct-after-cue-sentence' ? [d.attribution.cueSpan.start] : [])));
  for (const sentence of doc.sentences) {
    for (const found of findIndirect(doc, sentence, directCues)) {
      if (isHeadline(doc, 0) && sentence.end <= doc.paragraphs[0].end) continue;
      // A cue inside quoted words is part of the quote, not reported speech.
      if (direct.some((d) => found.attribution.cueSpan.start >= d.span.start && found.attribution.cueSpan.start < d.span.end)) continue;
      const c: Candidate = { span: found.span, kind: 'indirect', attribution: found.attribution, inheritFrom: null, sentenceStart: sentence.start, rule: found.rule };
      // "…, an official said, claiming that …": the participle continues the speaker of the cue right before it.
      // "X said A, adding that B": the participle right after the clause A continues X too.
      const cueBefore = out.find((o) => o.sentenceStart === sentence.start && o.attribution
        && (/^[\s,]*$/.test(doc.text.slice(o.attribution.cueSpan.end, found.attribution.cueSpan.start))
          || (o.span.end <= found.attribution.cueSpan.start && /^[\s,.;:!?"”’]*$/.test(doc.text.slice(o.span.end, found.attribution.cueSpan.start)))));
      // `“…,” she said in the Oval Office, emphasizing it was time …`: the same with a direct quote's cue.
      const directBefore = direct.filter((d) => d.attribution && d.attribution.cueSpan.start >= sentence.start && d.attribution.cueSpan.end <= found.attribution.cueSpan.start).pop();
      const host = cueBefore ?? directBefore;
      if (found.attribution.participle && !found.attribution.phrase && host) c.inheritFrom = host;
      out.push(c);
    }
  }
  return out;
}

/**
 * Quoted words inside a reported clause belong to it (`he said the plan would "do more harm than good"`):
 * a direct candidate with no cue of its own that lies inside an indirect one is dropped; otherwise the
 * direct quote wins and the overlapping indirect one goes, so entries never overlap.
 */
function settleOverlaps(direct: Candidate[], indirect: Candidate[]): Candidate[] {
  const keptDirect = direct.filter((d) => {
    const host = indirect.find((r) => overlaps(r.span, d.span));
    return !(host && d.rule !== 'direct-cue-before' && d.rule !== 'direct-cue-after' && d.span.start > host.span.start);
  });
  const keptIndirect = indirect.filter((r) => !keptDirect.some((d) => overlaps(r.span, d.span)));
  return [...keptDirect, ...keptIndirect].sort((a, b) => a.span.start - b.span.start);
}

function resolveAll(doc: TextDoc, candidates: Candidate[], resolver: SpeakerResolver): void {
  // Resolve in order of the cue, so "he" looks back at speakers named before it.
  const order = [...candidates].sort((a, b) => cuePos(a) - cuePos(b));
  for (const c of order) {
    if (c.inheritFrom) continue;
    const a = c.attribution;
    if (c.lastSpeaker) c.resolved = resolver.lastNamed(c.span.start) ?? undefined;
    else if (a?.participle && !a.phrase) {
      // The subject of the whole sentence, also when a quote stands before the participle ('X called the move a
      // “bold step”, pointing out that “…”'): a capitalized run or pronoun, else a determiner and a source noun.
      let start = doc.sentences.find((s) => s.start <= a.cueSpan.start && a.cueSpan.start < s.end)?.start ?? c.sentenceStart;
      // "Speaking at the ceremony, Power Minister X called …": the subject comes after the opening phrase.
      start += LEADING_PHRASE.exec(doc.text.slice(start, a.cueSpan.start))?.[0].length ?? 0;
      const subject = findSpeakerPhrase(doc.text, start, Math.min(a.cueSpan.start, subjectEnd(doc.text, start)), 'after')
        ?? nounSubject(doc.text, start, a.cueSpan.start);
      c.resolved = subject ? resolver.resolve(subject, a.cueSpan.start) : resolver.last(null) ?? undefined;
    } else c.resolved = resolver.resolve(a?.phrase ?? null, a?.cueSpan.start ?? c.span.start);
    if (c.resolved) resolver.remember(c.resolved);
  }
  for (const c of candidates) if (c.inheritFrom) c.resolved = follow(c);
}

function follow(c: Candidate): ResolvedSpeaker | undefined {
  let at: Candidate | null = c;
  for (let hops = 0; at && hops < 50; hops++) {
    if (!at.inheritFrom) return at.resolved;
    at = at.inheritFrom;
  }
  return undefined;
}

function cuePos(c: Candidate): number {
  return c.attribution?.cueSpan.start ?? c.span.start;
}

// An opening participle or prepositional phrase before the subject: "Speaking at the ceremony, ", "In a statement, ".
const LEADING_PHRASE = /^(?:\p{L}+ing|in|at|on|during|after|before|with|for|from|by|under|addressing|outlining)\b[^,.;:"“”]{0,80},\s*/iu;

// "The minister welcomed …", "A senior official warned …": a determiner, up to three modifiers and a source noun.
const NOUN_SUBJECT = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s)/iu;

function nounSubject(text: string, start: number, cue: number): ReturnType<typeof findSpeakerPhrase> {
  const m = NOUN_SUBJECT.exec(text.slice(start, cue));
  if (!m) return null;
  const phrase = findSpeakerPhrase(text, start, start + m[0].length, 'before');
  return phrase?.kind === 'noun' ? phrase : null;
}

// The sentence subject ends where its verb begins: the first lower-case word after a capitalized run or pronoun.
function subjectEnd(text: string, start: number): number {
  const m = /^(?:[^,]*?,\s*)?(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:[\p{Lu}][\p{L}.'’-]*|he|she|they|it)\b/u.exec(text.slice(start, start + 120));
  return m ? start + m[0].length : start;
}

function toQuote(doc: TextDoc, c: Candidate): Quote {
  const r = c.resolved;
  return {
    text: doc.text.slice(c.span.start, c.span.end),
    span: { ...c.span },
    kind: c.kind,
    speaker: r?.speaker ?? null,
    speakerSpan: r?.speakerSpan ? { ...r.speakerSpan } : null,
    cue: cueOf(c),
    rule: c.rule,
  };
}

function cueOf(c: Candidate): string | null {
  let at: Candidate | null = c;
  for (let hops = 0; at && hops < 50; hops++) {
    if (at.attribution) return at.attribution.cue.toLowerCase();
    at = at.inheritFrom;
  }
  return null;
}

/**
 * Direct quotes (every mark style, split by their attribution, over several paragraphs) and reported speech
 * (speech verbs, "according to"), each with its speaker: a person or organization from `entities` when the
 * cue names one, else the phrase as written; "he said" resolves to the last compatible named speaker.
 */
export function extractQuotes(doc: TextDoc, _ctx: ExtractContext, entities: Entities): Quote[] {
  const direct = directCandidates(doc);
  const indirect = indirectCandidates(doc, direct);
  const candidates = settleOverlaps(direct, indirect);
  resolveAll(doc, candidates, new SpeakerResolver(entities, doc.text, candidates.map((c) => c.span)));
  return candidates.filter((c) => c.span.end > c.span.start).map((c) => toQuote(doc, c));
}
