import type { ExtractContext } from '../context';
import { COUNTRY_RUPEE, PLACE_COUNTRIES, SITE_COUNTRIES, TLD_COUNTRIES, type Country } from '../lexicons/country-cues';

const PLACE_RE = new RegExp(`\\b(?:${Object.keys(PLACE_COUNTRIES).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const LANGUAGE_REGION = /^[a-z]{2,3}-([A-Z]{2})$/i;

function fromUrl(url: string | null): Country | null {
  if (!url) return null;
  try {
    const tld = new URL(url).hostname.split('.').pop() ?? '';
    return TLD_COUNTRIES[tld.toLowerCase()] ?? null;
  } catch {
    return null;
  }
}

function fromSite(siteName: string | null): Country | null {
  if (!siteName) return null;
  const name = siteName.toLowerCase();
  for (const [cue, country] of SITE_COUNTRIES) if (name.includes(cue)) return country;
  for (const [place, country] of Object.entries(PLACE_COUNTRIES)) if (place.length > 4 && name.includes(place)) return country;
  return null;
}

function fromText(text: string): Country | null {
  const counts = new Map<Country, number>();
  for (const m of text.matchAll(PLACE_RE)) {
    const country = PLACE_COUNTRIES[m[0].toLowerCase()];
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let best: Country | null = null;
  for (const [country, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = country;
  return best;
}

/**
 * The article's country, by the strongest cue: the host's country domain, a known site name, the language's
 * region ("en-US"), then the South Asian places the text names most. Null when nothing tells.
 */
export function articleCountry(text: string, ctx: ExtractContext): Country | null {
  const region = ctx.language ? LANGUAGE_REGION.exec(ctx.language)?.[1].toLowerCase() : undefined;
  return fromUrl(ctx.url) ?? fromSite(ctx.siteName) ?? (region ? TLD_COUNTRIES[region] ?? null : null) ?? fromText(text);
}

/** Rupees are PKR unless the article is Indian, Sri Lankan or Nepali (the project's reference case is Pakistani). */
export function rupeeCode(country: Country | null): string {
  return (country && COUNTRY_RUPEE[country]) ?? 'PKR';
}
