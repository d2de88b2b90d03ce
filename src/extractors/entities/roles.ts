import type { OrgMention } from '../organizations';
import { HONORIFICS } from '../lexicons/honorifics';
import { PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS, WEAK_TITLE_HEADS } from '../lexicons/titles';
import { SPEECH_CUES } from '../lexicons/speech-cues';
import { PLACES } from '../lexicons/places';
import { fold, type Token } from './tokens';

const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flat().map(fold));

/** What the words around a name say about the person: a title, an organization, an honorific. */
export interface Role {
  title: string | null;
  organization: string | null;
  honorific: boolean;
  /** the title's last word is its head and stands right before the name ("Finance Minister Muhammad Aurangzeb") */
  adjacentHead?: boolean;
  /** the organization was found only here (an appositive's "at K-Electric", a bracketed "(USP, EMEA)") */
  discovered?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'to', 'at', 'on', 'the', 'and', 'in']);
// "Minister for Power Division", "Ambassador to the United Nations": an organization after these is in the title.
const TITLE_PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'on', 'the']);
// Title abbreviations written out, as annotators and readers expect ("PM Shehbaz" is the Prime Minister).
const TITLE_EXPANSIONS = new Map([['PM', 'Prime Minister'], ['CM', 'Chief Minister'], ['DPM', 'Deputy Prime Minister']]);
// "Marikkar, who represents the main opposition Samagi Jana Balawegaya (SJB)": a relative clause naming the body.
const AFFILIATION = /^,\s+who\s+(?:represents|leads|heads|chairs|runs|works for|belongs to|is with)\b/;
// Between title words: a space, a list comma ("Services, Regulations, and Coordination") or an acronym's bracket.
const TITLE_GAP = /^(?:\s|,\s|\)\s|\s\()$/;
const ALL_CAPS = /^[\p{Lu}@&]{2,}[\p{Lu}\-&]*$/u;
// The appositive ends at a clause mark, a quotation mark or a relative clause ("a former British diplomat. Even").
const APPOSITIVE = /^,\s+((?:the |a |an )?[^,;:.!?"“”\n]{2,160}?)(?=,|;|:|\.(?:\s|$)|"|“|”|\n|$| who | which | said| says| told| added| stated| noted)/;
const PORTFOLIO_LIST = /^,\s+((?:and\s+)?\p{Lu}[\p{L}&]*(?:\s+(?:and|&|\p{Lu}[\p{L}&]*))*)(?=,|\.|;|$)/u;
// "Member IT at MoITT", "Director Operations at K-Electric", "an analyst at Capital Economics": capitalized words
// after "at/of/with" closing the appositive name the organization even when no rule knew it.
const TAIL_ORGANIZATION = /\s+(?:at|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}@&'’-]*)(?:\s+(?:\p{Lu}[\p{L}@&'’-]*|&|and))*)\s*$/u;
const OF_ORGANIZATION = /^\s+(?:of|from)\s+(?:the\s+)?/;
// "The meeting, chaired by Minister X, was attended by Secretary Y": a verb after the comma starts the sentence's
// predicate, not an appositive about X
const PREDICATE_START = /^(?:was|were|is|are|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|also)\b/i;
const PARENTHETICAL = /^\s\(([^()]{2,60})\)/;
const LED_BY = /(?:led|headed|chaired|run) by\s*$/;

const isTitleWord = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || PORTFOLIO_WORDS.has(w);

/** A phrase is a title when it has a title head: a strong one, or a weak one with another title word. */
// Weak heads that still make a title when they stand right before a name ("Justice Qazi Faez Isa", "General X").
const ADJACENT_WEAK_TITLES = new Set(['justice', 'general', 'major', 'king', 'speaker', 'mufti', 'leader']);

export function hasTitleHead(phrase: string): boolean {
  const words = phrase.split(/[\s,()]+/).map(fold).filter(Boolean);
  if (words.length === 1 && ADJACENT_WEAK_TITLES.has(words[0]) && /^\p{Lu}/u.test(phrase)) return true;
  const heads = words.filter((w) => TITLE_HEADS.has(w));
  return heads.some((w) => !WEAK_TITLE_HEADS.has(w)) || (heads.length > 0 && words.filter((w) => isTitleWord(w) && !CONNECTORS.has(w)).length >= 2);
}

function mentionAt(mentions: OrgMention[], t: Token): OrgMention | undefined {
  return mentions.find((m) => m.span.start <= t.start && t.end <= m.span.end);
}

/** The full name written before a bracketed acronym ("Drug Regulatory Authority of Pakistan (DRAP)"). */
function fullForm(text: string, mentions: OrgMention[], m: OrgMention): OrgMention {
  if (text.slice(m.span.start - 2, m.span.start) !== ' (') return m;
  return mentions.find((o) => o.span.end === m.span.start - 2) ?? m;
}

/** "PPMA Chairman": the fullest form of that organization written anywhere in the article. */
function fullestWritten(mentions: OrgMention[], m: OrgMention): string {
  return mentions.filter((o) => o.org === m.org).map((o) => o.text).sort((a, b) => b.length - a.length)[0] ?? m.text;
}

/** Title words (with a head) standing straight before token `at`, joined by single spaces: "Secretary", "Chairman". */
function titleRightBefore(tokens: Token[], at: number): Token[] {
  const out: Token[] = [];
  for (let k = at - 1; k >= 0 && /^\s$/.test(tokens[k + 1].gap) && tokens[k].capitalized && isTitleWord(fold(tokens[k].text)) && !CONNECTORS.has(tokens[k].text); k--) out.unshift(tokens[k]);
  return out.some((t) => TITLE_HEADS.has(fold(t.text))) ? out : [];
}

function trimConnectors(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length - 1;
  while (a <= b && (CONNECTORS.has(tokens[a].text) || !/\p{L}/u.test(tokens[a].text))) a++;
  while (b >= a && CONNECTORS.has(tokens[b].text)) b--;
  return tokens.slice(a, b + 1);
}

/**
 * Words before a name: honorifics ("Dr.", "Prof. Dr."), then a title read leftwards ("Federal Minister for Finance
 * and Revenue", "State Bank Governor", "FBR Chairman", "Minister for Power Division"). An organization at the left
 * edge is the person's organization; one after "of/for/to/on" belongs to the title as well.
 */
export function describeBefore(text: string, tokens: Token[], first: number, mentions: OrgMention[]): Role | null {
  let i = first - 1;
  let honorific = false;
  while (i >= 0 && HONORIFICS.has(fold(tokens[i].text)) && /^\s$/.test(tokens[i + 1].gap)) {
    honorific = true;
    i--;
  }
  const ledBy = LED_BY.test(text.slice(Math.max(0, tokens[first].start - 12), tokens[first].start));
  if (ledBy) {
    const before = text.slice(0, tokens[first].start).replace(/,?\s*(?:led|headed|chaired|run) by\s*$/, '');
    const m = mentions.find((o) => o.span.end === before.length || o.span.end === before.length - 1);
    if (m) return { title: null, organization: fullForm(text, mentions, m).text, honorific };
  }
  // "the Prime Minister's Solar Tubewell Scheme": the title holder owns what follows; it does not name it
  if (i >= 0 && tokens[i].possessive && !honorific) return null;
  const titleTokens: Token[] = [];
  let organization: string | null = null;
  // A title ends in a head or a portfolio word, never in "and" or "of": "(BASIS) and Mohammad Wahidul Islam".
  if (i >= 0 && CONNECTORS.has(tokens[i].text)) i = -1;
  while (i >= 0 && TITLE_GAP.test(tokens[i + 1].gap)) {
    const t = tokens[i];
    const m = mentionAt(mentions, t);
    // "outside the Punjab Assembly, Opposition Leader X": when a title already stands before the name, an
    // organization closing the clause before the comma is no part of it ("Secretary to the Ministry of ...,
    // B.L.A.J. Dharmakeerthi" has no title after its comma; a list comma inside a name is inside the mention)
    if (m && titleTokens.length > 0 && m.span.end === t.end && /^,\s$/.test(tokens[i + 1].gap)) break;
    if (m) {
      const full = fullForm(text, mentions, m);
      organization = fullestWritten(mentions, full);
      const firstOfMention = tokens.findIndex((x) => x.start >= full.span.start);
      const before = tokens[firstOfMention - 1];
      if (before && TITLE_PREPOSITIONS.has(before.text) && /^\s$/.test(tokens[firstOfMention].gap)) {
        for (let k = i; k >= firstOfMention; k--) titleTokens.unshift(tokens[k]);
        i = firstOfMention - 1;
        continue;
      }
      // "Secretary Ministry of Finance Imdadullah Bosal": a title straight before the organization is the person's
      if (titleTokens.length === 0) titleTokens.push(...titleRightBefore(tokens, firstOfMention));
      break;
    }
    const w = fold(t.text);
    const placeLike = t.capitalized && (/^(?:\p{Lu}\.)+$/u.test(t.text) || PLACE_WORDS.has(w)); // "U.S. Ambassador"
    if (isTitleWord(w) || placeLike || (t.capitalized && ALL_CAPS.test(t.text) && titleTokens.length > 0)) {
      titleTokens.unshift(t);
      if (ALL_CAPS.test(t.text) && !isTitleWord(w) && !PLACE_WORDS.has(w)) {
        organization ??= t.text; // "EYE programme director": the acronym before a title is the organization
        titleTokens.shift();
        break;
      }
      i--;
      continue;
    }
    break;
  }
  let kept = trimConnectors(titleTokens);
  // "Secretary to the Ministry of Agriculture and Plantation Industries": a long organization name closing the
  // title is the person's organization, not part of the title (short ones stay: "Minister for Power Division").
  if (organization && kept.length) {
    const closing = mentions.find((o) => o.span.end === kept[kept.length - 1].end);
    const orgStart = closing ? kept.findIndex((t) => t.start === closing.span.start) : -1;
    if (orgStart > 0 && kept.length - orgStart >= 3) kept = trimConnectors(kept.slice(0, orgStart));
  }
  let titleEnd = kept.length ? kept[kept.length - 1].end : 0;
  // "Maj Gen (retd) Hafeez Ur Rehman": keep the bracket the title opened
  if (kept.length && text[titleEnd] === ')' && text.slice(kept[0].start, titleEnd).split('(').length > text.slice(kept[0].start, titleEnd).split(')').length) titleEnd++;
  const title = kept.length ? text.slice(kept[0].start, titleEnd) : null;
  // "Awami League leader Obaidul Quader", "PTI leader X": a weak head between an organization and the name is a title
  const orgLed = Boolean(organization) && kept.length === 1 && WEAK_TITLE_HEADS.has(fold(kept[0].text));
  const cleaned = title && (hasTitleHead(title) || orgLed) ? title.replace(/[\s,(]+$/, '') : null;
  const titled = cleaned ? TITLE_EXPANSIONS.get(cleaned) ?? cleaned : null;
  if (!titled && !honorific) return null;
  const nearest = titleTokens[titleTokens.length - 1];
  const adjacentHead = Boolean(titled) && nearest !== undefined && (TITLE_HEADS.has(fold(nearest.text)) || ALL_CAPS.test(nearest.text));
  return { title: titled, organization: titled ? organization : null, honorific, adjacentHead };
}

/**
 * Words after a name: an appositive ("Asfand Yar Khan, Director General (IT) at the Ministry of ...", "Mark
 * Taylor Pierce, country director of Save the Children", "Dr. Waseem Saleem, WHO representative") or a
 * bracketed affiliation ("Dr. Zakieh Al-Kurdi (USP, EMEA)").
 */
export function describeAfter(text: string, tokens: Token[], last: number, mentions: OrgMention[]): Role | null {
  const end = tokens[last].end + (tokens[last].possessive ? 2 : 0);
  const rest = text.slice(end, end + 240);
  const paren = PARENTHETICAL.exec(rest);
  if (paren) {
    const item = paren[1].split(',')[0].trim();
    const m = mentions.find((o) => o.span.start === end + 2);
    if (m) return { title: null, organization: m.text, honorific: false };
    if (ALL_CAPS.test(item) && !/\s/.test(item) && !PLACE_WORDS.has(fold(item))) return { title: null, organization: item, honorific: false, discovered: true };
    return null;
  }
  // "Debapriya Bhattacharya of the Centre for Policy Dialogue", "Sherry Rehman of the Pakistan Peoples Party"
  const of = OF_ORGANIZATION.exec(rest);
  if (of) {
    const m = mentions.find((o) => o.span.start === end + of[0].length);
    if (m) return { title: null, organization: m.text, honorific: false };
  }
  const affiliation = AFFILIATION.exec(rest);
  if (affiliation) {
    const from = end + affiliation[0].length;
    const m = mentions.find((o) => o.span.start >= from && o.span.start < from + 80 && !/[.;]/.test(text.slice(from, o.span.start)));
    return m ? { title: null, organization: fullForm(text, mentions, m).text, honorific: false } : null;
  }
  const app = APPOSITIVE.exec(rest);
  if (!app || PREDICATE_START.test(app[1])) return null;
  let phrase = app[1];
  // "the Federal Minister for Planning, Development and Special Initiatives,": a portfolio list runs on past commas
  for (let more = PORTFOLIO_LIST.exec(rest.slice(app[0].length)); more && /\b(?:for|of)\b/i.test(phrase); more = PORTFOLIO_LIST.exec(rest.slice(app[0].length + phrase.length - app[1].length))) {
    if (!more[1].split(/\s+/).every((w) => PORTFOLIO_WORDS.has(fold(w)) || /^[A-Z]/.test(w) && !SPEECH_CUES.has(fold(w)))) break;
    phrase += more[0];
  }
  const firstWord = fold(phrase.split(/\s+/)[0]);
  if (SPEECH_CUES.has(firstWord) || !hasTitleHead(phrase.split(/\s+/).slice(0, 8).join(' '))) return null;
  const start = end + rest.indexOf(phrase);
  const phraseEnd = start + phrase.length;
  if (namesAnotherPerson(tokens, mentions, start, phraseEnd)) return null;
  const m = mentions.find((o) => o.span.start >= start && o.span.start < phraseEnd);
  let title = phrase;
  let organization: string | null = null;
  if (m) {
    const org = fullForm(text, mentions, m);
    organization = text.slice(org.span.start, Math.min(org.span.end, Math.max(phraseEnd, org.span.end)));
    const head = text.slice(start, org.span.start).replace(/(?:\s+(?:at|of|in|with|for|to|on))?(?:\s+the)?\s*$/i, '');
    title = head.trim() ? head : text.slice(Math.min(org.span.end, phraseEnd), phraseEnd);
  }
  // "Member IT at MoITT": an acronym after "at" or "of" closing the appositive is the organization
  const tail = !m ? TAIL_ORGANIZATION.exec(title) : null;
  let discovered = false;
  if (tail && !tail[1].split(/\s+/).some((w) => TITLE_HEADS.has(fold(w)) || PORTFOLIO_WORDS.has(fold(w)))) {
    organization = tail[1];
    title = title.slice(0, tail.index);
    discovered = true;
  }
  title = title.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,(]+$/, '').trim();
  if (!title || !hasTitleHead(title)) return organization ? { title: null, organization, honorific: false, discovered } : null;
  return { title, organization, honorific: false, discovered };
}

/**
 * "Finance Minister Muhammad Aurangzeb, Power Minister Awais Leghari, ...": after a comma, a title followed by a
 * capitalized word that is no title word, organization or acronym starts the next person, not an appositive.
 */
function namesAnotherPerson(tokens: Token[], mentions: OrgMention[], start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  let afterHead = false;
  for (const t of inside) {
    const w = fold(t.text);
    if (TITLE_HEADS.has(w)) afterHead = true;
    else if (afterHead && t.capitalized && !isTitleWord(w) && !ALL_CAPS.test(t.text) && !HONORIFICS.has(w) && !mentionAt(mentions, t) && !/^[(]/.test(t.gap.trim())) return true;
    if (CONNECTORS.has(t.text) && t.text !== 'and') afterHead = false;
  }
  return false;
}
