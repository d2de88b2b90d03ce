import type { Organization } from '../../record';
import { fold } from '../entities/tokens';

/**
 * "Mahaweli Authority" after "Sri Lanka Mahaweli Authority", "Ministry of National Health Services" beside the
 * full ministry name: a name of two or more words that opens or closes a longer one is that one's short form.
 * Returns, for each organization, the index it merges into.
 */
export function mergeShortForms(orgs: Organization[]): number[] {
  const words = orgs.map((o) => o.name.split(/\s+/).map(fold));
  return orgs.map((o, i) => {
    const w = words[i];
    if (w.length < 2) return i;
    const into = words.findIndex((v, j) => j !== i && v.length > w.length &&
      (w.every((x, k) => v[k] === x) || w.every((x, k) => v[v.length - w.length + k] === x)));
    if (into < 0) return i;
    orgs[into].aliases.push(o.name, ...o.aliases);
    return into;
  });
}
