import { PLACES } from '../lexicons/places';

/**
 * From raw byline strings to author names: "By Jane Doe and John Roe | Reporter" -> ["Jane Doe", "John Roe"].
 * Prefixes ("By", "Von", "Par"), roles, emails, photo credits, dates and site names are dropped; a string that
 * holds no name gives nothing (null rather than junk).
 */

/** "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Autor:" ... before the names. */
const PREFIX = /^(?:(?:written|posted|reported|text|story|words|photos?)\s+)?(?:by|von|vom|par|por|door|av|af|от|autor(?:in|a)?|auteur|author|autore|texto|tekst|text)\s*[:\-]?\s+/i;
/** Italian "di", Spanish "de", Polish "od" only in lower case: "De Wever" and "Di Maio" are names. */
const PREFIX_LOWER = /^(?:di|de|od|da)\s+/;

/** A role written after the name: "Jane Doe, Reporter", "신현주 기자" (Korean "reporter"), "松岡大地記者". */
const ROLE_WORDS =
  'reporter|senior reporter|staff reporter|staff writer|correspondent|foreign correspondent|contributor|columnist|producer|photographer|editor|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|reporterin|corresponsal|correspondant(?:e)?|journaliste|rédact(?:eur|rice)|redactor(?:a)?|periodista|giornalista|inviat[oa]';
const ROLE_ONLY = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');
/**
 * A job title printed beside the name as a part of its own (dropped only when a name stands beside it): one or two words before a role word ("Political
 * Correspondent", "Assistant Sports Editor", "Editor at Large", "Leitender Wirtschaftsredakteur",
 * "Korrespondent für Politik"). German compounds end in the role ("Wirtschaftsredakteur").
 */
const ROLE_PHRASE = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,2}(?:${ROLE_WORDS}|\\p{L}+(?:redakteur|korrespondent|reporter)(?:in)?)(?:\\s+at\\s+large|\\s+für\\s+[\\p{L} ]{1,30})?$`,
  'iu',
);
/** A prefix word left alone when the name was in its own element: "Von", "By", "Kommentar von". */
const PREFIX_ALONE = /^(?:[\p{L}]+\s+)?(?:by|von|vom|par|por|door|av|af|от|di|de|da|od)$/iu;
/** East Asian role suffixes follow the name directly or after a space. */
const CJK_ROLE_SUFFIX = /\s*(?:기자|특파원|선임기자|논설위원|記者|特派員|编辑|記者)$/u;
/** Initials, a desk code or a web address in brackets after the name: "Ruth Keller (rke)", "Radio (www.radio.example)". */
const BRACKETED_SUFFIX = /\s*[([](?:[^)\]]{1,12}|[^)\]]*\bwww\.[^)\]]*)[)\]]\.?$/;

/** Things a byline field holds that are not names. */
const JUNK = [
  /^(?:e-?mail|contact|follow|read more|more from|view all|see all|show all)\b/i,
  /^(?:staff|admin|administrator|editor|editorial|redaktion|red\.?|redacción|rédaction|redazione|desk|web desk|news desk|online|guest|anonymous|unknown|null|undefined|agenturen|agencies|agences|agencias)$/i,
  // a source line, not an author: "Quelle: sid/dpa", "Source: Reuters"
  /^(?:quelle|quellen|source|sources|fuente|fonte|bron)\s*:/i,
  /\bemail the author\b/i,
  /^https?:\/\//i,
  /\bwww\./i,
  /\S@\S+\.\w/,
  // photo credits that sit in author fields: "(Image: Getty Images)", "Foto: dpa"
  /^\(|\b(?:image|photo|foto|bild|picture)s?\s*:|\bgetty\b|\bistock/i,
];
/**
 * A description, not a name: three or more words starting in lower case ("professor of sociology at ..."),
 * unless the first is a name particle ("van der Berg"). Two lower-case words may be a name as some sites
 * write it ("viktor hedlund"); one may be a desk code ("kesm").
 */
const DESCRIPTION = /^(?!(?:van|von|de|da|di|del|della|der|den|du|la|le|ten|ter|al|el|bin|ibn|dos|das)\s)\p{Ll}+\s+\S+\s+\S/u;
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;
/**
 * Between names: commas, semicolons, "&", " / " (a tight "srf/hosb" is one desk code), " | ", "·", and the word "and" in the languages of the set.
 * Boundaries are Unicode-aware: an ASCII \b would split "Eßlinger" after its "E". One-letter words ("y",
 * "e", "i") join names only in lower case: "John E Smith" keeps its initial.
 */
const SPLIT = /\s*(?:,|;|\s&\s|\s\/\s|\s\|\s|\s·\s|(?<![\p{L}\p{N}])(?:[Aa][Nn][Dd]|[Uu][Nn][Dd]|et|y|e|og|och|en|i|or|és|ve|и)(?![\p{L}\p{N}]))\s*/u;
const TRAILING = /\s*(?:[|·•–—-]\s*)?(?:\b(?:(?:last\s+)?updated|published|posted|aktualisiert|veröffentlicht)\b.*)$/i;
const MAX_NAME_LENGTH = 60;
const MAX_NAME_WORDS = 6;

export function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A generic word after a site's name in a byline: "CBC News" for the site "CBC". */
const GENERIC_SITE_WORD = /\s+(?:news|online|digital|nachrichten|noticias|notícias|nieuws|nyheter|web|tv)$/i;

/** A site or publisher name written as the author ("n-tv NACHRICHTEN", "Lesotho Times", "LBCI" for "LBCIV7"). */
export function isSiteName(name: string, siteKeys: string[]): boolean {
  const k = key(name);
  if (!k) return false;
  const core = key(name.replace(GENERIC_SITE_WORD, ''));
  return siteKeys.some(
    (s) => s === k || s === core || (k.length >= 4 && s.length >= 4 && name.split(/\s+/).length <= 2 && (s.startsWith(k) || k.startsWith(s))),
  );
}

function cleanName(name: string): string | null {
  let n = name.replace(/\s+/g, ' ').trim();
  n = n.replace(TRAILING, '').trim();
  n = n.replace(PREFIX, '').replace(PREFIX_LOWER, '').trim();
  n = n.replace(/^[,;:|·•\-–—\s]+|[,;:|·•\-–—\s]+$/g, '').trim();
  n = n.replace(BRACKETED_SUFFIX, '').replace(CJK_ROLE_SUFFIX, '').trim();
  if (!n || n.length < 2 || n.length > MAX_NAME_LENGTH) return null;
  if (JUNK.some((re) => re.test(n)) || ROLE_ONLY.test(n) || PREFIX_ALONE.test(n)) return null;
  if (DATE_LIKE.test(n) || DESCRIPTION.test(n)) return null;
  // a name has a letter, and is not a sentence
  if (!/\p{L}/u.test(n) || n.split(' ').length > MAX_NAME_WORDS) return null;
  return n;
}

/**
 * A byline element's text is a person's name when it has a capital letter, or is written in a script
 * without case: a lone lower-case "amw" or "red" is a desk code or an abbreviation.
 */
export function looksLikePerson(name: string): boolean {
  return /\p{Lu}/u.test(name) || !/\p{Ll}/u.test(name);
}

/** Known places, lower-cased: a dateline written after the byline ("Von Jane Doe, Frankfurt") is no author. */
const PLACE_NAMES = new Set(PLACES.flat().map((p) => p.toLowerCase()));

/** Splits "A, B and C" into names and cleans each; deduplicated, order kept. */
export function splitNames(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const first = r.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(PREFIX_LOWER, '');
    const parts = first.split(SPLIT);
    for (const [i, part] of parts.entries()) {
      const n = cleanName(part);
      if (!n) continue;
      if (i > 0 && PLACE_NAMES.has(n.toLowerCase())) continue;
      const k = n.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
  }
  // a job title beside a name is the name's; alone ("Guardian staff reporter") it is the byline as printed
  const named = out.filter((n) => !ROLE_PHRASE.test(n));
  return named.length > 0 ? named : out;
}
