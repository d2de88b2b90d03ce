/**
 * Capitalized words that open a sentence or a phrase and never start a name or an organization ("The Ministry",
 * "Earlier, ..."), plus months and weekdays, which compromise and the capitalized-run rules would otherwise keep.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'it', 'our', 'his', 'her', 'their', 'my', 'your', 'we',
  'he', 'she', 'they', 'i', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'under', 'after', 'before', 'during',
  'meanwhile', 'however', 'earlier', 'later', 'also', 'but', 'and', 'or', 'as', 'if', 'when', 'while', 'since',
  'although', 'though', 'speaking', 'addressing', 'according', 'among', 'amid', 'despite', 'additionally',
  'moreover', 'similarly', 'likewise', 'furthermore', 'besides', 'today', 'yesterday', 'tomorrow', 'said', 'says',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'allah',
  'god', 'almighty', 'prophet', 'covid', 'covid-19', 'rs', 'usd', 'pkr', 'gdp', 'it', 'ict', 'ai', 'vat',
  'fed', 'cpi', 'psdp', 'fy', 'both', 'all', 'some', 'many', 'most', 'other', 'several', 'each', 'every', 'no',
  'not', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'where', 'published', 'reuters', 'new', 'next',
  'last', 'first', 'second', 'third', 'one', 'two', 'three', 'federal', 'provincial', 'national', 'international',
  'government', 'members', 'member', 'about', 'over', 'more', 'than', 'less', 'per', 'cent', 'percent', 'then',
  'so', 'thus', 'yet', 'still', 'now', 'only', 'even', 'just', 'calling', 'noting', 'adding', 'highlighting',
  'ministers', 'chairmen', 'directors', 'governors', 'secretaries', 'officials', 'mnas', 'senators',
  'appreciating', 'referring', 'recalling', 'looking', 'outlining', 'echoing', 'responding',
]);
