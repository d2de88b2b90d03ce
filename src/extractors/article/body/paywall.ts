import type { PageDocument } from '../document';
import { PAYWALL_HINT } from './hints';

/**
 * A page says it is (partly) behind a paywall: schema.org isAccessibleForFree=false, or paywall markup.
 * Read before the body extractor prunes the tree, and from the served HTML rather than a re-serialized one.
 */
export function paywallSuspected(doc: PageDocument): boolean {
  if (/"isAccessibleForFree"\s*:\s*"?false"?/i.test(doc.html)) return true;
  let hinted = false;
  doc.$('[class], [id]').each((_, el) => {
    const a = (el as { attribs?: Record<string, string> }).attribs ?? {};
    if (PAYWALL_HINT.test(`${a.class ?? ''} ${a.id ?? ''}`)) {
      hinted = true;
      return false;
    }
    return undefined;
  });
  return hinted;
}
