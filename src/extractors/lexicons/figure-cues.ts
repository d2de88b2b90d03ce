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
export const IDENTIFIER_BEFORE = /\b(?:no\.?|nos\.?|number|item|items|section|sections|clause|clauses|article|articles|paragraph|para|page|pages|chapter|phase|grade|room|rule|rules|level|tier|stage|round|batch|schedule|annex|annexure|table|figure|fig\.?|part|point|block|sector|street|road|plot|house|flat|lane|ward|zone|unit|bps|verse|line|sura|surah|version|model|flight|route|channel|gate|platform|terminal|box|ext|extension|ranked|rank|number\s+of|#)\s*$/i;

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
export const UP_WORDS = /\b(?:increased?|increases|increasing|rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|growth|surged?|surging|jump(?:ed|s)?|climb(?:ed|s)?|soar(?:ed|s)?|gain(?:ed|s)?|expand(?:ed|s)?|improv(?:ed|es)|went\s+up|up|higher|uptick|hike[ds]?|boost(?:ed)?|edged\s+up|inched\s+up|spiked?|doubled|tripled)\b/i;
export const DOWN_WORDS = /\b(?:decreased?|decreases|decreasing|declin(?:ed|es|e|ing)|fell|fall(?:s|ing|en)?|dropp?(?:ed|s)?|drop|plung(?:ed|es)|slump(?:ed|s)?|shr[aiu]nk|shrinks|contract(?:ed|ion|s)|reduc(?:ed|es|tion)|cut|slash(?:ed)?|down|lower|dipp?(?:ed)?|dips?|slid|slipp?(?:ed)?|tumbl(?:ed|es)|eas(?:ed|es)|lost|loss|narrow(?:ed|s))\b/i;
export const MEASURE_VERB = /\b(?:increased?|rose|grew|surged|jumped|climbed|soared|gained|expanded|improved|declined|fell|dropped|decreased|plunged|slumped|shrank|contracted|reached|stood|stands|totall?ed|totals|amounted|amounts|hit|touched|crossed|topped|exceeded|recorded|registered|posted|remained|came|went|edged|inched|slipped|dipped|was|were|is|are|rests|valued|worth|cost|costs|costing|consists|comprises|includes|included|employs|employed|has|have|had|received|receives|earned|earns|generated|generates|allocated|approved|spent|collected|paid|disbursed|exported|imported|produced)\b/i;
