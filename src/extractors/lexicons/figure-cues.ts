/** Words around a number that say what kind of figure it is, or that it is none. Compiled once. */

// qualifiers written right before the amount (after any currency mark is set aside)
export const QUALIFIERS: [RegExp, 'more_than' | 'less_than' | 'about' | 'up_to' | 'at_least'][] = [
  [/\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of)\s+$/i, 'at_least'],
  [/\b(?:up\s+to|as\s+(?:much|many|high)\s+as|a\s+maximum\s+of|at\s+most|at\s+the\s+most)\s+$/i, 'up_to'],
  [/\b(?:more\s+than|over|above|exceeding|exceeds?|exceeded|in\s+excess\s+of|topped|tops|top|crossed|crosses|cross|surpassed|surpass(?:es)?|upwards\s+of|beyond)\s+$/i, 'more_than'],
  [/\b(?:less\s+than|fewer\s+than|under|below|short\s+of|lower\s+than)\s+$/i, 'less_than'],
  [/\b(?:about|around|approximately|approx\.?|nearly|almost|roughly|some|close\s+to|an\s+estimated|estimated|circa|~|about\s+to|around\s+to)\s+$/i, 'about'],
];

// a duration, an age or a time of day after the number: "for three years", "33 consecutive months", "10am"
export const DURATION_AFTER = /^\s*(?:-|–)?\s*(?:(?!this\b|last\b|next\b|the\b|a\b|per\b|every\b|each\b|of\b|in\b)[a-z]+\s+)?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|nights?|quarters?|o'clock|a\.m\.|p\.m\.|am\b|pm\b)(?![a-z])/i;
export const AGE_BEFORE = /\b(?:aged?|ages|age\s+of|age\s+group\s+of|between\s+the\s+ages\s+of)\s+(?:of\s+)?(?:between\s+)?$/i;
export const AGE_AFTER = /^\s*(?:-|–)?\s*(?:years?|yrs?)[-\s]old\b|^\s*(?:and|or)\s+(?:above|older|over|below|younger)\b/i;

// nouns after which a number is an identifier: "items 5 and 7", "Section 46", "No. 5", "Colombo 02"
export const IDENTIFIER_BEFORE = /\b(?:no\.?|nos\.?|number|item|items|section|sections|clause|clauses|article|articles|paragraph|para|page|pages|chapter|phase|phases|grade|grades|class|classes|room|rule|rules|level|tier|stage|round|batch|schedule|annex|annexure|table|figure|fig\.?|part|point|block|sector|street|road|plot|house|flat|lane|ward|zone|unit|bps|verse|line|sura|surah|version|model|flight|route|channel|gate|platform|terminal|box|ext|extension|ranked|rank|number\s+of|#)\s*$/i;

// words that make the number before them a counted noun phrase head we should not take: verbs, prepositions
export const NOT_COUNT_NOUN = new Set([
  'to', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than', 'per', 'a', 'an', 'the', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'which', 'that', 'who', 'this', 'these',
  'those', 'it', 'its', 'their', 'his', 'her', 'our', 'while', 'against', 'compared', 'during', 'since', 'until',
  'into', 'over', 'under', 'between', 'among', 'each', 'every', 'more', 'less', 'up', 'down', 'use', 'used', 'year',
  'if', 'but', 'so', 'then', 'also', 'only', 'just', 'about', 'around', 'after', 'before', 'percent', 'per cent',
]);

// counted nouns may run over a few words: "11 city corporations", "31.6 million adult tobacco users"
export const COUNT_NOUN_WORD = /^[A-Za-z][A-Za-z'’-]*$/;

// direction of change, and the verbs that tie a figure to the noun phrase it measures
const UP_SOURCE = String.raw`increased?|increases|increasing|rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|growth|surged?|surging|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|soar(?:ed|s|ing)?|gain(?:ed|s)?|expand(?:ed|s)?|expansion|improv(?:ed|es|ement)|went\s+up|up(?!\s+to\b)|higher|uptick|hike[ds]?|boost(?:ed)?|edged\s+up|inched\s+up|spiked?|doubled|tripled|advanced|accelerated`;
const DOWN_SOURCE = String.raw`decreased?|decreases|decreasing|declin(?:ed|es|e|ing)|fell|fall(?:s|ing|en)?|dropp?(?:ed|s|ing)?|drop|plung(?:ed|es|ing)|slump(?:ed|s)?|shr[aiu]nk|shrinks|contract(?:ed|ion|s)|reduc(?:ed|es|tion)|cut|slash(?:ed)?|down|lower|dipp?(?:ed)?|dips?|slid|slipp?(?:ed)?|tumbl(?:ed|es)|eas(?:ed|es)|lost|loss|narrow(?:ed|s)|decelerated`;
/** Every direction word, for the one nearest a figure: group 1 up, group 2 down. */
export const DIRECTION_WORDS = new RegExp(String.raw`\b(?:(${UP_SOURCE})|(${DOWN_SOURCE}))\b`, 'gi');

// the verb (or participle) that ties a figure to the noun phrase before it: "remittances surged to $310 million",
// "with export remittances reaching $310 million"
export const MEASURE_VERB = /\b(?:(?:will|would|could|may|might|shall|should|can)\s+(?:\w+ly\s+)?(?:rise|fall|grow|reach|drop|decline|climb|surge|jump|stand|total|hit|cross|touch|exceed|remain|go|come)|increased?|rose|grew|surged|jumped|climbed|soared|gained|expanded|improved|declined|fell|dropped|decreased|plunged|slumped|shrank|contracted|reached|stood|stands|totall?ed|totals|amounted|amounts|hit|touched|crossed|topped|exceeded|recorded|registered|posted|remained|came|went|edged|inched|slipped|dipped|was|were|is|are|rests|valued|worth|cost|costs|costing|consists|comprises|includes|included|employs|employed|has|have|had|received|receives|earned|earns|generated|generates|allocated|approved|spent|collected|paid|disbursed|exported|imported|produced|peaked|decrease|reaching|standing|totall?ing|amounting|rising|climbing|growing|surging|jumping|falling|declining|dropping|hitting|touching|crossing|topping|stood|eased|widened|narrowed)\b/i;

// before a figure: the amount something started from ("from $191 million", "compared with", "62.3% higher than the";
// not "more than a million", a qualifier)
export const FROM_BEFORE = /\b(?:(?<!rang(?:e|es|ing)\s)from|compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|(?:\d\S*|percent|per\s?cent|pc|points?|million|billion|bn|mn)\s+(?:higher|lower|more|less|greater|above|below)\s+than)\s+(?:the\s+|a\s+)?(?:(?!to\b|which\b|whom\b|where\b)[a-z]+\s+)?$/i;
// before a figure: the amount of the change ("an increase of 62.3%", "rose by 10%", "fell 5%", "up 3%")
export const BY_BEFORE = /(?:\b(?:increase|decrease|rise|growth|decline|jump|fall|drop|surge|gain|reduction|cut|hike|dip|contraction|expansion|improvement|uptick)\s+of|\b(?:increased|decreased|rose|grew|surged|jumped|climbed|soared|gained|declined|fell|dropped|plunged|slumped|shrank|contracted|dipped|slipped|edged\s+up|edged\s+down|higher|lower)(?:\s+by)?|(?:^|[,;(—–]\s*|\b(?:was|were|is|are|been|now|and|or|gone|went|go)\s+)(?:up|down)(?:\s+by)?)\s+(?:an?\s+)?(?:(?!to\b|at\b|from\b)[a-z]+\s+)?$/i;
// ("picked up 66 delegates", "made up 2 in 10": "up" after another verb is no change)
// a percentage alone after a change verb or "by" ("widened by 2%") is also a change
export const PERCENT_BY_BEFORE = /\bby\s+(?:an?\s+)?(?:(?!to\b)[a-z]+\s+)?$/i;
// after a figure: it is the size of a change ("62.3% higher than", "12% year-on-year growth", "5% lower"; not
// "peaked at 38% down to single digits", a target)
export const BY_AFTER = /^\s*(?:(?:year-on-year|year-over-year|yoy|y\/y|month-on-month|mom|annual|annualised|annualized)\s+)?(?:(higher|more|greater|up(?!\s+to\b)|growth|increase|rise|jump|surge|gain|hike)|(lower|less|fewer|down(?!\s+to\b)|decline|decrease|fall|drop|reduction|contraction|cut|dip))\b/i;
// "rose to $5bn", "fell to 3,000 tonnes": the direction verb right before a level
export const DIRECTION_TO_BEFORE = /\b(?:(increased|rose|grew|surged|jumped|climbed|soared|gained|expanded|improved|went\s+up|edged\s+up|inched\s+up|widened)|(decreased|declined|fell|dropped|plunged|slumped|shrank|contracted|eased|dipped|slipped|edged\s+down|narrowed|went\s+down))(?:\s+[a-z]+ly)?\s+to\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?$/i;
// a figure's noun phrase that only points back to the one before ("The figure is 62.3% higher")
export const ANAPHORIC_METRIC = /^(?:(?:this|that|the)\s+)?(?:figure|amount|number|total|sum|tally|level|it|this|that)$/i;
// a date that says when something was said, not what the figure measures: "said on Monday", "on Monday said"
export const SPEECH_BEFORE_DATE = /\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|stated|added|reported|claimed|disclosed|revealed|informed)\s+(?:on\s+|this\s+|last\s+)?$/i;
export const SPEECH_AFTER_DATE = /^,?\s*(?:said|says|told|announced|stated|added|reported|claimed|disclosed|revealed|informed)\b/i;
// a date that is the point of comparison: "than in 2022", "compared with the same month of 2023" (not "from": "the
// levy applies from July 1" gives the levy its period)
export const BASELINE_BEFORE_DATE = /\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:in\s+|during\s+)?(?:the\s+)?(?:same\s+(?:period|month|quarter)\s+(?:of|in|last)\s+|corresponding\s+(?:period|month|quarter)\s+(?:of|in|last)\s+)?$/i;
