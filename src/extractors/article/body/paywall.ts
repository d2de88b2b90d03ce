import type { CheerioAPI } from 'cheerio';
import { PAYWALL_HINT } from './hints';

/** A page says it is (partly) behind a paywall: schema.org isAccessibleForFree=false, or paywall markup. */
export function paywallSuspected($: CheerioAPI): boolean {
  const html = $.html();
  if (/"isAccessibleForFree"\s*:\s*"?false"?/i.test(html)) return true;
  let hinted = false;
  $('[class], [id]').each((_, el) => {
    const a = (el as { attribs?: Record<string, string> }).attribs ?? {};
    if (PAYWALL_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`)) {
      hinted = true;
      return false;
    }
    return undefined;
  });
  return hinted;
}
