/**
 * Verbs that introduce speech or a written statement, as written in news copy (inflected forms, lower case).
 * Forecast verbs ("estimates", "expects", "projects") are deliberately absent: a forecast is not speech
 * (GUIDELINES, Quotes). "termed", "called", "described", "branded" are absent too: what follows them is a label.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained', 'explains',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'remarked', 'observed', 'observes',
  'announced', 'announces', 'claimed', 'claims', 'warned', 'warns', 'urged', 'highlighted', 'highlights',
  'maintained', 'maintains', 'informed', 'informs', 'asserted', 'asserts', 'argued', 'argues', 'responded',
  'replied', 'asked', 'asks', 'confirmed', 'confirms', 'revealed', 'reveals', 'acknowledged', 'acknowledges',
  'disclosed', 'insisted', 'insists', 'suggested', 'suggests', 'recalled', 'admitted', 'admits', 'denied',
  'wrote', 'writes', 'tweeted', 'posted', 'contended', 'lamented', 'mentioned', 'agreed', 'cautioned', 'declared',
  'underlined', 'underscored', 'reiterated', 'assured', 'complained', 'conceded', 'indicated', 'indicates',
  'briefed', 'apprised', 'reminded', 'pointed', 'shared', 'believes', 'believed', 'thinks', 'contends',
  'continued', 'concluded', 'elaborated', 'opined', 'clarified', 'observed', 'alleged', 'reported',
  'recounted', 'testified', 'joked', 'quipped', 'boasted', 'vowed', 'promised', 'pledged', 'announcing', 'wondered',
  'saying', 'adding', 'noting', 'stressing', 'explaining', 'emphasising', 'emphasizing', 'warning', 'arguing',
  'insisting', 'claiming', 'stating', 'asserting', 'telling', 'highlighting', 'maintaining', 'acknowledging',
  // How quotes are voiced in political copy: "Vitter demanded.", "she yells". Not "reports" or "continues":
  // "…, the agency reports" closes wire copy (no quote, GUIDELINES), "… continues to grow" is no speech.
  'demanded', 'demands', 'commented', 'countered', 'retorted', 'scoffed', 'snapped', 'exclaimed', 'yelled', 'yells',
  'shouted', 'screamed', 'chanted', 'recalls', 'concedes', 'asking', 'tweeting', 'writing',
  // "pointing out that …" (with "pointed" above for "pointed out"); "pointing to the data" has no clause.
  'pointing',
]);

/** Participles that continue the sentence's own subject: "..., adding that the plan ..." */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'noting', 'stressing', 'explaining', 'emphasising', 'emphasizing', 'warning', 'arguing',
  'insisting', 'claiming', 'stating', 'asserting', 'highlighting', 'maintaining', 'acknowledging', 'announcing',
  'pointing',
]);

/** Verbs that take the hearer as object before the reported clause: "told reporters that ...". */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'informed', 'informs', 'assured', 'briefed', 'apprised', 'reminded', 'telling', 'warned', 'asked',
  'warning', 'warns', 'reminding', 'reminds', 'assuring', 'assures', 'informing',
]);

/** Verbs after which a quoted phrase is a label, not a statement: `termed the move “anti-growth”`. */
export const LABEL_VERBS: ReadonlySet<string> = new Set([
  'termed', 'terms', 'term', 'terming', 'called', 'calls', 'calling', 'dubbed', 'dubs', 'branded', 'brands',
  'labelled', 'labeled', 'described', 'describes', 'describing', 'named', 'titled', 'entitled', 'nicknamed', 'as',
  'so-called', 'coined', 'known', 'branding', 'labelling', 'labeling', 'dubbing', 'naming',
]);

/** Speaker pronouns and what they can refer to. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'we']);

/**
 * Finite verbs and auxiliaries that show a reported clause has its own verb ("he said the plan *would* ...").
 * Regular past tenses (-ed) and 3rd-person presents (-s) are recognized by shape in indirect.ts.
 */
export const FINITE_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may',
  'might', 'must', 'shall', 'do', 'does', 'did', "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "don't",
  "doesn't", "didn't", 'won’t', 'can’t', 'isn’t', 'wasn’t', 'aren’t', 'weren’t', 'don’t', 'doesn’t', 'didn’t', 'need',
  'needs', 'remains', 'remained', 'stands', 'stood', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'went', 'goes',
  'came', 'comes', 'saw', 'sees', 'got', 'gets', 'knew', 'knows', 'grew', 'grows', 'rose', 'fell', 'led', 'leads',
  'began', 'begins', 'became', 'becomes', 'brought', 'kept', 'keeps', 'left', 'met', 'paid', 'pays', 'put', 'ran',
  'set', 'sought', 'spent', 'struck', 'won', 'wants', 'wanted', 'lies', 'lay', 'hit', 'cut', 'shows', 'showed',
  'reached', 'reaches', 'plans', 'aims', 'hopes', 'seems', 'appears', 'means', 'meant', 'felt', 'feels', 'thinks',
  'thought', 'found', 'finds', 'held', 'holds', 'built', 'sold', 'bought', 'lost', 'believes', "'s", '’s', "'re",
  "'ll", '’ll', "'d", '’d', "'ve", '’ve',
  // Present tenses after a plural subject ("parents still want", "voters say they plan"): verbs, seldom nouns.
  'want', 'believe', 'think', 'know', 'feel', 'deserve', 'expect', 'agree', 'oppose', 'remain', 'seem', 'appear',
  // Present tenses in -s that news copy puts after a name ("Clinton beats Trump by 46 percent to 42").
  'says', 'tells', 'beats', 'leads', 'trails', 'wins', 'loses', 'faces', 'supports', 'opposes', 'seems', 'wants',
  'likes', 'lives', 'works', 'owes', 'controls', 'deserves', 'expects', 'agrees',
]);

/** Words that start a reported clause's subject, though lower case: "he said the plan ...". */
export const SUBJECT_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'his',
  'her', 'their', 'our', 'its', 'my', 'your', 'some', 'many', 'most', 'all', 'no', 'none', 'several', 'any', 'each',
  'every', 'one', 'both', 'such', 'only', 'while', 'if', 'although', 'though', 'because', 'since', 'when', 'despite',
  'in', 'during', 'after', 'before', 'under', 'over', 'by', 'with', 'without', 'as', 'once', 'unless', 'even',
  'nearly', 'around', 'about', 'almost', 'more', 'less', 'at', 'from', 'currently', 'now', 'so', 'not', 'overall',
  'through', 'for', 'of', 'among', 'given', 'following', 'this', 'last', 'next', 'next', 'approximately',
  'neither', 'either', 'nobody', 'everybody', 'everyone', 'someone', 'somebody', 'nothing', 'everything',
  'something', 'anyone', 'few', 'much', 'another', 'other', 'others', 'what', 'how', 'why', 'whether', 'who',
]);

/** Noun heads of an unnamed source: "experts said", "a senior official told". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'expert', 'experts', 'council', 'councils', 'councillors', 'councilors', 'tenants',
  'unions', 'regulator', 'regulators', 'ministries', 'agencies', 'analyst', 'analysts', 'economist', 'economists', 'critics',
  'critic', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministers', 'stakeholders',
  'residents', 'observers', 'people', 'traders', 'farmers', 'diplomats', 'participants', 'speakers', 'members',
  'representatives', 'leaders', 'executives', 'statement', 'report', 'study', 'survey', 'police', 'authorities',
  'investors', 'lawmakers', 'researchers', 'scientists', 'activists', 'organisers', 'organizers', 'industry',
  'insiders', 'government', 'ministry', 'department', 'bank', 'agency', 'president', 'chairman', 'director',
  'secretary', 'governor', 'premier', 'chief', 'ceo', 'adviser', 'advisor', 'spokesmen', 'others', 'witnesses',
  'doctors', 'teachers', 'students', 'workers', 'manufacturers', 'exporters', 'importers', 'businessmen', 'company',
  'firm', 'group', 'commission', 'committee', 'board', 'office', 'court', 'judge', 'lawyer', 'lawyers', 'campaign',
  'aides', 'aide', 'staff', 'administration', 'house', 'pm', 'fund', 'imf', 'brokerage', 'association',
  'voters', 'respondents', 'americans', 'democrats', 'republicans', 'poll', 'polls', 'senators', 'supporters',
  'opponents', 'advocates', 'prosecutors', 'investigators', 'officers', 'letter', 'memo', 'filing', 'lawsuit',
  'complaint', 'attorney', 'attorneys', 'campaigners', 'protesters', 'parents', 'slide', 'ad', 'website', 'journal',
  'newspaper', 'analysis', 'mayor', 'senator', 'narrator', 'announcer', 'union', 'book', 'author', 'candidate',
  'nominee', 'host', 'moderator', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'friend', 'chairwoman',
  'chairperson', 'commissioner', 'sheriff', 'prosecutor', 'reporter', 'writer', 'columnist', 'pollster',
  'strategist', 'lawmaker', 'congressman', 'congresswoman', 'leader', 'founder', 'owner', 'manager', 'coach',
  'doctor', 'professor', 'scientist', 'historian', 'councilman', 'councilwoman', 'governors', 'mayors', 'senators',
  'authority', 'groups', 'companies', 'officers', 'organization', 'organisation', 'network', 'newspapers',
]);
