import { Counts, Share } from '../tallies';
import type { GoldAttribution } from './ann';
import type { PolnearArticle } from './corpus';
import { exactKey, matchContents, matchExact, spansTouch } from './match';
import type { PredictedAttribution } from './predict';
import { judgeOfficial, judgeOfficialEntity, officialOf, type OfficialVerdict } from './officials';
import type { Person } from '../../record';

export const LENIENT = 0.3;
export const STRICT = 0.8;

/** Everything one run over a split counts, pooled over its articles (micro-averaged). */
export interface PolnearTallies {
  lenient: Counts;
  strict: Counts;
  exact: Counts;
  /** FORMAT.md's subsets by its mark rule, applied to the gold content and to our quoted text alike */
  direct: Counts;
  indirect: Counts;
  /** the subsets with our predictions split by our own `kind` (GUIDELINES: a clause holding a quoted phrase is indirect) */
  directByKind: Counts;
  indirectByKind: Counts;
  /** the subsets by FORMAT.md's literal mark rule (no '' marks) on both sides */
  directLiteral: Counts;
  indirectLiteral: Counts;
  /**
   * The subsets split by the gold side instead: a prediction counts for the subset of the gold it matched in the
   * overall lenient matching, an unmatched one for the subset of its own kind (shown in the details).
   */
  directByGold: Counts;
  indirectByGold: Counts;
  /** the subsets matched against all our predictions, whatever their kind: recall only */
  directAnyKind: Share;
  indirectAnyKind: Share;
  speakers: Share;
  directSpeakers: Share;
  endToEnd: Counts;
  pronouns: Share;
  /** FORMAT.md 5 (officials.ts): over the officials whose content we matched, and over all of them by entity */
  officials: OfficialTallies;
  ungrouped: Counts;
  articles: { id: string; counts: Counts }[];
  publishers: Map<string, Counts>;
  missedByCue: Map<string, number>;
  extrasByRule: Map<string, number>;
  speakerErrors: Map<string, number>;
  examples: { missed: string[]; extra: string[]; speaker: string[] };
}

export interface OfficialTallies {
  /** gold attributions with an official Source, and how many of them our quotes matched */
  gold: number;
  matched: number;
  name: Share;
  title: Share;
  organization: Share;
  /** the same judged on the record's people alone, one per distinct gold Source, matched or not */
  entityName: Share;
  entityTitle: Share;
  entityOrganization: Share;
  examples: string[];
}

const newOfficialTallies = (): OfficialTallies => ({
  gold: 0, matched: 0, name: new Share(), title: new Share(), organization: new Share(),
  entityName: new Share(), entityTitle: new Share(), entityOrganization: new Share(), examples: [],
});

function tallyVerdict(v: OfficialVerdict, name: Share, title: Share, organization: Share): void {
  name.total++;
  if (v.name) name.right++;
  title.total++;
  if (v.title) title.right++;
  if (v.organization === null) return;
  organization.total++;
  if (v.organization) organization.right++;
}

export function newPolnearTallies(): PolnearTallies {
  return {
    lenient: new Counts(), strict: new Counts(), exact: new Counts(), direct: new Counts(), indirect: new Counts(),
    directByKind: new Counts(), indirectByKind: new Counts(),
    directLiteral: new Counts(), indirectLiteral: new Counts(), directByGold: new Counts(), indirectByGold: new Counts(),
    directAnyKind: new Share(), indirectAnyKind: new Share(), speakers: new Share(), directSpeakers: new Share(),
    endToEnd: new Counts(), pronouns: new Share(), officials: newOfficialTallies(), ungrouped: new Counts(), articles: [], publishers: new Map(),
    missedByCue: new Map(), extrasByRule: new Map(), speakerErrors: new Map(), examples: { missed: [], extra: [], speaker: [] },
  };
}

/**
 * FORMAT.md's direct subset: the gold content holds a double quotation mark (", “ or ”). We count two straight
 * apostrophes as one too: the New York Times texts mark every quote so (''We will,'' he said), and by the
 * literal rule those quotes would be "indirect". `literal` gives FORMAT.md's rule, reported in the details.
 */
export function isDirectGold(text: string, g: GoldAttribution, literal = false): boolean {
  const mark = literal ? LITERAL_MARK : MARK;
  return g.content.some((s) => mark.test(text.slice(s.start, s.end)));
}

const MARK = /["“”]|''/;
const LITERAL_MARK = /["“”]/;

/**
 * The same mark rule on our side. Our direct quote's span leaves its enclosing marks out (GUIDELINES: the words
 * inside the marks), so each fragment is read with the two characters around it (NYT's '' is two); an indirect
 * quote whose clause holds a quoted phrase has the marks inside. Either way the test is FORMAT.md's: does the
 * attributed text carry a double quotation mark.
 */
export function isDirectPrediction(text: string, p: PredictedAttribution, literal = false): boolean {
  const mark = literal ? LITERAL_MARK : MARK;
  const pad = p.kind === 'direct' ? 2 : 0;
  return p.content.some((s) => mark.test(text.slice(Math.max(0, s.start - pad), s.end + pad)));
}

/**
 * GGT speaker rule: right when our speaker mention shares a character with the gold Source; a gold with no
 * Source is right only when we name no speaker at all.
 */
export function speakerRight(g: GoldAttribution, p: PredictedAttribution): boolean {
  if (!g.source) return p.speaker === null && p.speakerSpan === null;
  return spansTouch(g.source, p.speakerSpan ? [p.speakerSpan] : null);
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;
const NOT_NAME = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'but', 'and', 'in', 'as']);
const sourceText = (text: string, g: GoldAttribution) => (g.source ?? []).map((s) => text.slice(s.start, s.end)).join(' ').trim();

/**
 * The surname of a named gold Source: the last capitalized word before any appositive ("Smith, director of …").
 * A bracketed party tag is no name ("Sen. David Perdue (R-Ga.)" is Perdue), and a noun phrase whose capitalized
 * words are only modifiers names no one ("The Republican presidential nominee", "a Donald Trump tweet"): the
 * name must close the head (docs/eval/polnear-pronoun-check.md found both misleading the proxy).
 */
export function surnameOf(source: string): string | null {
  const head = source.split(',')[0].replace(/\([^()]*\)/g, ' ').trim();
  const words = head.split(/\s+/).map((w) => w.replace(/['’]s$|[^\p{L}'’-]/gu, '')).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || !/^\p{Lu}/u.test(last) || NOT_NAME.has(last.toLowerCase())) return null;
  return last;
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
const clip = (s: string, n = 80) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

/** `people` are the record's people for the article (officials' titles and organizations). */
export function scorePolnearArticle(article: PolnearArticle, predicted: PredictedAttribution[], ungrouped: PredictedAttribution[], t: PolnearTallies, people: Person[] = []): void {
  const { text, gold } = article;
  const goldContents = gold.map((g) => g.content);
  const predContents = predicted.map((p) => p.content);
  const lenient = matchContents(goldContents, predContents, LENIENT);
  t.lenient.add(lenient.length, predicted.length, gold.length);
  t.strict.add(matchContents(goldContents, predContents, STRICT).length, predicted.length, gold.length);
  t.exact.add(matchExact(text, goldContents, predContents), predicted.length, gold.length);
  t.ungrouped.add(matchContents(goldContents, ungrouped.map((p) => p.content), LENIENT).length, ungrouped.length, gold.length);
  const articleCounts = new Counts();
  articleCounts.add(lenient.length, predicted.length, gold.length);
  t.articles.push({ id: article.id, counts: articleCounts });
  if (!t.publishers.has(article.publisher)) t.publishers.set(article.publisher, new Counts());
  t.publishers.get(article.publisher)!.add(lenient.length, predicted.length, gold.length);

  // Speakers over the lenient pairs; end to end = matched and the speaker right.
  let endToEnd = 0;
  for (const [gi, pi] of lenient) {
    const g = gold[gi];
    const p = predicted[pi];
    t.speakers.total++;
    const right = speakerRight(g, p);
    if (right) {
      t.speakers.right++;
      endToEnd++;
    } else {
      const src = sourceText(text, g);
      const kind = !g.source ? 'gold has no source, we named one'
        : !p.speakerSpan ? 'we gave no speaker mention'
          : PRONOUN.test(src) ? 'gold source is a pronoun, we point elsewhere' : 'we point at another phrase';
      bump(t.speakerErrors, kind);
      if (t.examples.speaker.length < 40) {
        const ours = p.speakerSpan ? text.slice(p.speakerSpan.start, p.speakerSpan.end) : null;
        t.examples.speaker.push(`${article.id}: ${clip(exactKey(text, g.content), 50)}: ours ${JSON.stringify(ours)}, gold ${JSON.stringify(src || null)}`);
      }
    }
    // Pronoun proxy (FORMAT.md 4): a bare-pronoun gold Source should resolve to the nearest earlier named gold Source.
    const src = sourceText(text, g);
    if (PRONOUN.test(src)) {
      const start = g.source![0].start;
      const named = gold
        .filter((o) => o.source && o.source[0].start < start && surnameOf(sourceText(text, o)))
        .sort((a, b) => b.source![0].start - a.source![0].start)[0];
      const surname = named ? surnameOf(sourceText(text, named)) : null;
      if (surname) {
        t.pronouns.total++;
        if (p.speaker && p.speaker.toLowerCase().includes(surname.toLowerCase())) t.pronouns.right++;
      }
    }
  }
  t.endToEnd.add(endToEnd, predicted.length, gold.length);
  scoreOfficials(article, predicted, lenient, people, t.officials);

  // Subsets (FORMAT.md 6): direct = the attributed text holds a double mark, indirect = the rest, by the same rule
  // on the gold content and on our quoted text. A reported clause with a quoted phrase inside (`said the plan
  // would "do more harm"`) is direct on both sides although the GUIDELINES make it our indirect quote; the split
  // by our own kind is reported beside it, and the *AnyKind recalls show each gold subset against all we found.
  const matchedGoldAll = new Set(lenient.map(([gi]) => gi));
  for (const direct of [true, false]) {
    const goldIdx = gold.map((g, i) => (isDirectGold(text, g) === direct ? i : -1)).filter((i) => i >= 0);
    const literalIdx = gold.map((g, i) => (isDirectGold(text, g, true) === direct ? i : -1)).filter((i) => i >= 0);
    const subsets: [Counts, number[], PredictedAttribution[]][] = [
      [direct ? t.direct : t.indirect, goldIdx, predicted.filter((p) => isDirectPrediction(text, p) === direct)],
      [direct ? t.directByKind : t.indirectByKind, goldIdx, predicted.filter((p) => (p.kind === 'direct') === direct)],
      [direct ? t.directLiteral : t.indirectLiteral, literalIdx, predicted.filter((p) => isDirectPrediction(text, p, true) === direct)],
    ];
    for (const [counts, idx, preds] of subsets) {
      const pairs = matchContents(idx.map((i) => gold[i].content), preds.map((p) => p.content), LENIENT);
      counts.add(pairs.length, preds.length, idx.length);
      if (direct && counts === t.direct) for (const [gi, pi] of pairs) {
        t.directSpeakers.total++;
        if (speakerRight(gold[idx[gi]], preds[pi])) t.directSpeakers.right++;
      }
    }
    const anyKind = direct ? t.directAnyKind : t.indirectAnyKind;
    anyKind.total += goldIdx.length;
    anyKind.right += goldIdx.filter((i) => matchedGoldAll.has(i)).length;
  }

  // Error classes: missed gold by cue word, extra predictions by our rule.
  const matchedGold = new Set(lenient.map(([gi]) => gi));
  const matchedPred = new Set(lenient.map(([, pi]) => pi));
  for (const [direct, counts] of [[true, t.directByGold], [false, t.indirectByGold]] as const) {
    const matched = lenient.filter(([gi]) => isDirectGold(text, gold[gi]) === direct).length;
    const unmatchedOwn = predicted.filter((p, pi) => !matchedPred.has(pi) && (p.kind === 'direct') === direct).length;
    counts.add(matched, matched + unmatchedOwn, gold.filter((g) => isDirectGold(text, g) === direct).length);
  }
  gold.forEach((g, gi) => {
    if (matchedGold.has(gi)) return;
    const cue = (g.cue ?? []).map((s) => text.slice(s.start, s.end)).join(' ').toLowerCase().replace(/\s+/g, ' ').trim() || '(no cue)';
    bump(t.missedByCue, `${isDirectGold(text, g) ? 'direct' : 'indirect'} "${cue}"`);
    if (t.examples.missed.length < 60) t.examples.missed.push(`${article.id}: missed ${isDirectGold(text, g) ? 'direct' : 'indirect'} ${clip(exactKey(text, g.content))} (cue ${JSON.stringify(cue)}, source ${JSON.stringify(sourceText(text, g) || null)})`);
  });
  predicted.forEach((p, pi) => {
    if (matchedPred.has(pi)) return;
    bump(t.extrasByRule, `${p.kind} ${p.rule}`);
    if (t.examples.extra.length < 40) t.examples.extra.push(`${article.id}: extra ${p.kind} ${clip(exactKey(text, p.content))} (${p.rule})`);
  });
}

/** FORMAT.md 5 on the officials subset (officials.ts says what counts as right and why). */
function scoreOfficials(article: PolnearArticle, predicted: PredictedAttribution[], lenient: [number, number][], people: Person[], o: OfficialTallies): void {
  const { text, gold } = article;
  const matchedTo = new Map(lenient);
  const seen = new Set<number>();
  gold.forEach((g, gi) => {
    const official = officialOf(text, g.source);
    if (!official || !g.source) return;
    o.gold++;
    if (!seen.has(g.source[0].start)) {
      seen.add(g.source[0].start);
      tallyVerdict(judgeOfficialEntity(text, official, g.source[0], people), o.entityName, o.entityTitle, o.entityOrganization);
    }
    const pi = matchedTo.get(gi);
    if (pi === undefined) return;
    o.matched++;
    const p = predicted[pi];
    const v = judgeOfficial(text, official, p.speaker, people);
    tallyVerdict(v, o.name, o.title, o.organization);
    if ((!v.name || !v.title || v.organization === false) && o.examples.length < 40) {
      const person = people.find((x) => x.name === p.speaker);
      const wrong = [!v.name && 'name', !v.title && 'title', v.organization === false && 'organization'].filter(Boolean).join('+');
      o.examples.push(`${article.id}: ${wrong} wrong: gold ${clip(text.slice(g.source[0].start, g.source[0].end), 90)}; ours ${JSON.stringify(p.speaker)}, title ${JSON.stringify(person?.title ?? null)}, organization ${JSON.stringify(person?.organization ?? null)}`);
    }
  });
}

export function topCounts(m: Map<string, number>, n: number): string[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([k, v]) => `${v} × ${k}`);
}
