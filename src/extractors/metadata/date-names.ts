/**
 * Where pages keep their dates: meta names (lower case, as PageDocument.meta keys them), JSON-LD fields,
 * and class/id hints, as data. Order is precedence: the first name found wins.
 */

export const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'article.published',
  'datepublished',
  'rnews:datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'prism.publicationdate',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'published-date',
  'original-publish-date',
  'originalpublicationdate',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'og:pubdate',
  'creation_date',
  'displaydate',
  'pub_date',
  'release_date',
  'bt:pubdate',
  'article:post_date',
] as const;

/**
 * Generic date names: on many sites the page's build or last-edit date, not the story's. Read after the
 * dates printed on the page.
 */
export const GENERIC_DATE_META = ['dc.date', 'dcterms.date', 'date', 'created', 'datecreated'] as const;

export const MODIFIED_META = [
  'article:modified_time',
  'article:modified',
  'og:article:modified_time',
  'og:updated_time',
  'article:updated_time',
  'modified_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'revised',
  'updated',
  'sailthru.lastmodified',
  'parsely-updated',
  'bt:moddate',
] as const;

export const PUBLISHED_JSON_LD = ['datePublished', 'dateCreated', 'uploadDate', 'startDate'] as const;
export const MODIFIED_JSON_LD = ['dateModified'] as const;

/** A published date's element: class or id says "published", "date", "time", "posted" (htmldate's hints). */
export const PUBLISHED_HINT = /(?:^|[\s_-])(?:publi(?:shed|cation|shdate|sh)|pub[-_]?date|post(?:ed|-date|date|_date)|article[-_]?date|entry[-_]?date|date[-_]?publi|datum|fecha|data|date(?:line|time|stamp)?|time(?:stamp)?|meta[-_]?date|created|byline)(?:$|[\s_-])/i;

/** Class or id of something that is not the article's own date. */
export const NOT_PUBLISHED_HINT = /(?:updat|modif|comment|related|footer|sidebar|widget|copyright|teaser|recommend|next|prev|birth|event|expir)/i;

/** A `<time>` or date element that is the modified date. */
export const MODIFIED_HINT = /(?:updat|modif|aktualisiert|actualis|atualiz|bearbeitet|(?:^|[\s_-])mod(?:[\s_-]|$))/i;

/** Words that announce the publication date in a dateline ("Published 29 June 2024"). */
export const PUBLISHED_WORDS = /(?:published|posted|publié|publicado|pubblicato|veröffentlicht|erschienen|opublikowano|publicat|yayın|diterbitkan|gepubliceerd|publiceret|publisert|publicerad|опубликовано|dátum|datum|date|fecha|data)\s*:?/i;

/** Words that announce an update: a date after them is the modified date, not the published one. */
export const UPDATED_WORDS = /(?:updated|last modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|zaktualizowano|güncelleme|diperbarui|bijgewerkt|opdateret|oppdatert|uppdaterad|обновлено)\s*:?\s*$/i;

const UPDATED_LABELS = 'updated|last modified|modified|aktualisiert|zuletzt geändert|geändert|mis à jour|actualizado|aggiornato|atualizado|zaktualizowano|güncelleme|diperbarui|bijgewerkt|opdateret|oppdatert|uppdaterad|обновлено|editiert|bearbeitet';
const PUBLISHED_LABELS = 'published|posted|publié|publicado|pubblicato|veröffentlicht|erschienen|opublikowano|publicat|yayın|diterbitkan|gepubliceerd|publiceret|publisert|publicerad|опубликовано|publiziert|originally';

/** An update label shortly before a date ("Updated: Mon, 3 June 2024", "Aktualisiert am 3.6.2024"), no separator between. */
export const UPDATED_WORDS_BEFORE = new RegExp(`(?:${UPDATED_LABELS})[^|•·/]{0,25}$`, 'i');

/** A publication label shortly before a date ("Published 3 June 2024", "Erschienen am 3.6.2024"). */
export const PUBLISHED_WORDS_BEFORE = new RegExp(`(?:${PUBLISHED_LABELS})[^|•·/]{0,25}$`, 'i');
