import type { Element } from 'domhandler';
import type { PageDocument } from '../article/document';
import { articleObjects, namesOf, resolveRef } from './json-ld';
import { isSiteName, key, looksLikePerson, splitNames } from './byline-names';
import { siteNamesOf } from './site-suffix';
import { signedParagraphAuthors } from './byline-signoff';

export { splitNames } from './byline-names';

/**
 * The authors as printed ("Birgit Baumann, Anna Giulia Fink"), or null rather than junk. Cascade: JSON-LD
 * author (people, not organizations), meta author names (author, article:author, parsely-author,
 * sailthru.author, dc.creator, byl, citation_author), then byline elements (itemprop=author, rel=author,
 * .byline, elements whose class names an author). A strategy whose names are all the site's own name
 * ("n-tv NACHRICHTEN", "mdr.de") gives way to a later one that finds a person.
 */

export interface BylineResult {
  value: string;
  names: string[];
  rule: string;
}

const BYLINE_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'author_name', 'cxenseparse:author'];
/** Where an author-looking element is not this article's byline (the <body>'s own classes do not count). */
const NOT_BYLINE_TAGS = new Set(['footer', 'aside', 'nav']);
const NOT_BYLINE_AREA_CLASS = /\bcomments?\b|related|teaser|recommend/i;
/** Class names that say "author" but hold a biography, a photo or a link list, not the byline. */
const NOT_BYLINE_CLASS = /bio|avatar|image|img|photo|picture|social|follow|profile|about|more|box|card|teaser|related|comment|brand|date|time|meta-?data/i;
const AUTHOR_CLASS = /author/i;
const MAX_ELEMENT_TEXT = 200;
/**
 * A link to the author's page, by the path CMSs give it (WordPress "/author/jane-doe/", "/autoren/name/…",
 * "/auteur/…"): the byline without any class or rel to say so.
 */
const AUTHOR_LINK = /\/(?:authors?|autor(?:en|es|i|e)?|auteurs?)\/[^/?#\s]/i;

/** Every word capitalized: "Dr. Max Kolter", not "Guide to authors" or "Ver más artículos". */
const CAPITALIZED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The first author-page link outside navigation and footers whose text is a capitalized name; "/authors/"
 * alone (the staff list) has no slug after it. Only the first: further ones are mostly related stories' authors.
 */
function authorLinks(doc: PageDocument): string[] {
  let found: string | null = null;
  doc.$('a[href]').each((_, node) => {
    const el = node as Element;
    if (!AUTHOR_LINK.test(el.attribs.href ?? '') || inNonBylineArea(doc, el)) return;
    const t = elementText(doc, el)?.replace(/\s+/g, ' ');
    if (!t || !CAPITALIZED_WORDS.test(t)) return;
    found = t;
    return false;
  });
  return found ? [found] : [];
}
/** How many author-class elements to read: a byline lists its authors near the top. */
const MAX_AUTHOR_ELEMENTS = 3;

function jsonLdAuthors(doc: PageDocument): string[] {
  for (const obj of articleObjects(doc)) {
    const names = namesOf(resolveRef(doc, obj.author ?? obj.creator));
    if (names.length > 0) return names;
  }
  return [];
}

function metaAuthors(doc: PageDocument): string[] {
  for (const name of BYLINE_META) {
    const values = (doc.meta.get(name) ?? []).filter((v) => !/^https?:|^@/.test(v.trim()));
    if (values.length > 0) return values;
  }
  return [];
}

function inNonBylineArea(doc: PageDocument, el: Element): boolean {
  return doc
    .$(el)
    .parents()
    .toArray()
    .some((p) => p.tagName !== 'body' && p.tagName !== 'html' && (NOT_BYLINE_TAGS.has(p.tagName) || p.attribs.id === 'comments' || NOT_BYLINE_AREA_CLASS.test(p.attribs.class ?? '')));
}

function elementText(doc: PageDocument, el: Element): string | null {
  const $el = doc.$(el);
  const named = $el.find('[itemprop="name"]').first();
  const t = (named.length > 0 ? named.attr('content') ?? named.text() : $el.attr('content') ?? $el.text()).trim();
  return t && t.length < MAX_ELEMENT_TEXT ? t : null;
}

function elementAuthors(doc: PageDocument, selector: string): string[] {
  const out: string[] = [];
  doc.$(selector).each((_, node) => {
    const el = node as Element;
    if (inNonBylineArea(doc, el)) return;
    const t = elementText(doc, el);
    if (t) out.push(t);
  });
  return out;
}

const isAuthorClass = (cls: string) => AUTHOR_CLASS.test(cls) && !NOT_BYLINE_CLASS.test(cls);

/**
 * Elements whose class names an author ("article__author", "published-by__author", "authorname",
 * "authors__list-item"), innermost first: the outer box ("authors") also holds the brand, date and reading time.
 */
function authorClassElements(doc: PageDocument): string[] {
  const out: string[] = [];
  doc.$('[class]').each((_, node) => {
    const el = node as Element;
    if (out.length >= MAX_AUTHOR_ELEMENTS) return false;
    if (!isAuthorClass(el.attribs.class ?? '')) return;
    if (inNonBylineArea(doc, el)) return;
    if (doc.$(el).find('[class]').toArray().some((d) => isAuthorClass((d as Element).attribs.class ?? ''))) return;
    const t = elementText(doc, el);
    if (t) out.push(t);
    return;
  });
  return out;
}

/** A label before the name, in its own element: "<strong>Autor</strong> Jane Doe", "<dt>Author:</dt><dd>…". */
const AUTHOR_LABEL = /^(?:author|authors|autor|autorin|autoren|autorin\/autor|autor\/in|autor\*in|auteur|auteurs|autore|autori|written by)\s*:?$/i;

/**
 * The name that follows an author label: the rest of the label's parent (a list item, a paragraph), or the
 * next element (a definition list, a table row).
 */
function labelledAuthors(doc: PageDocument): string[] {
  const out: string[] = [];
  doc.$('strong, b, dt, th, span, label').each((_, node) => {
    const el = node as Element;
    if (out.length >= 1) return false;
    const label = doc.$(el).text().replace(/\s+/g, ' ').trim();
    if (!AUTHOR_LABEL.test(label) || inNonBylineArea(doc, el)) return;
    const parent = doc.$(el).parent();
    const rest = parent.text().replace(/\s+/g, ' ').trim();
    const after = rest.startsWith(label) ? rest.slice(label.length).trim() : doc.$(el).next().text().replace(/\s+/g, ' ').trim();
    const name = after || doc.$(el).next().text().replace(/\s+/g, ' ').trim();
    if (name && name.length < MAX_ELEMENT_TEXT) out.push(name.replace(/^:\s*/, ''));
    return;
  });
  return out;
}

export interface BylineStrategy {
  rule: string;
  find(doc: PageDocument): string[];
  /** read from page elements rather than from fields meant for the author */
  printed?: boolean;
}

export const BYLINE_STRATEGIES: BylineStrategy[] = [
  { rule: 'json-ld author', find: jsonLdAuthors },
  { rule: 'meta author', find: metaAuthors },
  { rule: 'itemprop author', find: (doc) => elementAuthors(doc, '[itemprop="author"]'), printed: true },
  { rule: 'rel author', find: (doc) => elementAuthors(doc, 'a[rel="author"]'), printed: true },
  { rule: 'byline class', find: (doc) => elementAuthors(doc, '.byline, .by-line, .article-byline, .author-name, .byline__name, .c-byline, [class*="byline"]').slice(0, 3), printed: true },
  { rule: 'author class', find: authorClassElements, printed: true },
  { rule: 'author link', find: authorLinks, printed: true },
  { rule: 'author label', find: labelledAuthors, printed: true },
];

/**
 * The first strategy that finds names wins. When all it finds is the site's own name (JSON-LD or meta author
 * "n-tv NACHRICHTEN" on n-tv.de), a person printed in the byline is preferred; with none, the site's name is
 * the byline, as the publisher states it.
 */
/** The site's names, and the publisher's as JSON-LD gives it ("n-tv NACHRICHTEN" on n-tv.de). */
function siteKeysOf(doc: PageDocument, siteName: string | null): string[] {
  const publishers = articleObjects(doc).flatMap((o) => namesOf(resolveRef(doc, o.publisher)));
  return [...siteNamesOf(doc, siteName), ...publishers].map(key).filter((k) => k.length >= 2);
}

/** "Deutsche Welle (www.dw.com)": a name followed by its web address in brackets is a publisher, not a person. */
const NAME_WITH_ADDRESS = /^(.+?)\s*[([]\s*(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?\s*[)\]]\.?$/u;

function publishersByAddress(raw: string[]): string[] {
  return raw.flatMap((r) => {
    const m = NAME_WITH_ADDRESS.exec(r.replace(/\s+/g, ' ').trim());
    return m ? [key(m[1])] : [];
  }).filter((k) => k.length >= 2);
}

export function extractByline(doc: PageDocument, siteName: string | null = null): BylineResult | null {
  const siteKeys = siteKeysOf(doc, siteName);
  let siteOnly: BylineResult | null = null;
  for (const s of BYLINE_STRATEGIES) {
    // to replace the site's name, a printed name must look like a person's, not a desk code ("amw")
    const raw = s.find(doc);
    siteKeys.push(...publishersByAddress(raw));
    const names = splitNames(raw).filter((n) => !siteOnly || !s.printed || looksLikePerson(n));
    if (names.length === 0) continue;
    const people = names.filter((n) => !isSiteName(n, siteKeys));
    if (people.length === 0) {
      siteOnly ??= { value: names.join(', '), names, rule: s.rule };
      continue;
    }
    // "Jane Doe, Lrt.lt": beside a person, the site's own name is not an author
    return { value: people.join(', '), names: people, rule: s.rule };
  }
  // no field named a person: a name signed above or below the text is the byline ("<p><b>Jane Doe</b></p>")
  const signed = splitNames(signedParagraphAuthors(doc)).filter((n) => looksLikePerson(n) && !isSiteName(n, siteKeys));
  if (signed.length > 0) return { value: signed.join(', '), names: signed, rule: 'signed paragraph' };
  return siteOnly;
}
