import type { Organization, Person, Span } from '../../record';
import type { Entities } from '../entities';
import { PORTFOLIO_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicons/titles';
import { GROUP_PRONOUNS } from '../lexicons/speech-verbs';
import type { SpeakerPhrase } from './speaker-phrase';

/** A speaker as the record names it, with where it was named and what kind of speaker it is. */
export interface ResolvedSpeaker {
  speaker: string | null;
  speakerSpan: Span | null;
  /** a person (named or by title): what "he" and "she" can refer to */
  person: boolean;
  /** where the speaker was last named or referred to */
  at?: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const lastWord = (s: string) => fold(s).split(/\s+/).pop() ?? '';
// "premier" and "PM" are how news copy names a prime minister the second time.
// The lower-case word before a name and its capitalized title words.
const OBJECT_LEAD = /\b([\p{Ll}]+)\s+(?:[\p{Lu}][\p{L}.'’()&-]*\s+)*$/u;
// Words after which a name is an object, not the one speaking.
const OBJECT_MARKERS = new Set([
  'to', 'with', 'by', 'from', 'for', 'of', 'and', 'or', 'on', 'about', 'against', 'under', 'including', 'between',
  'thanked', 'met', 'praised', 'congratulated', 'appointed', 'welcomed', 'urged', 'asked', 'told', 'informed',
  'criticised', 'criticized', 'accused', 'blamed', 'lauded', 'hailed', 'invited', 'replaced', 'succeeded', 'than',
  'like', 'as', 'that', 'whom', 'at', 'in', 'into', 'via', 'unlike', 'beside', 'among', 'meeting', 'called',
]);
const TITLE_SYNONYMS: Record<string, string> = { premier: 'prime minister', pm: 'prime minister' };

// A kind of body and the words its names contain: "the company" is "Kohistan Cement Limited".
const COMPANY_WORDS = ['limited', 'ltd', 'company', 'corporation', 'plc', 'inc'];
const ORGANIZATION_KINDS: Record<string, string[]> = {
  bank: ['bank'], company: COMPANY_WORDS, firm: COMPANY_WORDS,
  association: ['association'], ministry: ['ministry'], committee: ['committee'], commission: ['commission'],
  authority: ['authority'], agency: ['agency'], bureau: ['bureau'], institute: ['institute'], council: ['council'],
  board: ['board'], department: ['department'], fund: ['fund'], corporation: ['corporation'], federation: ['federation'],
  chamber: ['chamber'], union: ['union'], division: ['division'], court: ['court'], party: ['party'],
};
// Where a clause starts: a sentence end, a colon or semicolon, a line break, a quotation mark, a comma.
const CLAUSE_BREAK = /(?:[.!?]['"”’]?\s+|[;:]\s+|\n\s*|["“”]\s*|(,)\s+)/g;
// Lower-case words that may stand before a subject name in its clause: determiners and title words ("the
// former party chairman Ed Ruiz"); any other lower-case word (a verb, a preposition) makes the name an object.
const LEAD_WORDS = new Set(['the', 'a', 'an', 'former', 'then', 'late', 'newly', 'elected', 'incoming', 'outgoing', 'presidential']);
// After a comma a name that ends the sentence ("… his rival, Ana Ruiz.") or goes on with one of these words
// ("…, Ana Ruiz of Ohio", "…, Ruiz and Lee") is in an appositive or a list, not a subject; "In Ohio, Ruiz said"
// and "Minister for Trade, Senator Ana Ruiz, said" are subjects.
const NOT_AFTER_SUBJECT = new Set(['of', 'and', 'or', 'who', 'whom', 'whose', 'which', 'that', 'in', 'at', 'to', 'for', 'from', 'with', 'on', 'by', 'as', 'the', 'a', 'an']);
type Gender = 'he' | 'she';
const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she', sir: 'he', dame: 'she', lady: 'she', lord: 'he' };

/**
 * Maps speaker phrases to the article's people and organizations, and remembers who spoke, so that "he said"
 * and a quote paragraph with no attribution go to the last compatible named speaker.
 */
export class SpeakerResolver {
  private history: ResolvedSpeaker[] = [];
  /** he or she, for speakers a pronoun has already resolved to or an honorific marks ("Mrs. Ruiz") */
  private genders = new Map<string, Gender>();

  /**
   * `text` lets a pronoun look for the person last named as a sentence subject; `quoted` are the spans of
   * quoted and reported words, whose names are talked about, not talking ("... Muhammad Nawaz Sharif had
   * committed ...", said inside Shehbaz Sharif's reported speech).
   */
  constructor(private readonly entities: Entities, private readonly text = '', private readonly quoted: Span[] = []) {}

  /** The last speaker a pronoun or an unattributed quote paragraph can refer to. */
  last(person: boolean | null, gender?: Gender): ResolvedSpeaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      if ((person === null || h.person === person) && this.agrees(h.speaker, gender)) return h;
    }
    return null;
  }

  /** A speaker fits "he" or "she" unless we know the other one for it. */
  private agrees(speaker: string | null, gender?: Gender): boolean {
    if (!gender || !speaker) return true;
    const known = this.genderOf(speaker);
    return !known || known === gender;
  }

  private genderOf(speaker: string): Gender | undefined {
    if (this.genders.has(speaker)) return this.genders.get(speaker);
    const person = this.entities.people.find((p) => p.name === speaker);
    let found: Gender | undefined;
    for (const m of person?.mentions ?? []) {
      const honorific = /\b(Mrs|Mr|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$/.exec(this.text.slice(Math.max(0, m.start - 8), m.start))
        ?? /^(Mrs|Mr|Ms|Miss)\.?\s/.exec(this.text.slice(m.start, m.end));
      if (honorific) {
        found = HONORIFIC_GENDER[honorific[1].toLowerCase()];
        break;
      }
    }
    if (found) this.genders.set(speaker, found);
    return found;
  }

  /** For a quote with no cue: the last person speaker, or the person last named as a subject before it. */
  lastNamed(at: number): ResolvedSpeaker | null {
    const spoke = this.last(true);
    const mentioned = this.lastPersonMention(at);
    if (mentioned && (!spoke || (mentioned.at ?? -1) > (spoke.at ?? -1))) return mentioned;
    return spoke;
  }

  remember(s: ResolvedSpeaker): void {
    if (s.speaker) this.history.push(s);
  }

  resolve(phrase: SpeakerPhrase | null, at: number): ResolvedSpeaker {
    if (!phrase) return { speaker: null, speakerSpan: null, person: false };
    if (phrase.kind === 'pronoun') return this.pronoun(phrase, at);
    // A noun phrase a name only modifies ("Trump campaign officials") is not that person.
    const person = (phrase.kind === 'noun' ? null : this.personAt(phrase)) ?? this.personByTitle(phrase.text, at);
    if (person) return { speaker: person.name, speakerSpan: this.nameSpan(person, phrase.span), person: true, at };
    const org = this.organizationAt(phrase) ?? this.organizationByKind(phrase, at);
    if (org) return { speaker: org.name, speakerSpan: phrase.span, person: false, at };
    // "The official further said", after the state minister's quotes: a definite title with no name of its own
    // is the person last quoted, unless its own sentence names that person as someone else ("The judge agreed
    // with Ivana Trump that").
    if (phrase.kind === 'noun' && this.definiteTitle(phrase)) {
      const prior = this.last(true);
      const person = prior?.speaker ? this.entities.people.find((p) => p.name === prior.speaker) : undefined;
      const rest = /^[^.!?\n]*/.exec(this.text.slice(phrase.span.end))![0].length;
      const inSentence = person?.mentions.some((m) => m.start >= phrase.span.end && m.start < phrase.span.end + rest);
      if (person && !inSentence) return { speaker: person.name, speakerSpan: phrase.span, person: true, at };
    }
    // "the minister", "opposition leader": one person by title, whom a later "she" can mean.
    const isPerson = phrase.kind === 'name' ? !/s$/.test(phrase.text) && phrase.text.split(/\s+/).length <= 4 : TITLE_HEADS.has(lastWord(phrase.text));
    return { speaker: phrase.text, speakerSpan: phrase.span, person: isPerson, at };
  }

  private pronoun(phrase: SpeakerPhrase, at: number): ResolvedSpeaker {
    const word = phrase.text.toLowerCase();
    const group = GROUP_PRONOUNS.has(word);
    // "he" and "she" skip a speaker known to be the other ("“I love you,” he said. … “It's over,” she said").
    const gender = word === 'he' || word === 'she' ? word : undefined;
    let prior = this.last(!group, gender);
    if (!group) {
      // "Dr. Shabana Saleem, Director General ..., urged ... She emphasized that": a person named after the last
      // speaker's cue, and before the pronoun, is who the pronoun means.
      const mentioned = this.lastPersonMention(at, gender);
      if (mentioned && (!prior || (mentioned.at ?? -1) > (prior.at ?? -1))) prior = mentioned;
    }
    // Learnt only from '“…,” he said', where the pronoun is the quote's speaker for sure; a pronoun in a reported
    // clause ("Warren said he had not been held accountable") may mean anyone.
    const afterQuote = /[,.?!—-]\s*["”’']{1,2}\s*$/.test(this.text.slice(Math.max(0, phrase.span.start - 6), phrase.span.start));
    if (gender && afterQuote && prior?.speaker && !this.genders.has(prior.speaker)) this.genders.set(prior.speaker, gender);
    return { speaker: prior?.speaker ?? null, speakerSpan: phrase.span, person: !group, at };
  }

  /** The person mentioned last before `at`, when no speaker has been named yet ("Khan visited ... He said"). */
  private lastPersonMention(at: number, gender?: Gender): ResolvedSpeaker | null {
    let best: { p: Person; s: number } | null = null;
    for (const p of this.entities.people) {
      if (!this.agrees(p.name, gender)) continue;
      for (const m of p.mentions) {
        if (m.end > at || (best && m.start <= best.s)) continue;
        if (this.quoted.some((q) => overlaps(q, m)) || !this.isSubject(m)) continue;
        best = { p, s: m.start };
      }
    }
    return best ? { speaker: best.p.name, speakerSpan: null, person: true, at: best.s } : null;
  }

  /**
   * A subject opens its clause: "He also thanked Army Chief Syed Asim Munir", "Ruiz has not mentioned Lee since",
   * "Ruiz is calling unfair a tweet attacking a former Miss Universe" name Munir, Lee and Miss Universe without
   * making them speakers; only title words and determiners may stand before a subject in its clause. A name after
   * a comma must be followed by its verb ("In Ohio, Ruiz said"), not end an appositive ("his rival, Ana Ruiz.").
   * A person introduced with a role ("… that worries Ana Ruiz, president of the union.") is who the next "she"
   * means wherever the name stands.
   */
  private isSubject(m: Span): boolean {
    const before = this.text.slice(Math.max(0, m.start - 120), m.start);
    const word = OBJECT_LEAD.exec(before)?.[1]?.toLowerCase();
    if (word && OBJECT_MARKERS.has(word)) return false;
    const after = this.text.slice(m.end, m.end + 60);
    if (this.introduced(after)) return true;
    let lead = before;
    let comma = false;
    CLAUSE_BREAK.lastIndex = 0;
    for (let b = CLAUSE_BREAK.exec(before); b; b = CLAUSE_BREAK.exec(before)) {
      lead = before.slice(b.index + b[0].length);
      comma = !!b[1];
    }
    const leadWords = lead.split(/\s+/).filter(Boolean);
    // Title words include a portfolio after a list comma ("State minister for posts, telecom and IT Ana Ruiz").
    const titleWord = (w: string) => LEAD_WORDS.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || PORTFOLIO_WORDS.has(w);
    if (leadWords.some((w) => /^\p{Ll}/u.test(w) && !titleWord(w))) return false;
    if (!comma) return true;
    if (/^\s*[.!?;:]/.test(after)) return false;
    const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(after);
    return !next || !NOT_AFTER_SUBJECT.has(next[1]);
  }

  /** The words after a name give the person's role: ", president of …", ", a lawyer for …", ", the union's chief". */
  private introduced(after: string): boolean {
    const m = /^,\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=[\s,.;]|$)/u.exec(after);
    if (!m) return false;
    const words = m[1].toLowerCase().split(/\s+/);
    if (!/^\p{Ll}/u.test(m[1]) && !TITLE_HEADS.has(words[0])) return false;
    return words.some((w) => TITLE_HEADS.has(w) && !['state', 'senior', 'general', 'major', 'partner', 'member'].includes(w));
  }

  /** "the official", "the spokesman": "the" and one singular title head word, no name. */
  private definiteTitle(phrase: SpeakerPhrase): boolean {
    const words = fold(phrase.text).split(/\s+/);
    return words.length <= 2 && TITLE_HEADS.has(words[words.length - 1]) && /\bthe\s+$/i.test(this.text.slice(Math.max(0, phrase.span.start - 4), phrase.span.start));
  }

  private personAt(phrase: SpeakerPhrase): Person | null {
    const byMention = this.entities.people.find((p) => p.mentions.some((m) => overlaps(m, phrase.span)));
    if (byMention) return byMention;
    if (phrase.kind !== 'name') return null;
    const words = fold(phrase.text).split(/\s+/);
    const last = words[words.length - 1];
    const candidates = this.entities.people.filter((p) => lastWord(p.name) === last || fold(p.name).split(/\s+/).includes(last) && words.length === 1);
    return candidates.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
  }

  /** "the minister", "the Prime Minister", "the premier": the person whose title holds that head word. */
  private personByTitle(text: string, at: number): Person | null {
    const t = fold(text).replace(/^(?:the|a|an)\s+/, '');
    const wanted = TITLE_SYNONYMS[t] ?? t;
    const head = wanted.split(/\s+/).pop() ?? '';
    if (!TITLE_HEADS.has(head)) return null;
    const fits = this.entities.people.filter((p) => {
      if (!p.title) return false;
      const title = fold(p.title);
      return title.includes(wanted) || (wanted.split(/\s+/).length === 1 && title.split(/\s+/).includes(head));
    });
    if (fits.length === 0) return null;
    // Prefer the one mentioned most recently before the cue.
    const lastMention = (p: Person) => Math.max(-1, ...p.mentions.filter((m) => m.start < at).map((m) => m.start));
    return fits.sort((a, b) => lastMention(b) - lastMention(a))[0];
  }

  private nameSpan(person: Person, near: Span): Span {
    return person.mentions.find((m) => overlaps(m, near)) ?? near;
  }

  /**
   * "the central bank said", "the company said", "the association said": a definite description of a kind of body
   * names the organization of that kind mentioned last before the cue (GUIDELINES: an organization's name when
   * an organization said it).
   */
  private organizationByKind(phrase: SpeakerPhrase, at: number): Organization | null {
    if (phrase.kind !== 'noun' || !/\bthe\s+$/i.test(this.text.slice(Math.max(0, phrase.span.start - 4), phrase.span.start))) return null;
    const head = lastWord(phrase.text);
    const kinds = ORGANIZATION_KINDS[head];
    if (!kinds) return null;
    const lastMention = (o: Organization) => Math.max(-1, ...o.mentions.filter((m) => m.end <= at).map((m) => m.start));
    const fits = this.entities.organizations.filter((o) => lastMention(o) >= 0 && kinds.some((k) => fold(o.name).split(/\s+/).includes(k)));
    return fits.sort((a, b) => lastMention(b) - lastMention(a))[0] ?? null;
  }

  private organizationAt(phrase: SpeakerPhrase): Organization | null {
    const byMention = this.entities.organizations.find((o) => o.mentions.some((m) => overlaps(m, phrase.span)));
    if (byMention) return byMention;
    const t = fold(phrase.text.replace(/^(?:the|a|an)\s+/i, ''));
    return this.entities.organizations.find((o) => fold(o.name) === t || o.aliases.some((a) => fold(a) === t)) ?? null;
  }
}
