/**
 * Words that head an official's title ("Finance Minister", "Director General (IT)", "country director",
 * "Member IT"). A capitalized run ending in one of these is a title, never a name ("Prime Minister" is not a
 * person). Lower case.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'president', 'vice-president', 'chairman', 'chairperson', 'chairwoman',
  'chair', 'governor', 'director', 'director-general', 'chief', 'ambassador', 'spokesman', 'spokesperson',
  'spokeswoman', 'manager', 'marshal', 'general', 'mp', 'mna', 'mpa', 'ceo', 'cfo', 'coo', 'cto', 'founder',
  'co-founder', 'member', 'head', 'dean', 'representative', 'adviser', 'advisor', 'sapm', 'senator', 'premier',
  'commissioner', 'officer', 'envoy', 'judge', 'justice', 'mayor', 'economist', 'analyst', 'executive',
  'coordinator', 'lieutenant', 'lt', 'colonel', 'col', 'captain', 'capt', 'major', 'maj', 'admiral', 'brigadier',
  'brig', 'inspector', 'registrar', 'rector', 'chancellor', 'vice-chancellor', 'treasurer', 'editor',
  'correspondent', 'partner', 'leader', 'pm', 'fm', 'cm', 'emir', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'speaker', 'auditor', 'controller', 'deputy', 'principal', 'superintendent', 'attorney', 'counsel', 'consul',
  'commander', 'governor-general', 'lawmaker', 'legislator', 'senior', 'state', 'official', 'diplomat',
  'prosecutor', 'coach', 'mufti', 'gen', 'vice-admiral', 'corporal', 'sergeant', 'sgt', 'cdr',
  // academic posts: "a professor of economics at the University of Dhaka" (before a name "Professor" stays an honorific)
  'professor', 'lecturer',
  // market trades: "a senior broker at Forbes & Walker Tea Brokers"
  'broker',
  // research posts: "a research fellow at the Centre for Policy Dialogue" (weak: "fellow" needs another title word)
  'fellow',
]);

/**
 * Title heads that are also common name parts or ordinary words; they make a title only when more title words
 * stand with them ("Sheikh" is a name part in "Sheikh Kaiser Waheed", a title in "Sheikh of Qatar").
 */
export const WEAK_TITLE_HEADS: ReadonlySet<string> = new Set(['fellow', 'sheikh', 'state', 'senior', 'official', 'major', 'general', 'deputy', 'leader', 'partner', 'king', 'justice', 'speaker', 'mufti']);

/** Words that qualify a title before its head ("Federal", "Deputy Prime", "Former", "Army Chief Field"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'federal', 'provincial', 'state', 'deputy', 'prime', 'vice', 'acting', 'former', 'ex', 'senior', 'junior',
  'additional', 'special', 'joint', 'managing', 'executive', 'general', 'country', 'programme', 'program',
  'national', 'chief', 'army', 'field', 'air', 'naval', 'caretaker', 'interim', 'parliamentary', 'assistant',
  'associate', 'principal', 'permanent', 'foreign', 'finance', 'power', 'petroleum', 'health', 'interior',
  'information', 'commerce', 'trade', 'planning', 'law', 'defence', 'defense', 'education', 'energy', 'railways',
  'cabinet', 'opposition', 'regional', 'district', 'divisional', 'central', 'co', 'lt', 'group', 'honorary',
  'it', 'telecom', 'economic', 'affairs', 'revenue', 'industries', 'agriculture', 'irrigation', 'climate', 'water',
  'staff', 'retd', 'retired', 'r', 'rtd', 'marshal', 'wing', 'squadron', 'leader',
  'the', 'of', 'for', 'and', 'on', 'to', 'at', 'in',
]);

/**
 * Portfolio words after "Minister for/of", "Secretary", "Director of": they belong to the title, so the name
 * starts after them ("Federal Minister for Finance and Revenue Muhammad Aurangzeb").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'finance', 'revenue', 'power', 'health', 'information', 'technology', 'it', 'telecom', 'telecommunication',
  'telecommunications', 'national', 'services', 'regulations', 'coordination', 'economic', 'economy', 'development',
  'planning', 'irrigation', 'energy', 'petroleum', 'foreign', 'affairs', 'interior', 'defence', 'defense',
  'commerce', 'trade', 'industries', 'industry', 'production', 'education', 'professional', 'training', 'agriculture',
  'plantation', 'water', 'resources', 'communications', 'railways', 'law', 'justice', 'climate', 'change', 'human',
  'rights', 'religious', 'harmony', 'division', 'investment', 'privatisation', 'privatization', 'maritime',
  'housing', 'works', 'science', 'overseas', 'pakistanis', 'labour', 'labor', 'employment', 'tourism', 'culture',
  'sports', 'youth', 'women', 'social', 'welfare', 'food', 'security', 'ports', 'shipping', 'aviation', 'states',
  'frontier', 'regions', 'narcotics', 'control', 'poverty', 'alleviation', 'safety', 'textile', 'public',
  'fisheries', 'livestock', 'environment', 'transport', 'highways', 'media', 'mass', 'broadcasting', 'posts',
  'parliamentary', 'home', 'external', 'digital', 'infrastructure', 'urban', 'rural', 'local', 'government',
  'cooperatives', 'policy', 'statistics', 'budget', 'treasury', 'monetary', 'fiscal', 'research', 'innovation',
  'ict', 'wildlife', 'forestry', 'forests', 'mines', 'minerals', 'disaster', 'management', 'relief', 'and', 'of',
  'for', 'the', 'on', '&', 'kashmir', 'gilgit-baltistan', 'baltistan', 'gilgit', 'tax', 'taxation', 'customs',
  'accounts', 'audit', 'operations', 'administration', 'programmes', 'programs', 'projects', 'general',
]);
