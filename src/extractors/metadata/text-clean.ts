import * as cheerio from 'cheerio';

/**
 * Meta content and JSON-LD strings sometimes arrive still entity-encoded ("R&uuml;ckbau", "&quot;", "&#039;"):
 * the page escaped them twice. Decoding once more through the HTML parser gives the printed text.
 */
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

export function decodeEntities(s: string): string {
  if (!ENTITY.test(s)) return s;
  return cheerio.load(`<p>${s.replace(/</g, '&lt;')}</p>`, null, false).text();
}

/** Entities decoded, whitespace (including no-break and zero-width spaces) collapsed, trimmed; null when empty. */
export function cleanText(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = decodeEntities(raw).replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}
