import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { PageDocument } from '../article/document';
import { cleanText } from './text-clean';

/**
 * The headline as the page prints it, read from the heading element rather than from meta tags.
 *
 * Two habits of news templates make the first <h1> a poor reading:
 * - the <h1> sits in the breadcrumb trail (n-tv, stern, Tages-Anzeiger, Kicker, Business Insider): it holds
 *   the SEO title, often "Kicker: Headline", while the printed headline is an <h2> in the article header;
 * - the heading carries its kicker (Dachzeile, overline, eyebrow) as a child element before the headline
 *   ("<span class=kicker>Eskalation im Nahen Osten</span><span class=title__text>Headline</span>"): the
 *   kicker is a label, not part of the headline.
 */

export interface HeadlineElement {
  value: string;
  /** 'h1' or 'article h2', with ' without kicker' when a kicker element was left out */
  rule: string;
}

interface HeadingReading {
  value: string | null;
  kickerDropped: boolean;
}

/** The heading is only the crumb trail's last item, not the printed headline. */
const CRUMB_CLASS = /breadcrumb|crumb|seotitle|seo-title/i;
/** Hidden text: screen-reader copies and the dashes templates put between kicker and headline. */
const HIDDEN_CLASS = /(?:^|[\s_-])(?:sr-only|visually-?hidden|h-offscreen|offscreen|screen-?reader|hiddendash|hidden)(?:$|[\s_-])/i;
/** Kicker parts of a heading, in the names templates give them. */
const KICKER_CLASS = /kicker|overline|dachzeile|topline|top-line|eyebrow|roofline|spitzmarke|titleheader|supertitle|super-title|pretitle|pre-title|flag/i;
/** A class token that marks the headline part: "article__headline", "title__headline", "ContentHead_text__2MEnX". */
const HEADLINE_CLASS_TOKEN = /headline|(?:^|_|-)text(?:__|$)|(?:^|_|-)title-?text(?:__|$)/i;
/** Where a heading is not the article's: navigation, page furniture, teasers of other stories. */
const OUTSIDE_TAGS = new Set(['nav', 'aside', 'footer', 'dialog']);
const OUTSIDE_CLASS = /teaser|related|recommend|consent|cookie|modal|dialog/i;
/** Page furniture only: near the crumb, a "teaser" class may be the article's own header (BR). */
const FURNITURE_CLASS = /consent|cookie|modal|dialog/i;
/** How far up from the crumb to look for the printed headline. */
const CRUMB_SCOPE_DEPTH = 8;
/** Only punctuation: a separator the template prints between kicker and headline ("Kicker: Headline"). */
const SEPARATOR_ONLY = /^[\s:|\-\u2013\u2014\u00b7\u2022/]+$/;
const MAX_LENGTH = 300;

function classOf($el: Cheerio<Element>): string {
  return $el.attr('class') ?? '';
}

/** An <h1> in the breadcrumb trail: by its own class or attribute, a crumb-like ancestor, or a <nav> around it. */
function inCrumbs($: CheerioAPI, $el: Cheerio<Element>): boolean {
  if (CRUMB_CLASS.test(classOf($el)) || $el.attr('data-breadcrumb-headline') !== undefined) return true;
  return $el.parents().toArray().some((p) => p.tagName === 'nav' || CRUMB_CLASS.test($(p).attr('class') ?? ''));
}

function hasAncestor($: CheerioAPI, $el: Cheerio<Element>, classes: RegExp): boolean {
  return $el
    .parents()
    .toArray()
    .some((p) => p.tagName !== 'body' && p.tagName !== 'html' && (OUTSIDE_TAGS.has(p.tagName) || $(p).attr('role') === 'navigation' || classes.test($(p).attr('class') ?? '')));
}

/** In navigation, a dialog or a teaser of another story (the <body>'s own classes do not count). */
function outsideArticle($: CheerioAPI, $el: Cheerio<Element>): boolean {
  return hasAncestor($, $el, OUTSIDE_CLASS);
}

function isHidden($el: Cheerio<Element>): boolean {
  return $el.attr('aria-hidden') === 'true' || $el.attr('hidden') !== undefined || HIDDEN_CLASS.test(classOf($el));
}

/**
 * A heading's text without its kicker: the child marked as headline, else every visible non-kicker child.
 * A kicker joined to the headline by a visible separator ("Kicker: Headline" on one line, as Bild prints it)
 * is part of the printed headline and stays.
 */
export function readHeading($: CheerioAPI, heading: Cheerio<Element>): HeadingReading {
  const whole = { value: cleanText(heading.text()), kickerDropped: false };
  const children = heading.children().toArray().map((c) => $(c));
  if (children.length < 2) return whole;
  const visible = children.filter((c) => !isHidden(c) && cleanText(c.text()));
  if (visible.some((c) => SEPARATOR_ONLY.test(c.text()))) return whole;
  const isKicker = (c: Cheerio<Element>) => KICKER_CLASS.test(classOf(c));
  const marked = visible.filter((c) => !isKicker(c) && classOf(c).split(/\s+/).some((t) => HEADLINE_CLASS_TOKEN.test(t)));
  if (marked.length === 1 && visible.length >= 2) return { value: cleanText(marked[0].text()), kickerDropped: true };
  const kickers = visible.filter(isKicker);
  if (kickers.length === 0 || kickers.length === visible.length) return whole;
  const copy = heading.clone();
  copy.children().each((_, c) => {
    const $c = $(c);
    if (isHidden($c) || isKicker($c)) $c.remove();
  });
  return { value: cleanText(copy.text()), kickerDropped: true };
}

export function headingText($: CheerioAPI, heading: Cheerio<Element>): string | null {
  return readHeading($, heading).value;
}

function usable(value: string | null): value is string {
  return !!value && value.length < MAX_LENGTH;
}

function result(reading: HeadingReading, rule: string): HeadlineElement | null {
  if (!usable(reading.value)) return null;
  return { value: reading.value, rule: reading.kickerDropped ? `${rule} without kicker` : rule };
}

/**
 * The printed headline near a crumb <h1>: the first <h2> after it in the smallest enclosing block that has
 * one (the crumb and the headline share the article header; a consent dialog's <h2> lies elsewhere).
 */
function headlineAfterCrumb($: CheerioAPI, crumb: Element, order: Element[]): HeadlineElement | null {
  const start = order.indexOf(crumb);
  let scope = $(crumb).parent();
  for (let depth = 0; depth < CRUMB_SCOPE_DEPTH && scope.length > 0 && !scope.is('body, html'); depth++) {
    for (const el of scope.find('h2').toArray()) {
      const h = $(el);
      if (order.indexOf(el) < start || isHidden(h) || inCrumbs($, h) || hasAncestor($, h, FURNITURE_CLASS)) continue;
      const found = result(readHeading($, h), 'article h2');
      if (found) return found;
    }
    scope = scope.parent();
  }
  return null;
}

/**
 * The first <h1> that is neither in the breadcrumb trail nor hidden nor in a teaser; when the only <h1>s
 * are crumbs, the <h2> printed after the crumb; failing that, the crumb itself.
 */
export function printedHeadline(doc: PageDocument): HeadlineElement | null {
  const $ = doc.$;
  const headings = $('h1, h2').toArray();
  const h1s = headings.filter((el) => el.tagName === 'h1');
  const crumbs = h1s.filter((el) => inCrumbs($, $(el)));
  for (const el of h1s) {
    const h = $(el);
    if (crumbs.includes(el) || isHidden(h) || outsideArticle($, h)) continue;
    const found = result(readHeading($, h), 'h1');
    if (found) return found;
  }
  if (crumbs.length > 0) {
    // no printed headline found: the crumb still holds a title the other sources may agree with
    return headlineAfterCrumb($, crumbs[0], headings) ?? result(readHeading($, $(crumbs[0])), 'h1');
  }
  // every <h1> sits in something teaser-like: some templates name the article's own header so ("ModuleTeaser")
  for (const el of h1s) {
    const h = $(el);
    if (isHidden(h) || h.closest('nav, aside, footer, dialog').length > 0) continue;
    const found = result(readHeading($, h), 'h1');
    if (found) return found;
  }
  return null;
}
