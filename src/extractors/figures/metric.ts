import { ANAPHORIC_METRIC, MEASURE_VERB } from '../lexicons/figure-cues';

/**
 * What a figure measures: the noun phrase that is the subject of the verb tying it to the figure
 * ("ICT services export remittances surged to $310 million", "with export remittances reaching $310 million"),
 * or the noun before "of", "worth", "totalling" ("a package of $2bn").
 */

// where a clause (and so a subject) starts; "with" opens an absolute clause ("with remittances reaching $3bn")
const CLAUSE_START = /[,;:(—–]\s*|\b(?:that|and|while|whereas|but|as|where|which|whose|who|when|with|after|since|because|although|though)\s+/gi;
// a relative clause's subject is the noun phrase before it: "the freelance segment, which recorded a 90pc surge"
const RELATIVE_OPENER = /(?:,\s*)?\b(?:which|that|who)\s+$/i;
const LEADING_NOISE = /^(?:(?:the|a|an|its|their|his|her|our|this|these|those|total|overall|also|only|both)\s+)+/i;
// "the country's export remittances": a possessive of a common noun says nothing the metric needs
const COMMON_POSSESSIVE = /^(?:the\s+)?[a-z][\w-]*['’]s?\s+/;
const LEADING_ADVERB = /^(?:currently|now|so\s+far|overall|meanwhile|however|also|additionally|moreover|further(?:more)?)\s+/i;
const TRAILING_AUXILIARY = /(?:\s+(?:have|has|had|also|further|then|again|only|been|was|were|is|are|reportedly|already|now|would|will|could|may|might|sharply|steadily|slightly|significantly|substantially|respectively|unchanged|steady|stable))+$/i;
const PREPOSITION_TAIL = /\s+(?:within|in|at|for|from|across|during|on|under|over|since|by|to|into|through)\s+.*$/i;
const PRONOUN = /^(?:it|they|this|that|these|those|he|she|we|which|who|there|i|you)$/i;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|be|been|being|will|would|can|could|did|does|do)$/i;
const SPOKEN_BEFORE = /^.*\b(?:said|says|told\s+\w+|added|stated|noted|claimed|estimated|believes?|thinks?)\s+(?:that\s+)?(?=\S)/i;
// "with a target", "that the inflation target", "and the deficit": words that link the phrase to what came before
const LEADING_LINK = /^(?:(?:with|that|and|but|while|to|for|as|amid|of|in|on|at|by|from|then|so|if|once|whereas|during|after|before|under|over|despite|through|since)\s+)+/i;
// "tax-to-GDP ratio was projected to [increase]", "the government planned to [spend]"
const EXPECTED_TO = /(?:\s+(?:was|is|are|were|be|been|has|have|had|will|would|also|being|now|likely|set|due|expected|projected|estimated|forecast|planned|plans|anticipated|poised|scheduled|slated|going|aims?|aimed|seeks?|sought|wants?|hopes?))+\s+to$/i;
const TRAILING_TIME = /(?:^|\s+)(?:this|last|next|the\s+current|the\s+previous)\s+(?:fiscal\s+)?(?:year|month|week|quarter)$/i;
const TIME_TAIL = /\s+(?:during|since|until|till|through|throughout)\s+.*$/i;
const PREP_OF = /\b([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,5})\s+(?:of|at|worth|totall?ing|amounting\s+to|valued\s+at|stood\s+at|reached)\s+(?:an?\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?$/i;
// "cut its policy rate by 150 basis points to", "raised the price of petrol to"
const CHANGE_OBJECT = /\b(?:cut|cuts|raise|raised|raises|increase|increased|increases|reduce|reduced|reduces|hike|hiked|hikes|lower|lowered|lowers|slash|slashed|slashes|subsidi[sz](?:e|ed|es)|kept|keeps|maintained|maintains|left|leaves|revised|revises|set|sets|fixed|fixes)\s+((?:(?:its|the|their|his|her|our)\s+)?(?!(?:to|by|at|from|in|on|for)\b)[a-z][\w’'-]*(?:\s+(?:of\s+)?[a-z][\w’'-]*){0,4})\s+(?:by\s+[^,;]{1,40}?\s+)?(?:unchanged\s+)?(?:to|by|at)\s+$/i;
// nouns of change: "an increase of 5%" measures the thing that increased, not "increase"
const CHANGE_NOUN = /^(?:an?\s+)?(?:\w+\s+)?(?:increase|decrease|rise|growth|decline|jump|fall|drop|surge|gain|reduction|cut|hike|dip|contraction|expansion|improvement|uptick)$/i;
// "reached a historic high of $3.8bn": a record names no metric; the subject does
const RECORD_NOUN = /^(?:(?:new|record|historic|all-time|highest|lowest|ever)\s+)*(?:high|low|peak|record|level|mark|figure)$/i;
// "a 35% growth in pharma exports", "a 19.2% decline in cigarette consumption": what the change is in
const CHANGE_IN = /^\s*(?:(?:year-on-year|annual|monthly)\s+)?(?:growth|increase|rise|decline|decrease|fall|drop|jump|surge|reduction|cut|hike|dip)\s+in\s+((?:the\s+)?[\w’'-]+(?:\s+(?!(?:last|this|next|in|during|for|over|since|to|from|by|at|and|while|compared|due|owing|because|as|amid|after|following|on|with|among|was|is|were|are)\b)[\w’'-]+){0,4})/i;
// "allocated Rs1.3tr for capital expenditure", "pledged $2 billion for humanitarian aid": money given to a purpose
const ALLOCATION_VERB_BEFORE = /\b(?:allocat(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|earmark(?:ed|s)?|set\s+aside|approv(?:ed|es|e)|sanction(?:ed|s)?|releas(?:ed|es|e)|spen(?:t|ds|d|ding)|budget(?:ed|s)?|channel(?:led|s)?|invest(?:ed|s|ing)?|disburs(?:ed|es|e)|provid(?:ed|es|e)|grant(?:ed|s)?|committ?(?:ed|s)?|dedicated|sought|seeks?|requested|borrow(?:ed|s)?|secured|received)\s+(?:(?:about|around|nearly|over|more\s+than|up\s+to|a\s+total\s+of|another|an\s+additional|additional)\s+)?$/i;
const PURPOSE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:for|on|towards|to\s+fund|to\s+finance)\s+((?:the\s+)?[\w’'.-]+(?:\s+(?!(?:in|by|during|to|from|with|and|while|which|that|as|over|under|this|last|next|over)\b)[\w’'.-]+){0,5})/i;
// qualifiers between a cue and the figure: "reduced consumption by over 19%"
const QUALIFIER_TAIL = /(?:\b(?:more|less|fewer)\s+than|\b(?:about|around|nearly|almost|over|under|some|roughly|approximately|up\s+to|at\s+least))\s+$/i;
// "cancelled this morning because of gusts of up to 90 km/h": the phrase starts after the last of these
const NOUN_PHRASE_OPENER = new RegExp(`${MEASURE_VERB.source}|\\b(?:a|an|the|and|with|that|amid|to|then|if|because|due|owing|of|from|by|in|on|at|\\w+ed)\\b`, 'gi');
const APPOSITIVE = /(?:^|[,;(]\s*)([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,5})\s*[—–:]\s*$/;
// "(ICT)", "(PKR)": a short bracket inside a noun phrase is part of it, not a clause break
const SHORT_BRACKET = /\([^(),;]{1,12}\)/g;

/** A noun phrase cut to its core, or null when what is left is no noun phrase. */
export function cleanPhrase(raw: string): string | null {
  let phrase = raw.replace(/\s+/g, ' ').trim().replace(/^["'“‘(]+/, '');
  // "Ahmad said GDP growth": what follows a speech verb is the phrase
  phrase = phrase.replace(SPOKEN_BEFORE, '');
  phrase = phrase.replace(LEADING_LINK, '').replace(LEADING_ADVERB, '');
  phrase = phrase.replace(EXPECTED_TO, '').replace(TRAILING_TIME, '').replace(TRAILING_AUXILIARY, '');
  // "freelance market within the IT sector" -> "freelance market"; "exports of IT services" keeps its "of"
  const tail = PREPOSITION_TAIL.exec(phrase);
  if (tail && phrase.slice(0, tail.index).split(' ').length >= 2) phrase = phrase.slice(0, tail.index);
  else phrase = phrase.replace(TIME_TAIL, '');
  phrase = phrase.replace(LEADING_NOISE, '');
  if (COMMON_POSSESSIVE.test(phrase) && phrase.replace(COMMON_POSSESSIVE, '').trim()) phrase = phrase.replace(COMMON_POSSESSIVE, '');
  phrase = phrase.replace(/[,;:”"]+$/, '').replace(/(?<=\p{Ll})\.$/u, '').trim();
  const words = phrase.split(' ');
  if (!phrase || words.length > 8 || PRONOUN.test(words[words.length - 1]) || PRONOUN.test(words[0]) || !/[A-Za-z]/.test(phrase)) return null;
  // "arrangements were made": a clause, not a noun phrase
  if (words.some((w) => AUXILIARY.test(w))) return null;
  // "Rs659bn is for loans": another amount is no noun phrase
  if (words.some((w) => /^(?:\p{Sc}|Rs\.?|Tk\.?)?\d/u.test(w))) return null;
  return phrase;
}

/** The noun phrase a figure starting at `figureStart` measures, read from `sentenceStart`. */
export function metricOf(text: string, sentenceStart: number, figureStart: number): string | null {
  const item = listItem(text, sentenceStart, figureStart);
  if (item) return item;
  const before = text.slice(sentenceStart, figureStart).replace(SHORT_BRACKET, (b) => ' '.repeat(b.length)).replace(QUALIFIER_TAIL, '');
  return objectOfChange(before) ?? nounOfAmount(before) ?? appositive(before) ?? subjectOfVerb(text, sentenceStart, before);
}

// "Exports of rice ($3.1bn), cotton yarn ($1.1bn) and fish ($480m)": an amount in brackets after its item's noun
const BRACKETED_ITEM = /(?:^|[,;:]\s*|\b(?:and|or)\s+)((?:the\s+)?[A-Za-z][\w’'-]*(?:\s+(?!(?:and|or)\b)[A-Za-z][\w’'-]*){0,5})\s*\(\s*(?:about|around|over|nearly|some|up\s+to)?\s*$/i;
const BRACKETED_AMOUNT = /[A-Za-z]\s*\(\s*(?:about\s+|around\s+|over\s+|nearly\s+|up\s+to\s+)?(?:\p{Sc}|Rs\.?\s?|Tk\.?\s?|USD\s?|PKR\s?|LKR\s?|BDT\s?)?\d/giu;
// "The allocations were: health, Rs 12bn; education, Rs 9.5bn; and roads, Rs 30bn": a label and a comma after ":" or ";"
const LABELLED_ITEM = /[:;]\s*(?:and\s+)?((?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,4}),\s*$/;

/**
 * The item of a list a figure belongs to: the noun before its bracket when the sentence lists two or more
 * bracketed amounts, or the label before it in a list set out after a colon. The list's subject ("Exports",
 * "The allocations") would give every item the same metric.
 */
function listItem(text: string, sentenceStart: number, figureStart: number): string | null {
  const before = text.slice(sentenceStart, figureStart);
  const labelled = LABELLED_ITEM.exec(before);
  if (labelled) return cleanPhrase(labelled[1]);
  const bracketed = BRACKETED_ITEM.exec(before);
  if (!bracketed) return null;
  const rest = text.slice(figureStart);
  const sentence = before + rest.slice(0, Math.max(0, rest.search(/[.!?](?:\s|$)/)) || rest.length);
  if ((sentence.match(BRACKETED_AMOUNT) ?? []).length < 2) return null;
  const item = cleanPhrase(bracketed[1]);
  // "Remittances from Saudi Arabia ($820m), the UAE ($610m)": later items share the first one's head
  const first = BRACKETED_ITEM.exec(sentence.slice(0, sentence.search(/\(\s*(?:about\s+|around\s+|over\s+|nearly\s+|up\s+to\s+)?(?:\p{Sc}|Rs|Tk|USD|PKR|LKR|BDT|\d)/u) + 1));
  const shared = first && first.index !== bracketed.index ? /^(.+?)\s+(of|from|to|in|for)\s+\S/i.exec(cleanPhrase(first[1]) ?? '') : null;
  return item && shared ? `${shared[1]} ${shared[2]} ${item.replace(/^the\s+/i, '')}` : item;
}

/** "The remaining funds — 556bn — would ...", "Total debt: Rs70tr": the amount set beside its noun phrase. */
function appositive(before: string): string | null {
  const m = APPOSITIVE.exec(before);
  return m ? cleanPhrase(m[1]) : null;
}

/** "cut its policy rate by 150 basis points to 20.5%": the thing a change verb acts on. */
function objectOfChange(before: string): string | null {
  const m = CHANGE_OBJECT.exec(before);
  return m ? cleanPhrase(m[1]) : null;
}

/** "posted a profit of Rs12.5bn", "a package worth $2bn": the noun right before the amount, after any verb. */
function nounOfAmount(before: string): string | null {
  const prep = PREP_OF.exec(before);
  if (!prep) return null;
  // the noun phrase starts after the last verb, article or clause word: "Amid little reform and a stock of"
  let start = 0;
  for (const m of prep[1].matchAll(NOUN_PHRASE_OPENER)) start = m.index + m[0].length;
  const noun = prep[1].slice(start).trim();
  // "is estimated at", "was pegged at": a participle is no noun; the subject before it is the metric
  if (!noun || CHANGE_NOUN.test(noun) || RECORD_NOUN.test(noun) || /ed$/i.test(noun)) return null;
  return cleanPhrase(noun);
}

/** "ICT services export remittances surged to $310 million": the subject of the verb nearest the figure. */
function subjectOfVerb(text: string, sentenceStart: number, before: string): string | null {
  const verb = [...before.matchAll(new RegExp(MEASURE_VERB.source, 'gi'))].pop();
  if (!verb) return null;
  const head = before.slice(0, verb.index);
  let clause: RegExpMatchArray | null = null;
  for (const c of head.matchAll(CLAUSE_START)) clause = c;
  const clauseStart = clause ? (clause.index ?? 0) + clause[0].length : 0;
  const relative = RELATIVE_OPENER.exec(head);
  if (relative && clauseStart >= relative.index) return trailingNounPhrase(head.slice(0, relative.index));
  const phrase = cleanPhrase(text.slice(sentenceStart + clauseStart, sentenceStart + head.length));
  // "The funds that were released reached Rs5bn": a relative clause with no subject of its own modifies the phrase before
  if (!phrase && clause && /^(?:that|which|who)\b/i.test(clause[0])) return trailingNounPhrase(head.slice(0, clause.index));
  return phrase;
}

/** The noun phrase that ends a stretch of text: "was the freelance and remote work segment" -> its last phrase. */
function trailingNounPhrase(stretch: string): string | null {
  let start = 0;
  // "and" may join the phrase's own words ("freelance and remote work segment")
  for (const m of stretch.matchAll(NOUN_PHRASE_OPENER)) if (!/^and$/i.test(m[0])) start = m.index + m[0].length;
  for (const c of stretch.matchAll(CLAUSE_START)) if (!/^and\b/i.test(c[0]) && c.index + c[0].length > start) start = c.index + c[0].length;
  return cleanPhrase(stretch.slice(start));
}

/**
 * "Sri Lanka allocated Rs. 1.315 trillion for capital expenditure in 2025": what money given to a purpose is for.
 * Only after a verb of allocating or spending, so "exports rose to $5bn for the first time" names no purpose.
 */
export function purposeOf(text: string, sentenceStart: number, figure: { span: { start: number; end: number } }): string | null {
  const before = text.slice(Math.max(sentenceStart, figure.span.start - 60), figure.span.start);
  if (!ALLOCATION_VERB_BEFORE.test(before)) return null;
  const m = PURPOSE_AFTER.exec(text.slice(figure.span.end, figure.span.end + 100));
  return m ? cleanPhrase(m[1]) : null;
}

/** "a 35% growth in pharma exports": the thing a change figure is a change in, read after the figure. */
export function changeInAfter(text: string, figureEnd: number): string | null {
  const m = CHANGE_IN.exec(text.slice(figureEnd, figureEnd + 80));
  return m ? cleanPhrase(m[1]) : null;
}

/** "The figure", "the amount", "it": a metric that only points back to an earlier figure. */
export function isAnaphoric(metric: string | null): boolean {
  return metric !== null && ANAPHORIC_METRIC.test(metric);
}
