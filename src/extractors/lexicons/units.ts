/**
 * Units of measure after a number ("1,200 MW", "3.5 million tonnes", "40 kilometres", "425g", "50 kg"), as
 * regex sources; the figure's unit is the word as written, made singular.
 */
const UNIT_WORDS = [
  'megawatts?', 'gigawatts?', 'kilowatts?', 'MW', 'GW', 'kW', 'KW', 'kWh', 'MWh', 'GWh', 'TWh', 'units? of electricity',
  'km/h', 'kilomet(?:re|er)s? (?:per|an|a) hour', 'kilomet(?:re|er)s?', 'met(?:re|er)s?', 'centimet(?:re|er)s?', 'millimet(?:re|er)s?', 'km', 'cm', 'mm', 'miles?',
  'feet', 'foot', 'ft', 'inch(?:es)?', 'square (?:kilomet(?:re|er)s?|met(?:re|er)s?|feet|miles?)', 'sq ?km', 'sq ?ft',
  'hectares?', 'acres?', 'kanals?', 'marlas?',
  'kilogrammes?', 'kilograms?', 'kgs?', 'grammes?', 'grams?', 'g', 'mg', '(?:metric )?tonnes?', '(?:metric )?tons?', 'mt', 'MT', 'lbs?', 'maunds?',
  'bales?', 'barrels?', 'bpd', 'litres?', 'liters?', 'gallons?', 'ml', 'cubic met(?:re|er)s?', 'cusecs?', 'MAF', 'maf',
  'mmcfd', 'MMCFD', 'MMcfd', 'mmbtu', 'MMBtu', 'MMBTU', 'cft', 'bcf', 'TCF', 'tcf',
  'degrees? Celsius', '°C', 'degrees?', 'kph', 'mph', 'knots?', 'MB', 'GB', 'TB', 'Mbps', 'Gbps',
  // index points ("the KSE-100 gained 1,212.37 points"); percentage and basis points are read as percents first
  'points?',
];

export const UNIT_SOURCE = `(?:${UNIT_WORDS.join('|')})`;

/** Plural to singular for unit and counted-noun words: "tonnes" -> "tonne", "countries" -> "country". */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular: Record<string, string> = {
    people: 'person', children: 'child', feet: 'foot', men: 'man', women: 'woman', youths: 'youth', mice: 'mouse',
    lbs: 'lb', kgs: 'kg', series: 'series', species: 'species', news: 'news', headquarters: 'headquarters',
  };
  if (irregular[lower]) return word === lower ? irregular[lower] : word.replace(new RegExp(lower, 'i'), irregular[lower]);
  if (/[^aeiou]ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/i.test(word)) return word;
  if (/(?:ch|sh|x|ss)es$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word) && word.length > 2) return word.slice(0, -1);
  return word;
}
