/**
 * Word lists and patterns the body extractor reads, compiled once (Readability's REGEXPS table,
 * trafilatura's xpaths.py). Tuned on general page structure, never on one site's class names.
 */

/**
 * Elements that never hold article text: dropped before scoring. Not <head> itself but what belongs in it:
 * on a page without <body>, the fast parser leaves the whole page inside <head>.
 */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'picture', 'img', 'figure', 'figcaption', 'button', 'input', 'select', 'textarea', 'option', 'label',
  'nav', 'aside', 'footer', 'dialog', 'menu', 'link', 'meta', 'base', 'title', 'amp-ad', 'amp-sidebar',
  'amp-social-share', 'amp-img', 'amp-video', 'amp-iframe', 'amp-analytics', 'amp-carousel', 'source', 'map',
]);

/** ARIA roles of page furniture. */
export const DROP_ROLES = new Set([
  'navigation', 'complementary', 'banner', 'menu', 'menubar', 'dialog', 'alertdialog', 'contentinfo', 'search',
  'toolbar', 'tablist',
]);

/** Block-level elements: they end the paragraph before them and start a new one. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'br', 'caption',
  'html', 'amp-story', 'article-body',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Readability's unlikely candidates: a class or id with these words marks furniture (comments, share bars,
 * related links, newsletter boxes) unless it also says it is content (MAYBE_CANDIDATE).
 */
export const UNLIKELY_CANDIDATE =
  /-ad-|\bads?\b|adslot|advert|ai2html|banner|breadcrumb|byline|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|masthead|modal|navbar|newsletter|outbrain|pagination|pager|popup|promo|recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|tags?\b|toolbar|trending|yom-remote|agegate|ad-break|most-?popular|most-?read|read-?more|recommend|author-?(bio|info|box)|caption|credit|dateline|timestamp|print-?only|visually-?hidden|sr-only|screen-reader/i;

export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow|story|entry|post-?text/i;

/** Class/id words that raise or lower a block's content score (Readability's positive/negative). */
export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|paragraph/i;
export const NEGATIVE_HINT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|dateline|caption|credit|newsletter|subscribe|recommend|popular|trending|social|\bnav|menu|breadcrumb|teaser|more-?stories|read-?next|signup/i;

/** Hidden by inline style: never shown, so never article text. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Markers of a paywall or subscriber-only body, for the "paywall suspected" warning. */
export const PAYWALL_HINT = /paywall|subscriber-?only|premium-?content|meter-?wall|piano-?(offer|paywall)|regwall|locked-?content/i;

/** Commas in Latin, CJK and Arabic scripts count as clause boundaries in a block's score. */
export const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/**
 * A short paragraph that is furniture whatever the page ("Advertisement" and its German, Spanish, French,
 * Italian, Portuguese, Indonesian and Russian labels, "Share this article", a share widget's "Sharing is caring!",
 * a related-links box's "More:" label left without its links).
 */
export const BOILERPLATE_LINE =
  /^(advertisements?|advert|ad|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|iklan|реклама|tags?|topics|filed under|sponsored( content)?|story continues( below)?( advertisement)?|continue reading( below| the main story)?|read more|read (the )?full (story|article)|related( articles| stories| content| coverage| posts)?:?|more (on|from) this.*|share( this( article| story| post)?)?( on \w+)?|tweet|email|print|print this( story| article| page)?|email (this( story| article)?|a friend)|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|follow us( on)?.*|sign up( for)? .*newsletter.*|subscribe( now| to .*)?|click here .*|loading\.{0,3}|image:? .*|photo:? .*|(image|photo|picture) (credit|source):? .*|getty images|(back )?to top|skip (to|advertisement).*|you might also like:?|recommended( for you)?:?|most (read|popular|viewed)|trending( now)?|don'?t miss:?|don’t miss:?|next (article|story)|previous (article|story)|comments?|leave a (comment|reply)|\d+ comments?|view comments|show comments|listen( to this article)?.*|\d+ min(ute)? read|reading time:? .*|text size|font size|a a a|sharing is caring!?|more)$/i;

/** A byline line near the top: "By Jane Doe", "Posted by ...", "Written by ... |". */
export const BYLINE_LINE = /^(by|posted by|written by|words by|story by|reporting by|from)\s*:?\s+[\p{Lu}@][^.!?]{0,80}$/iu;

/** A dateline or timestamp line: only a date, time, "Published"/"Updated" and separators. */
export const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|[ecmp][sd]t|gmt|utc|ist|pkt|bst|cet|hours?|minutes?|mins?|days?|ago|\d{1,4}(st|nd|rd|th)?)\b/gi;

/**
 * Month and weekday names of the other languages most common in the benchmark pages (Spanish, Portuguese,
 * French, German, Italian), for datelines such as "segunda-feira, 22 de janeiro de 2018 às 0:13".
 */
const OTHER_LANGUAGE_DAY_WORDS = [
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'januar|februar|märz|juni|juli|oktober|dezember',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato',
].join('|');

/**
 * The small words and stamp words of those datelines: "22 de janeiro de 2018 às 0:13", "Veröffentlicht am
 * 3. März um 10 Uhr", "publié le 4 février à 18h30".
 */
const OTHER_LANGUAGE_DATE_GLUE =
  'de|del|às|as|à|le|el|am|um|uhr|h|alle|ore|il|\\d{1,2}h\\d{0,2}|veröffentlicht|erschienen|aktualisiert|publié|publicado|publicada|pubblicato|actualizado|atualizado|aggiornato|mis|jour';

/**
 * Words of a date or time when the line is cut into tokens ("p.m." is "p" "m", "ET" a zone): a lead line
 * made only of these, numbers, meta words and the author's name is a dateline or byline.
 */
export const DATE_TOKEN = new RegExp(
  `^(?:${DATE_WORDS.source}|[ap]|m|et|pt|ct|mt|gmt|utc|today|yesterday|hrs?|secs?|week|weeks|month|months|year|years|${OTHER_LANGUAGE_DAY_WORDS}|${OTHER_LANGUAGE_DATE_GLUE})$`,
  'i',
);

/**
 * A token that makes a run of date tokens a dateline rather than a clock time: a month, a weekday, a year,
 * "ago", or a publishing verb. "10 p.m." alone is a section heading in running-update stories.
 */
export const DAY_ANCHOR_TOKEN = new RegExp(
  `^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|published|updated|posted|modified|ago|today|yesterday|(19|20)\\d\\d|${OTHER_LANGUAGE_DAY_WORDS})$`,
  'i',
);

/** Words of a byline or meta line besides names and dates: "By ... and ...", "Staff Reporter", "5 min read". */
export const META_TOKEN =
  /^(by|and|with|from|for|the|staff|reporter|writer|correspondent|editor|contributor|columnist|senior|chief|special|guest|photographer|published|updated|posted|last|modified|first|min|minute|read|reading|time)s?$/i;

/**
 * A line that opens the furniture after an article ("You may also like...", "Tags", "Comments", a theme's
 * "Filed under: Politics |" category line, "More Great Harbour Stories"): when it
 * comes in the second half of the text, it and everything after it go.
 */
export const TAIL_START_LINE =
  /^(you (may|might) (also )?like|related( articles| stories| posts| content| coverage| reading)?|more (stories|articles|from [\p{L} ]{1,40}|[\p{L} ]{1,30} (stories|articles))|recommended( for you| stories)?|read (next|more)|tags?|topics|filed under(?::\s*[^:]{1,60})?|tell us what you think|comments?|leave a (comment|reply)|\d+ comments?|join the (conversation|discussion)|about the author|share this( article| story| post)?)\s*[:.…]*$/iu;

/**
 * A closing note after the article's last paragraph, which is not part of the story: contributor credits
 * ("Jane Doe contributed reporting from Hong Kong.", "Associated Press writers ... contributed to this
 * report."), the reporter's address ("Write to Jane Doe at jd@paper.example", "Have a tip? Jane Doe may be
 * reached at ..."), follow prompts ("Follow Newsbeat on Instagram, Facebook and YouTube.", "Follow AP's full
 * coverage of Brexit at https://..."), and the publisher's own subscription offer ("Get the latest updates in
 * your inbox. Subscribe to ...", "Get Cycle Monthly delivered ... 12 issues for £11.99"). A news agency's
 * "(Reporting by ...; Editing by ...)" stays: benchmark golds keep it as part of the wire copy.
 */
export const CLOSING_LINE = new RegExp(
  [
    String.raw`\bcontributed (?:reporting|research|to (?:this|the) (?:report|story|article))\b`,
    String.raw`^(?:have a (?:news )?tip\??\s*)?[^.!?]{0,60}\bmay be reached at\b`,
    String.raw`^write to [^.!?]{0,60}\bat\s+\S+@\S+`,
    // one sentence: a deals page's "Follow @Deals on Twitter ... Prices are subject to change" is its small print
    String.raw`^follow [^.!?]{0,80}\b(?:on (?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|threads|bluesky)|coverage of)\b(?:[^.!?]|\.(?=\S))*[.!]?$`,
    String.raw`^get (?:the latest|access to|[^.!?]{0,60}\bdelivered\b)[^]{0,200}\b(?:subscri\w*|newsletters?|issues for)\b`,
  ].join('|'),
  'iu',
);

/** A photo caption left in the text, known by the credit it ends with: "... the new berth. (credit: Port Authority)". */
export const CREDITED_CAPTION = /[([]\s*(?:photo|image|picture|credit|foto|bild)s?(?: credit)?\s*:[^)\]]{1,80}[)\]]\s*$/i;

/** A promo line that is only a link: "Read more: ...", "Related: ...", "See also: ..." (short, any topic). */
export const PROMO_LINE = /^(read more|see more|more|related|see also|also read|read also|also see|recommended|watch|listen|opinion|explainer|analysis|live|trending)\s*[:|»›>-]\s+\S/i;

/** A headline link promoted inside the text with a capitalized tag: "Minister speaks out [VIDEO]", "... [INSIGHT]|". */
export const TAGGED_PROMO_LINE = /\S.*\[[A-Z][A-Z ]{2,19}\]\s*\|?$/u;

/**
 * Class/id words of a byline, timestamp or entry-meta line. Unlike UNLIKELY_CANDIDATE this is not
 * overridden by content words ("entry-meta" on a live blog), but only short blocks go.
 */
export const META_BLOCK =
  /(^|[-_\s])(meta|byline|by-?line|author|authors|dateline|timestamp|date|time|posted-?on|published|pubdate|updated|kicker|eyebrow|caption|credit)s?($|[-_\s])/i;

/**
 * Class of a post embedded from a social network (the oEmbed markup Twitter/X, Instagram, TikTok, Bluesky and
 * Threads hand out): the quoted post is part of the story, whatever its wrapper's class says ("social-embed").
 */
export const EMBEDDED_POST = /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media)(\s|$)/i;

/** Class/id words of a standfirst: the summary printed between headline and body ("m-detail--abstract"). */
export const STANDFIRST_HINT = /(^|[-_\s])(abstract|dek|standfirst|stand-first|sub-?title|sub-?headline|summary|excerpt)s?($|[-_\s])/i;
