import type { Person, Span } from '../../record';
import { sharedChars } from './match';

/**
 * FORMAT.md point 5, the officials subset: gold Sources shaped `Name, title/role [at/of Organisation],`
 * ("Richard Revesz, director of the Institute for Policy Integrity at New York University's law school,").
 *
 * The shape test is the scorer's own (it must not borrow the extractor's title lexicon, or the subset would
 * favour what we already find):
 *  - one Source fragment; the part before its first comma is a personal name: 1–5 capitalized words (initials,
 *    honorifics and office words such as "Rep." included), no lower-case word, optionally a bracketed party tag
 *    ("Rep. G.K. Butterfield (D-N.C.)");
 *  - the part after the comma (the appositive) is a role noun phrase: it does not open a relative clause, an age
 *    or a place of residence ("who …", "59,", "of Ashton, Md."), and one of its words before any relative
 *    pronoun is a role noun of ROLE_NOUNS ("director", "economist", "spokesman", "aides").
 * The appositive holds an organisation when it has `at|of|for|with|on [the] <Capitalized>` (FORMAT.md's
 * `[at/of Organisation]`); only those count for organisation accuracy.
 */

export interface Official {
  /** the Source text before the comma, party tag dropped */
  name: string;
  surname: string;
  /** the appositive part of the gold Source span: after the first comma, trailing comma and spaces trimmed */
  appositive: Span;
  hasOrganization: boolean;
}

// Role nouns of news appositives (singular; a final "s" is dropped before the look-up). Family words ("daughter"),
// party membership ("a Democrat", "her Republican opponent") and bare descriptions ("others") are not roles; a
// possessive ("the nominee's eldest daughter") is not the head either.
const ROLE_NOUNS = new Set([
  'director', 'president', 'secretary', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'ceo', 'head',
  'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'economist',
  'analyst', 'expert', 'professor', 'fellow', 'scholar', 'lawyer', 'attorney', 'counsel', 'strategist',
  'consultant', 'official', 'minister', 'ambassador', 'governor', 'senator', 'member', 'editor', 'writer',
  'reporter', 'host', 'correspondent', 'leader', 'manager', 'officer', 'commissioner', 'general', 'scientist',
  'physicist', 'historian', 'researcher', 'developer', 'owner', 'partner', 'associate', 'surrogate',
  'representative', 'doctor', 'lawmaker', 'veteran', 'advocate', 'co-director', 'co-editor', 'staffer',
  'chairperson', 'coordinator', 'organizer', 'pollster', 'deputy', 'nominee', 'candidate',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:\p{Lu}\.)+|II|III|Jr\.?)$/u;
const PARTY_TAG = /\s*\([^()]{1,20}\)\s*$/;
const NOT_APPOSITIVE = /^(?:who|whom|whose|which|that|where|\d|of\b|from\b|in\b|R-|D-|I-|including\b|like\b|especially\b|and\b|or\b|others\b)/i;
const RELATIVE = /\b(?:who|whom|whose|which|that)\b/i;
const ORGANIZATION = /\b(?:at|of|for|with|on)\s+(?:the\s+)?\p{Lu}/u;

/** The official in one gold Source, or null when the Source does not have the shape. */
export function officialOf(text: string, source: Span[] | null): Official | null {
  if (!source || source.length !== 1) return null;
  const { start, end } = source[0];
  const s = text.slice(start, end);
  const comma = s.indexOf(',');
  if (comma <= 0) return null;
  const name = s.slice(0, comma).replace(PARTY_TAG, '').trim();
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 5 || !words.every((w) => NAME_WORD.test(w))) return null;
  if (/^(?:The|A|An|Another|Its|His|Her|Their|Our)$/.test(words[0])) return null;
  const named = words.length > 1 && /^(?:II|III|IV|Jr\.?|Sr\.?)$/.test(words[words.length - 1]) ? words.slice(0, -1) : words;
  const surname = named[named.length - 1].replace(/['’]s$|[^\p{L}'’-]/gu, '');
  if (!surname || !/\p{Ll}/u.test(surname)) return null; // an acronym or an initial names no person
  let from = comma + 1;
  while (from < s.length && /\s/.test(s[from])) from++;
  let to = s.length;
  while (to > from && /[\s,]/.test(s[to - 1])) to--;
  const appositive = s.slice(from, to);
  if (!appositive || NOT_APPOSITIVE.test(appositive)) return null;
  const beforeRelative = appositive.split(RELATIVE)[0];
  const nouns = beforeRelative.toLowerCase().split(/[\s,()]+/).filter((w) => !/['’]s?$/.test(w)).map((w) => w.replace(/[^a-z-]/g, ''));
  if (!nouns.some((w) => ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))))) return null;
  return { name, surname, appositive: { start: start + from, end: start + to }, hasOrganization: ORGANIZATION.test(appositive) };
}

/**
 * Where a string of our record stands in the text. The record gives a person's title and organization as
 * strings, without spans (RECORD.md: `title: string | null`, `organization: string | null`); both are copied
 * from the article's words (an organization may be another written form of the same body, and "PM" is written
 * out as "Prime Minister"). So their predicted spans are the places where that string is written: every
 * occurrence, exact case first, else any case. A title counts as right for an official when one of its
 * occurrences overlaps the gold appositive, i.e. the words we give as the title are words of that appositive.
 */
export function occurrences(text: string, s: string | null): Span[] {
  if (!s || !s.trim()) return [];
  const find = (hay: string, needle: string) => {
    const out: Span[] = [];
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
    return out;
  };
  const exact = find(text, s);
  return exact.length ? exact : find(text.toLowerCase(), s.toLowerCase());
}

export interface OfficialVerdict {
  name: boolean;
  title: boolean;
  /** null when the gold appositive names no organisation */
  organization: boolean | null;
}

/**
 * One official against what we say about the quote's speaker: the name is right when our resolved speaker holds
 * the gold surname (FORMAT.md 5); title and organization are those of the person our speaker names (the record's
 * person whose name is the speaker), right when an occurrence of the string overlaps the appositive.
 */
export function judgeOfficial(text: string, official: Official, speaker: string | null, people: Person[]): OfficialVerdict {
  const fold = (x: string) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const name = !!speaker && fold(speaker).includes(fold(official.surname));
  const person = speaker ? people.find((p) => p.name === speaker) : undefined;
  const inAppositive = (s: string | null | undefined) => occurrences(text, s ?? null).some((o) => sharedChars([o], [official.appositive]) > 0);
  return {
    name,
    title: inAppositive(person?.title),
    organization: official.hasOrganization ? inAppositive(person?.organization) : null,
  };
}

/**
 * The same judgement without the quote: the record's person with a mention inside the gold name part. This tells
 * entity extraction apart from quote matching and speaker resolution.
 */
export function judgeOfficialEntity(text: string, official: Official, source: Span, people: Person[]): OfficialVerdict {
  const namePart = { start: source.start, end: official.appositive.start };
  const person = people.find((p) => p.mentions.some((m) => sharedChars([m], [namePart]) > 0));
  return judgeOfficial(text, official, person?.name ?? null, people);
}
