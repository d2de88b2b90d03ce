import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateMention, Figure, Organization, Person, Place, Quote } from '../record';
import { extractFacts, type Facts } from '../extractors/facts';
import { makeContext } from '../extractors/context';
import type { EvalScore } from './types';
import { foldedWords, lcsLength, wordOverlapF1 } from './tokens';
import { repoRoot, scriptArgs } from './paths';
import { Counts, Share } from './tallies';

/**
 * Scores the NLP extractors on ../shared/eval/news-gold by the rules at the end of its GUIDELINES.md.
 * Every count is pooled over all articles (micro-averaged). The same scorer runs on `own-gold`: articles the
 * project wrote and annotated itself by the same guidelines (fixtures/news-gold), pages no rule was fitted to.
 */

interface GoldFigure { text: string; kind: Figure['kind']; value: number; unit: string | null; qualifier?: string }
interface GoldDate { text: string; value: string }
interface GoldPerson { name: string; title: string | null; organization: string | null }
interface GoldOrganization { name: string; aliases?: string[] }
interface GoldQuote { text: string; speaker: string | null; kind: Quote['kind'] }

export interface GoldArticle {
  id: string;
  source: string;
  publishedAt: string | null;
  text: string;
  figures: GoldFigure[];
  dates: GoldDate[];
  people: GoldPerson[];
  organizations: GoldOrganization[];
  places: string[];
  quotes: GoldQuote[];
}

/** The shared set's development split, under the evaluation folder. */
export const newsGoldDir = (evalDir: string) => join(evalDir, 'news-gold', 'dev');

/** The project's own annotated articles, in the repository. */
export const ownGoldDir = () => join(repoRoot(), 'fixtures', 'news-gold');

/** Every `<id>.json` gold article in `dir`, by file name. */
export function loadGoldArticles(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldArticle);
}

/** One category's pooled tally and what went wrong, for the details. */
class Tally extends Counts {
  readonly misses: string[] = [];
}

class MissedShare extends Share {
  readonly misses: string[] = [];
}

/** Greedy one-to-one matching in reading order; returns index pairs [gold, predicted]. */
function matchGreedy<G, P>(gold: G[], predicted: P[], matches: (g: G, p: P) => boolean): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    const pi = predicted.findIndex((p, i) => !used.has(i) && matches(g, p));
    if (pi >= 0) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return pairs;
}

function unmatched<T>(items: T[], matchedIndexes: Iterable<number>): T[] {
  const set = new Set(matchedIndexes);
  return items.filter((_, i) => !set.has(i));
}

// ---- matching rules from GUIDELINES.md ----

export function figureMatches(g: GoldFigure, p: Figure): boolean {
  if (g.kind !== p.kind) return false;
  if (g.kind === 'money' && (g.unit ?? null) !== (p.unit ?? null)) return false;
  if (g.value === 0) return p.value === 0;
  return Math.abs(p.value - g.value) <= 0.005 * Math.abs(g.value);
}

/** Last words equal, and the words of one all among the words of the other (case and accents ignored). */
export function personNamesMatch(a: string, b: string): boolean {
  const wa = foldedWords(a);
  const wb = foldedWords(b);
  if (wa.length === 0 || wb.length === 0 || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return shorter.every((w) => longer.includes(w));
}

export function normalizeName(name: string): string {
  const words = foldedWords(name);
  if (words[0] === 'the') words.shift();
  return words.join(' ');
}

function orgNames(org: { name: string; aliases?: string[] }): string[] {
  return [org.name, ...(org.aliases ?? [])].map(normalizeName).filter(Boolean);
}

function orgMatches(g: GoldOrganization, p: Organization): boolean {
  const gold = new Set(orgNames(g));
  return orgNames(p).some((n) => gold.has(n));
}

/** Share of the gold quote's words present, in order, in the predicted quote. */
export function quoteOverlap(gold: string, predicted: string): number {
  const g = foldedWords(gold);
  return g.length === 0 ? 0 : lcsLength(g, foldedWords(predicted)) / g.length;
}

function speakerMatches(gold: string | null, predicted: string | null, article: GoldArticle): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  if (personNamesMatch(gold, predicted) && article.people.some((p) => personNamesMatch(p.name, gold))) return true;
  const org = article.organizations.find((o) => orgNames(o).includes(normalizeName(gold)));
  if (org && orgNames(org).includes(normalizeName(predicted))) return true;
  return normalizeName(gold) === normalizeName(predicted);
}

// ---- scoring ----

export interface NewsGoldTallies {
  figures: Tally;
  dates: Tally;
  people: Tally;
  titles: MissedShare;
  personOrganizations: MissedShare;
  organizations: Tally;
  places: Tally;
  quotesLenient: Tally;
  quotesStrict: Tally;
  quotesDirect: Tally;
  quotesIndirect: Tally;
  speakers: MissedShare;
}

export function newTallies(): NewsGoldTallies {
  return {
    figures: new Tally(), dates: new Tally(), people: new Tally(), titles: new MissedShare(), personOrganizations: new MissedShare(),
    organizations: new Tally(), places: new Tally(), quotesLenient: new Tally(), quotesStrict: new Tally(),
    quotesDirect: new Tally(), quotesIndirect: new Tally(), speakers: new MissedShare(),
  };
}

const show = (s: string | null | undefined) => JSON.stringify(s ?? null);

function scoreFigures(a: GoldArticle, predicted: Figure[], t: Tally): void {
  const pairs = matchGreedy(a.figures, predicted, figureMatches);
  t.add(pairs.length, predicted.length, a.figures.length);
  for (const g of unmatched(a.figures, pairs.map(([gi]) => gi))) t.misses.push(`${a.id}: missed ${show(g.text)} ${g.kind} ${g.value} ${g.unit}`);
  for (const p of unmatched(predicted, pairs.map(([, pi]) => pi))) t.misses.push(`${a.id}: extra ${show(p.text)} ${p.kind} ${p.value} ${p.unit} (${p.rule})`);
}

function scoreDates(a: GoldArticle, predicted: DateMention[], t: Tally): void {
  const pairs = matchGreedy(a.dates, predicted, (g, p) => g.value === p.value);
  t.add(pairs.length, predicted.length, a.dates.length);
  for (const g of unmatched(a.dates, pairs.map(([gi]) => gi))) t.misses.push(`${a.id}: missed ${show(g.text)} ${g.value}`);
  for (const p of unmatched(predicted, pairs.map(([, pi]) => pi))) t.misses.push(`${a.id}: extra ${show(p.text)} ${p.value} (${p.rule})`);
}

function scorePeople(a: GoldArticle, predicted: Person[], t: NewsGoldTallies): void {
  const pairs = matchGreedy(a.people, predicted, (g, p) => personNamesMatch(g.name, p.name));
  t.people.add(pairs.length, predicted.length, a.people.length);
  for (const g of unmatched(a.people, pairs.map(([gi]) => gi))) t.people.misses.push(`${a.id}: missed ${show(g.name)}`);
  for (const p of unmatched(predicted, pairs.map(([, pi]) => pi))) t.people.misses.push(`${a.id}: extra ${show(p.name)}`);
  for (const [gi, pi] of pairs) {
    const g = a.people[gi];
    const p = predicted[pi];
    for (const [field, share] of [['title', t.titles], ['organization', t.personOrganizations]] as const) {
      if (!g[field]) continue;
      share.total++;
      if (p[field] && wordOverlapF1(p[field] as string, g[field] as string) >= 0.5) share.right++;
      else share.misses.push(`${a.id}: ${g.name}: ${field} ${show(p[field])}, gold ${show(g[field])}`);
    }
  }
}

function scoreOrganizations(a: GoldArticle, predicted: Organization[], t: Tally): void {
  const pairs = matchGreedy(a.organizations, predicted, orgMatches);
  t.add(pairs.length, predicted.length, a.organizations.length);
  for (const g of unmatched(a.organizations, pairs.map(([gi]) => gi))) t.misses.push(`${a.id}: missed ${show(g.name)}`);
  for (const p of unmatched(predicted, pairs.map(([, pi]) => pi))) t.misses.push(`${a.id}: extra ${show(p.name)}`);
}

function scorePlaces(a: GoldArticle, predicted: Place[], t: Tally): void {
  const pairs = matchGreedy(a.places, predicted, (g, p) => normalizeName(g) === normalizeName(p.name));
  t.add(pairs.length, predicted.length, a.places.length);
  for (const g of unmatched(a.places, pairs.map(([gi]) => gi))) t.misses.push(`${a.id}: missed ${show(g)}`);
  for (const p of unmatched(predicted, pairs.map(([, pi]) => pi))) t.misses.push(`${a.id}: extra ${show(p.name)}`);
}

/** Each gold quote takes the unmatched prediction that covers most of its words, at least `threshold`. */
// (Unlike matchByOverlap, a later prediction wins a tie: the pinned news-gold speaker scores were measured so.)
function matchQuotes(gold: GoldQuote[], predicted: Quote[], threshold: number): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOverlap = threshold;
    predicted.forEach((p, pi) => {
      if (used.has(pi)) return;
      const overlap = quoteOverlap(g.text, p.text);
      if (overlap >= bestOverlap) {
        best = pi;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}

function scoreQuotes(a: GoldArticle, predicted: Quote[], t: NewsGoldTallies): void {
  const lenient = matchQuotes(a.quotes, predicted, 0.3);
  t.quotesLenient.add(lenient.length, predicted.length, a.quotes.length);
  t.quotesStrict.add(matchQuotes(a.quotes, predicted, 0.8).length, predicted.length, a.quotes.length);
  for (const kind of ['direct', 'indirect'] as const) {
    const g = a.quotes.filter((q) => q.kind === kind);
    const p = predicted.filter((q) => q.kind === kind);
    (kind === 'direct' ? t.quotesDirect : t.quotesIndirect).add(matchQuotes(g, p, 0.3).length, p.length, g.length);
  }
  const clip = (s: string) => show(s.length > 70 ? `${s.slice(0, 70)}…` : s);
  for (const g of unmatched(a.quotes, lenient.map(([gi]) => gi))) t.quotesLenient.misses.push(`${a.id}: missed ${g.kind} ${clip(g.text)} (${g.speaker})`);
  for (const p of unmatched(predicted, lenient.map(([, pi]) => pi))) t.quotesLenient.misses.push(`${a.id}: extra ${p.kind} ${clip(p.text)} (${p.speaker}; ${p.rule})`);
  for (const [gi, pi] of lenient) {
    t.speakers.total++;
    if (speakerMatches(a.quotes[gi].speaker, predicted[pi].speaker, a)) t.speakers.right++;
    else t.speakers.misses.push(`${a.id}: ${clip(a.quotes[gi].text)}: speaker ${show(predicted[pi].speaker)}, gold ${show(a.quotes[gi].speaker)}`);
  }
}

export function extractForGold(article: GoldArticle): Facts {
  const ctx = makeContext({ publishedAt: article.publishedAt, siteName: article.source.split(';')[0].trim() });
  return extractFacts(article.text, ctx).facts;
}

export function scoreArticle(article: GoldArticle, facts: Facts, t: NewsGoldTallies): void {
  scoreFigures(article, facts.figures, t.figures);
  scoreDates(article, facts.dates, t.dates);
  scorePeople(article, facts.people, t);
  scoreOrganizations(article, facts.organizations, t.organizations);
  scorePlaces(article, facts.places, t.places);
  scoreQuotes(article, facts.quotes, t);
}

export function talliesToScores(t: NewsGoldTallies, set = 'news-gold'): EvalScore[] {
  const score = (metric: string, value: number, misses: string[], published?: string): EvalScore => ({
    set, metric, value, published, details: misses,
  });
  return [
    score('figures F1', t.figures.f1, t.figures.misses),
    score('dates F1', t.dates.f1, t.dates.misses),
    score('people F1', t.people.f1, t.people.misses),
    score('titles right', t.titles.value, t.titles.misses),
    score('person organizations right', t.personOrganizations.value, t.personOrganizations.misses),
    score('organizations F1', t.organizations.f1, t.organizations.misses),
    score('places F1', t.places.f1, t.places.misses),
    score('quotes F1 (lenient)', t.quotesLenient.f1, t.quotesLenient.misses, 'Gender Gap Tracker 0.837'),
    score('quotes F1 (strict)', t.quotesStrict.f1, []),
    score('direct quotes F1', t.quotesDirect.f1, []),
    score('indirect quotes F1', t.quotesIndirect.f1, []),
    score('speaker accuracy', t.speakers.value, t.speakers.misses, 'Gender Gap Tracker 0.865'),
  ];
}

/** Scores every gold article in `dir` as the set `set`. */
export function scoreGoldDir(set: string, dir: string): EvalScore[] {
  const tallies = newTallies();
  for (const article of loadGoldArticles(dir)) scoreArticle(article, extractForGold(article), tallies);
  return talliesToScores(tallies, set);
}

export async function evaluateNewsGold(evalDir: string): Promise<EvalScore[]> {
  return scoreGoldDir('news-gold', newsGoldDir(evalDir));
}

/** `own-gold` does not read the shared folder: its articles are the project's own fixtures. */
export async function evaluateOwnGold(): Promise<EvalScore[]> {
  return scoreGoldDir('own-gold', ownGoldDir());
}

// `npx tsx src/eval/news-gold.ts [--own] [--misses figures|dates|people|titles|organizations|places|quotes|speakers] [--article ID]`
// (--own scores fixtures/news-gold instead of the shared dev split)
if (require.main === module) {
  const { args, flag, evalDir } = scriptArgs();
  const only = flag('--article');
  const misses = flag('--misses');
  const tallies = newTallies();
  for (const article of loadGoldArticles(args.includes('--own') ? ownGoldDir() : newsGoldDir(evalDir))) {
    if (!only || article.id === only) scoreArticle(article, extractForGold(article), tallies);
  }
  for (const s of talliesToScores(tallies)) {
    console.log(`${s.metric.padEnd(28)} ${s.value.toFixed(3)}`);
    if (misses && s.metric.toLowerCase().startsWith(misses.toLowerCase())) for (const d of s.details ?? []) console.log(`    ${d}`);
  }
}
