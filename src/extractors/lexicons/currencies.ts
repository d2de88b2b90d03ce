/**
 * Currency marks and names -> ISO 4217. "RUPEE" is not a code: Rs, Rs., rupees and ₨ are PKR in Pakistani news,
 * INR in Indian, LKR in Sri Lankan and NPR in Nepali news, decided per article (see figures/country.ts).
 * `minor` marks a hundredth of the currency ("50 cents" is 0.5 USD).
 */
export interface CurrencyInfo { iso: string; minor?: boolean; /** "30 MUSD" is 30 million US dollars */ millions?: boolean }

export const RUPEE = 'RUPEE';

/** Marks written before the amount: "$310 million", "US$ 5", "Rs2.5 trillion", "USD 200", "Tk 50 crore". */
export const PREFIX_CURRENCIES: Record<string, string> = {
  'us$': 'USD', 'u.s.$': 'USD', 'u.s. $': 'USD', 'us $': 'USD', 'usd$': 'USD', usd: 'USD', $: 'USD',
  'c$': 'CAD', 'ca$': 'CAD', 'cad$': 'CAD', cad: 'CAD', 'a$': 'AUD', 'au$': 'AUD', 'aud$': 'AUD', aud: 'AUD',
  'hk$': 'HKD', hkd: 'HKD', 's$': 'SGD', sgd: 'SGD', 'nz$': 'NZD', 'nzd$': 'NZD', nzd: 'NZD', 'mex$': 'MXN', 'mxn$': 'MXN',
  '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': 'JPY', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', chf: 'CHF',
  rs: RUPEE, 'rs.': RUPEE, '₨': RUPEE, 'ரூ': 'LKR', pkr: 'PKR', inr: 'INR', '₹': 'INR', lkr: 'LKR', npr: 'NPR',
  tk: 'BDT', 'tk.': 'BDT', bdt: 'BDT', '৳': 'BDT', sar: 'SAR', aed: 'AED', qar: 'QAR', kwd: 'KWD', omr: 'OMR',
  myr: 'MYR', rm: 'MYR', idr: 'IDR', rp: 'IDR', afn: 'AFN', irr: 'IRR', try: 'TRY', zar: 'ZAR', krw: 'KRW',
  '₩': 'KRW', '₺': 'TRY', '₽': 'RUB', rub: 'RUB', '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '₡': 'CRC', '₾': 'GEL',
  '₭': 'LAK', '元': 'CNY', '₿': 'XBT', musd: 'USD', meur: 'EUR', mgbp: 'GBP', maud: 'AUD',
};

/** Prefix codes that count in millions: "MAUD 60" is 60 million Australian dollars. */
export const MILLION_PREFIXES = new Set(['musd', 'meur', 'mgbp', 'maud']);

/**
 * Regex source for prefix marks: case-insensitive codes must stand alone ("USD 200", "USD115"), symbols may
 * touch the number. Longer forms first so "US$" wins over "$".
 */
export const PREFIX_CURRENCY_SOURCE =
  '(?:U\\.S\\.?\\s?\\$|US\\s?\\$|USD\\$|CAD\\$|AUD\\$|NZD\\$|MXN\\$|Mex\\$|HK\\s?\\$|C\\s?\\$|CA\\$|A\\$|AU\\$|S\\$|NZ\\$|' +
  'MUSD|MEUR|MGBP|MAUD|USD|CAD|AUD|HKD|SGD|NZD|GBP|EUR|JPY|CNY|RMB|CHF|PKR|INR|LKR|NPR|BDT|SAR|AED|QAR|KWD|OMR|MYR|IDR|AFN|IRR|ZAR|KRW|RUB|' +
  'Rs\\.?|RS\\.?|Tk\\.?|[$£€¥₨₹৳₩₺₽₦₱₫₡₾₭₿]|ரூ)';

/** Currency names written after the amount: "600 rupees", "323 million euros", "50 cents", "7 billion Rs.". */
export const SUFFIX_CURRENCIES: Record<string, CurrencyInfo> = {
  rupee: { iso: RUPEE }, rupees: { iso: RUPEE }, 'rs.': { iso: RUPEE }, rs: { iso: RUPEE },
  'pakistani rupee': { iso: 'PKR' }, 'pakistani rupees': { iso: 'PKR' }, 'indian rupee': { iso: 'INR' },
  'indian rupees': { iso: 'INR' }, 'sri lankan rupee': { iso: 'LKR' }, 'sri lankan rupees': { iso: 'LKR' },
  dollar: { iso: 'USD' }, dollars: { iso: 'USD' }, 'us dollar': { iso: 'USD' }, 'us dollars': { iso: 'USD' },
  'u.s. dollars': { iso: 'USD' }, 'american dollars': { iso: 'USD' }, 'canadian dollar': { iso: 'CAD' },
  'canadian dollars': { iso: 'CAD' }, 'australian dollar': { iso: 'AUD' }, 'australian dollars': { iso: 'AUD' },
  'hong kong dollars': { iso: 'HKD' }, 'singapore dollars': { iso: 'SGD' }, 'new zealand dollars': { iso: 'NZD' },
  cent: { iso: 'USD', minor: true }, cents: { iso: 'USD', minor: true },
  euro: { iso: 'EUR' }, euros: { iso: 'EUR' }, pound: { iso: 'GBP' }, pounds: { iso: 'GBP' },
  'pounds sterling': { iso: 'GBP' }, sterling: { iso: 'GBP' }, pence: { iso: 'GBP', minor: true },
  penny: { iso: 'GBP', minor: true }, pennies: { iso: 'GBP', minor: true },
  yen: { iso: 'JPY' }, yuan: { iso: 'CNY' }, 'chinese yuan': { iso: 'CNY' }, renminbi: { iso: 'CNY' }, rmb: { iso: 'CNY' },
  taka: { iso: 'BDT' }, riyal: { iso: 'SAR' }, riyals: { iso: 'SAR' }, 'saudi riyals': { iso: 'SAR' },
  dirham: { iso: 'AED' }, dirhams: { iso: 'AED' }, ringgit: { iso: 'MYR' }, rupiah: { iso: 'IDR' },
  afghani: { iso: 'AFN' }, afghanis: { iso: 'AFN' }, 'swiss francs': { iso: 'CHF' }, 'swiss franc': { iso: 'CHF' },
  francs: { iso: 'FRF' }, franc: { iso: 'FRF' }, 'finnish markka': { iso: 'FIM' }, markka: { iso: 'FIM' },
  pesetas: { iso: 'ESP' }, peseta: { iso: 'ESP' }, 'dutch guilders': { iso: 'NLG' }, guilders: { iso: 'NLG' },
  'turkish lira': { iso: 'TRY' }, lira: { iso: 'TRY' }, rand: { iso: 'ZAR' }, roubles: { iso: 'RUB' },
  rubles: { iso: 'RUB' }, naira: { iso: 'NGN' }, pesos: { iso: 'MXN' }, 'mexican pesos': { iso: 'MXN' },
  usd: { iso: 'USD' }, eur: { iso: 'EUR' }, gbp: { iso: 'GBP' }, pkr: { iso: 'PKR' }, inr: { iso: 'INR' },
  lkr: { iso: 'LKR' }, bdt: { iso: 'BDT' }, cny: { iso: 'CNY' }, jpy: { iso: 'JPY' }, musd: { iso: 'USD', millions: true },
  meur: { iso: 'EUR', millions: true }, mgbp: { iso: 'GBP', millions: true }, maud: { iso: 'AUD', millions: true },
  '€': { iso: 'EUR' }, '$': { iso: 'USD' }, '元': { iso: 'CNY' }, '₡': { iso: 'CRC' }, '₾': { iso: 'GEL' },
  '₭': { iso: 'LAK' }, 'ரூ': { iso: 'LKR' }, bitcoin: { iso: 'XBT' }, bitcoins: { iso: 'XBT' }, btc: { iso: 'XBT' },
};

const suffixKeys = Object.keys(SUFFIX_CURRENCIES)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.$]/g, (c) => `\\${c}`).replace(/ /g, '\\s+'));

/** Regex source for suffix names; whole words only (checked by the caller's lookahead). */
export const SUFFIX_CURRENCY_SOURCE = `(?:${suffixKeys.join('|')})`;

/** Only the names spelt in letters, for number words: "one penny", "five million yen" (never "a $5", "a Rs5"). */
export const SUFFIX_CURRENCY_WORD_SOURCE = `(?:${suffixKeys.filter((k) => /^[a-z\\s+]+$/.test(k) && k !== 'rs').join('|')})`;

export function prefixCurrency(mark: string): string {
  const key = mark.toLowerCase().replace(/\s+/g, '');
  return PREFIX_CURRENCIES[key] ?? PREFIX_CURRENCIES[key.replace(/\.$/, '')] ?? 'USD';
}

export function suffixCurrency(name: string): CurrencyInfo | undefined {
  return SUFFIX_CURRENCIES[name.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * Nouns that make a bare abbreviated amount money ("The remaining funds — 556bn — would pay dues"): only with one
 * of them before it in its sentence, or a money figure earlier in the same sentence, does "556bn" take the
 * currency last written. GUIDELINES: money carries its currency; a bare number is money only when the text says so.
 */
export const MONEY_NOUNS = /\b(?:funds?|funding|budget|loans?|debts?|revenues?|costs?|amounts?|dues|payments?|payables|receivables|subsid(?:y|ies)|tax(?:es)?|spending|expenditures?|outlays?|financing|deficits?|surplus|investments?|allocations?|worth|valued|profits?|loss(?:es)?|earnings|salar(?:y|ies)|wages?|prices?|bills?|grants?|liabilities|credit|deposits?|reserves|remittances|proceeds|capital|assets|sales|turnover|income|fees?|fines?|bonds?|sukuk|borrowings?|bailout|package|tranche|disbursements?|collections?)\b/i;
