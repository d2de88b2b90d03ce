/**
 * Words that head an organization's name: a capitalized run holding one is an organization ("Federal Board of
 * Revenue", "Pakistan Bureau of Statistics", "AKD Securities"). Singular only: "Independent Power Producers"
 * and "Power Distribution Companies" are classes of companies, not one organization. Lower case.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'bank', 'board', 'bureau', 'authority', 'association', 'fund', 'division', 'department', 'committee',
  'council', 'organization', 'organisation', 'institute', 'institution', 'university', 'college', 'centre', 'center',
  'agency', 'commission', 'corporation', 'company', 'ltd', 'ltd.', 'limited', 'inc', 'inc.', 'plc', 'llc',
  'securities', 'group', 'assembly', 'office', 'academy', 'hospital', 'unit', 'directorate', 'party', 'league',
  'exchange', 'society', 'court', 'federation', 'chamber', 'union', 'forum', 'foundation', 'trust', 'motors',
  'holding', 'holdings', 'senate', 'cabinet', 'parliament', 'secretariat', 'police', 'army', 'navy', 'force',
  'tribunal', 'regulator', 'pharmacopeia', 'pharmacopoeia', 'nations', 'alliance', 'airlines', 'system', 'network', 'registry',
  'laboratory', 'laboratories', 'school', 'club',
  // company kinds written in the plural, like "Securities" ("Forbes & Walker Tea Brokers")
  'brokers', 'brokerage',
  // news outlets ("Geo News", "Express Tribune", "Financial Times")
  'news', 'tribune', 'times', 'herald', 'gazette', 'journal', 'television', 'tv',
]);

/**
 * Heads that also end ordinary phrases or titles; they make an organization only with a name before them or an
 * "of" after them ("Power Division", "World Food Program", not "the program").
 */
export const WEAK_ORG_HEADS: ReadonlySet<string> = new Set([
  'unit', 'office', 'group', 'system', 'network', 'force', 'police', 'army', 'navy', 'union', 'school', 'club', 'trust',
  'news', 'tribune', 'times', 'herald', 'gazette', 'journal', 'television', 'tv', 'fund', 'court', 'league', 'cabinet', 'senate',
  'parliament',
]);

/** Lower-case words that may join the parts of an organization's name ("Bank of Punjab", "Save the Children"). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', '&', 'de', 'in']);

/**
 * Organizations known by a short or single name that no head word marks: news agencies, international bodies,
 * national institutions, major parties and outlets of the region. The first form is the full name; the rest are
 * aliases. An acronym met alone is named by its full name (GUIDELINES: "UNB listed under its full name").
 * Only institutions a reader of South Asian news would know belong here; companies, websites and small outlets
 * are found by how the text presents them (organizations.ts: news credits, "platforms such as A, B and C",
 * CamelCase brand names, a name that its bracketed acronym spells), never by being listed.
 */
export const KNOWN_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['Associated Press of Pakistan', 'APP'],
  ['Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['Reuters'],
  ['Bloomberg'],
  ['Moody’s Investors Service', "Moody's Investors Service", 'Moody’s', "Moody's"],
  ['Fitch Ratings', 'Fitch'],
  ['S&P Global Ratings', 'S&P Global', 'S&P', 'Standard & Poor’s', "Standard & Poor's"],
  ['Xinhua'],
  ['United News of Bangladesh', 'UNB'],
  ['Bangladesh Sangbad Sangstha', 'BSS'],
  ['Press Trust of India'],
  ['Dawn'],
  ['Daily Mirror'],
  ['Business Recorder'],
  ['The Express Tribune', 'Express Tribune'],
  ['Pakistan Today'],
  ['Prothom Alo'],
  ['The Daily Star', 'Daily Star'],
  ['The Hindu'],
  ['Ada Derana'],
  ['Daily FT'],
  ['EconomyNext', 'ECONOMYNEXT', 'Economy Next'],
  ['Al Jazeera'],
  ['CNN'],
  ['BBC'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Food Programme', 'World Food Program', 'WFP'],
  ['Asian Development Bank', 'ADB'],
  ['World Health Organization', 'WHO'],
  ['United Nations', 'U.N.', 'UN'],
  ['UNHCR', 'Unhcr'],
  ['UNICEF', 'Unicef'],
  ['UNESCO', 'Unesco'],
  ['UNDP'],
  ['World Trade Organization', 'WTO'],
  ['State Bank of Pakistan', 'State Bank', 'SBP'],
  ['Federal Board of Revenue', 'FBR'],
  ['Pakistan Bureau of Statistics', 'PBS'],
  ['Pakistan Stock Exchange', 'PSX'],
  ['Securities and Exchange Commission of Pakistan', 'SECP'],
  ['Central Bank of Sri Lanka', 'CBSL'],
  ['Bangladesh Bank'],
  ['Reserve Bank of India', 'RBI'],
  ['State Department'],
  ['European Union', 'EU'],
  ['Save the Children'],
  ['Oxfam'],
  ['Amnesty International'],
  ['Human Rights Watch'],
  ['Google'],
  ['Microsoft'],
  ['Pakistan Muslim League-Nawaz', 'PML-N'],
  ['Pakistan Peoples Party', 'Pakistan People’s Party', "Pakistan People's Party", 'PPP'],
  ['Pakistan Tehreek-e-Insaf', 'PTI'],
  ['Bangladesh Nationalist Party', 'BNP'],
  ['Awami League'],
  ['Jatiya Party'],
  ['Samagi Jana Balawegaya', 'SJB'],
  ['National People’s Power', "National People's Power", 'NPP'],
  ['Sri Lanka Podujana Peramuna', 'SLPP'],
  ['United National Party', 'UNP'],
  ['Petrobangla'],
  ['National Assembly'],
  ['Employees’ Old-Age Benefits Institution', "Employees' Old-Age Benefits Institution", 'EOBI'],
  ['National Database and Registration Authority', 'NADRA'],
  ['National Electric Power Regulatory Authority', 'NEPRA'],
  ['Oil and Gas Regulatory Authority', 'OGRA'],
  ['Pakistan Telecommunication Authority', 'PTA'],
  ['Higher Education Commission', 'HEC'],
  ['Water and Power Development Authority', 'WAPDA'],
  ['Pakistan International Airlines', 'PIA'],
  ['National Accountability Bureau', 'NAB'],
  ['Competition Commission of Pakistan', 'CCP'],
  ['Asian Infrastructure Investment Bank', 'AIIB'],
  ['Organisation for Economic Co-operation and Development', 'OECD'],
];

/**
 * "websites like Upwork, Fiverr and PeoplePerHour", "lenders such as Meezan Bank": the capitalized names listed
 * after one of these plural nouns are organizations.
 */
export const ORG_CLASS_NOUNS = [
  'websites', 'platforms', 'apps', 'companies', 'firms', 'brands', 'start-ups', 'startups', 'lenders', 'banks',
  'marketplaces', 'outlets', 'channels', 'newspapers', 'agencies', 'businesses', 'corporations', 'airlines', 'carriers',
  'operators', 'retailers', 'manufacturers', 'giants', 'providers', 'insurers', 'organisations', 'organizations',
  'NGOs', 'conglomerates', 'automakers', 'exchanges', 'services',
];

/** CamelCase words that open a family name, not a brand ("MacArthur", "VanDyke"). */
export const CAMEL_NAME_PREFIXES: ReadonlySet<string> = new Set(['Mac', 'Van', 'Von', 'Del', 'Des', 'Della', 'Abu', 'Ibn', 'Bin', 'Ben']);
