import type { PageDocument } from '../article/document';
import { articleObjects, textOf } from './json-ld';

/**
 * The page's language as BCP 47 ("en", "en-GB", "de", "zh-Hant"): <html lang>, then og:locale,
 * content-language, dc.language, JSON-LD inLanguage. Values like "en_US" or "EN-gb" are normalized.
 */

const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?(?:[-_].*)?$/i;

/** "en_us" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW"; null for anything that is not a language tag. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]/).find((s) => s.length > 0);
  if (!first) return null;
  const m = TAG.exec(first.trim());
  if (!m) return null;
  const lang = m[1].toLowerCase();
  // "und" and "mul" say nothing about the page; "x-default" is a hreflang value, not a language
  if (lang === 'und' || lang === 'mul' || lang === 'zxx') return null;
  const script = m[2] ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : null;
  const region = m[3] ? m[3].toUpperCase() : null;
  return [lang, script, region].filter(Boolean).join('-');
}

export interface LanguageStrategy {
  rule: string;
  find(doc: PageDocument): string | null | undefined;
}

export const LANGUAGE_STRATEGIES: LanguageStrategy[] = [
  { rule: 'html lang', find: (doc) => doc.$('html').attr('lang') ?? doc.$('html').attr('xml:lang') },
  { rule: 'json-ld inLanguage', find: (doc) => articleObjects(doc).map((o) => textOf(o.inLanguage)).find(Boolean) },
  { rule: 'og:locale', find: (doc) => doc.meta.get('og:locale')?.[0] },
  { rule: 'content-language', find: (doc) => doc.meta.get('content-language')?.[0] ?? doc.meta.get('language')?.[0] },
  { rule: 'dc.language', find: (doc) => doc.meta.get('dc.language')?.[0] ?? doc.meta.get('dcterms.language')?.[0] },
];

export function extractLanguage(doc: PageDocument): string | null {
  for (const s of LANGUAGE_STRATEGIES) {
    const v = normalizeLanguage(s.find(doc));
    if (v) return v;
  }
  return null;
}
