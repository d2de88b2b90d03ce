import type { PageDocument } from '../article/document';

/**
 * Site names that titles carry ("Headline | Der Standard", "Headline：朝日新聞デジタル") and their removal.
 * Only a part that names the site is cut: a suffix that is a section or a slogan stays, because the gold
 * and the reader both read it as part of the headline unless it repeats the publication's name.
 */

/** Separators between headline and site name, with spaces around (Readability's list plus guillemets). */
export const SEPARATOR = /\s+[|\u2013\u2014\-\u00b7\u2022:»«/\\~]+\s+|\s*\|\s*/;
const SEPARATOR_GLOBAL = /\s+[|\u2013\u2014\-\u00b7\u2022:»«/\\~]+\s+|\s*\|\s*/g;
/**
 * Separators written without spaces before a site name: full-width bar and colon (Japanese sites), the
 * Hangul letter ㅣ used as a bar (Korean sites), 丨 and _ (Chinese sites), and the ASCII ones.
 */
const TIGHT_SEPARATOR = /[|\uff5c:\uff1a\u3163\u4e28_\-\u2013\u2014\u00b7\u2022»]\s*$/;
/**
 * A section name between headline and site, joined by a hyphen without spaces ("…커졌다-정치ㅣ한국일보"). Only
 * in scripts without case: in Latin text a tight hyphen joins a compound ("pro-Russia") and is no separator.
 */
const TIGHT_SECTION = /[-\u2013](\p{Lo}{1,8})\s*$/u;

export function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Site names a title may carry: og:site_name, application-name, the host's name ("derstandard"). */
export function siteNamesOf(doc: PageDocument, siteName: string | null): string[] {
  const names = [siteName, doc.meta.get('og:site_name')?.[0], doc.meta.get('application-name')?.[0]].filter(
    (x): x is string => !!x && x.trim().length > 0,
  );
  if (doc.url) {
    try {
      const host = new URL(doc.url).hostname.replace(/^www\./, '');
      names.push(host, host.split('.').slice(0, -1).join('.'));
    } catch {
      /* no host */
    }
  }
  return [...new Set(names.map((n) => n.trim()))];
}

function isSitePart(part: string, sites: string[]): boolean {
  const k = key(part);
  if (!k) return true;
  return sites.some((s) => k === s || (k.length >= 4 && (s.includes(k) || k.includes(s)) && part.split(' ').length <= 5));
}

/** Cuts leading and trailing spaced parts that name the site: "Headline | Der Standard" -> "Headline". */
function stripSpacedSiteParts(title: string, sites: string[]): string {
  const parts = title.split(SEPARATOR_GLOBAL);
  const seps = title.match(SEPARATOR_GLOBAL) ?? [];
  if (parts.length < 2) return title;
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSitePart(parts[end - 1], sites)) end--;
  while (end - start > 1 && isSitePart(parts[start], sites)) start++;
  if (start === 0 && end === parts.length) return title;
  let out = parts[start];
  for (let i = start + 1; i < end; i++) out += seps[i - 1] + parts[i];
  return out.trim();
}

/** Cuts a site name written right after the headline: "Headline：朝日新聞デジタル", "Headline-정치ㅣ한국일보". */
function stripTightSiteName(title: string, names: string[]): string {
  const lower = title.toLowerCase();
  for (const name of names) {
    if (name.length < 2 || !lower.endsWith(name.toLowerCase())) continue;
    const head = title.slice(0, title.length - name.length);
    if (!TIGHT_SEPARATOR.test(head)) continue;
    let out = head.replace(TIGHT_SEPARATOR, '').trimEnd();
    out = out.replace(TIGHT_SECTION, '').trimEnd();
    if (key(out).length > 0) return out;
  }
  return title;
}

/** The title without the site's name at either end; the title itself when nothing names the site. */
export function stripSiteName(title: string, names: string[]): string {
  const spaced = stripSpacedSiteParts(title, names.map(key).filter((k) => k.length >= 2));
  return stripTightSiteName(spaced, names);
}
