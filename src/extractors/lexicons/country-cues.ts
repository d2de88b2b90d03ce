/**
 * What tells an article's country, for currencies ("Rs" is PKR in Pakistan, INR in India, LKR in Sri Lanka) and
 * fiscal years (Pakistan and Bangladesh run July-June, India April-March, Sri Lanka the calendar year).
 */
export type Country = 'PK' | 'IN' | 'LK' | 'BD' | 'NP' | 'US' | 'GB' | 'OTHER';

export const TLD_COUNTRIES: Record<string, Country> = {
  pk: 'PK', in: 'IN', lk: 'LK', bd: 'BD', np: 'NP', uk: 'GB', us: 'US',
};

/** Site names (lower case, substrings) of South Asian outlets whose host is not a country domain. */
export const SITE_COUNTRIES: [string, Country][] = [
  ['dawn', 'PK'], ['associated press of pakistan', 'PK'], ['wealthpk', 'PK'], ['express tribune', 'PK'],
  ['business recorder', 'PK'], ['the news international', 'PK'], ['geo news', 'PK'], ['pakistan today', 'PK'],
  ['propakistani', 'PK'], ['ary news', 'PK'], ['daily times', 'PK'], ['the nation', 'PK'],
  ['times of india', 'IN'], ['hindustan times', 'IN'], ['the hindu', 'IN'], ['indian express', 'IN'],
  ['economic times', 'IN'], ['ndtv', 'IN'], ['livemint', 'IN'], ['business standard', 'IN'],
  ['daily ft', 'LK'], ['daily mirror', 'LK'], ['ada derana', 'LK'], ['economynext', 'LK'], ['the island', 'LK'],
  ['sunday times', 'LK'], ['newsfirst', 'LK'], ['lanka', 'LK'],
  ['prothom alo', 'BD'], ['ittefaq', 'BD'], ['daily star', 'BD'], ['dhaka tribune', 'BD'], ['bdnews24', 'BD'],
  ['kathmandu post', 'NP'], ['himalayan times', 'NP'],
];

/** Place names counted in the text when neither the host nor the site name decides. */
export const PLACE_COUNTRIES: Record<string, Country> = {
  pakistan: 'PK', pakistani: 'PK', islamabad: 'PK', karachi: 'PK', lahore: 'PK', peshawar: 'PK', quetta: 'PK',
  punjab: 'PK', sindh: 'PK', balochistan: 'PK', 'khyber pakhtunkhwa': 'PK', sbp: 'PK', fbr: 'PK',
  india: 'IN', indian: 'IN', delhi: 'IN', mumbai: 'IN', bengaluru: 'IN', kolkata: 'IN', chennai: 'IN', rbi: 'IN',
  'sri lanka': 'LK', 'sri lankan': 'LK', colombo: 'LK', kandy: 'LK', galle: 'LK', jaffna: 'LK',
  bangladesh: 'BD', bangladeshi: 'BD', dhaka: 'BD', chittagong: 'BD', chattogram: 'BD',
  nepal: 'NP', kathmandu: 'NP',
};

export const COUNTRY_RUPEE: Partial<Record<Country, string>> = { PK: 'PKR', IN: 'INR', LK: 'LKR', NP: 'NPR' };

/** First month of the fiscal year; a fiscal year is named by the calendar year in which it ends. */
export const FISCAL_START_MONTH: Partial<Record<Country, number>> = { PK: 7, BD: 7, IN: 4, NP: 7, US: 10, GB: 4 };
