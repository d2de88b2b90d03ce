import type { Organization, Span } from '../record';
import type { TextDoc } from './text';
import { KNOWN_ORGANIZATIONS } from './lexicons/organization-patterns';
import { fold, overlaps, type Token } from './entities/tokens';
import type { Candidate } from './organizations/candidate';
import { knownCandidates } from './organizations/known';
import { headedCandidates } from './organizations/headed';
import { creditCandidates } from './organizations/credits';
import { listCandidates } from './organizations/lists';
import { brandCandidates } from './organizations/brands';
import { spelledNameCandidates } from './organizations/spelled-names';
import { acronymFits, bracketedAcronym, fitToAcronym, HAS_TWO_CAPITALS, widenToAcronym } from './organizations/acronyms';
import { mergeShortForms } from './organizations/merge';

// The rules live in ./organizations/ by concern; this module collects their candidates, resolves overlaps and
// builds the organizations with their aliases and mentions.
export { acronymFits };

/** One place in the text where an organization is named, by the form written there. */
export interface OrgMention {
  span: Span;
  text: string;
  org: number; // index into the organizations list
}

export interface OrganizationResult {
  organizations: Organization[];
  mentions: OrgMention[];
}

export function extractOrganizations(doc: TextDoc, tokens: Token[]): OrganizationResult {
  const text = doc.text;
  let candidates = [
    ...knownCandidates(text, tokens), ...headedCandidates(text, tokens), ...creditCandidates(text, tokens),
    ...listCandidates(text, tokens), ...brandCandidates(text, tokens), ...spelledNameCandidates(text, tokens),
  ];
  candidates = candidates.map((c) => {
    if (c.known === null && !bracketedAcronym(text, c)) c = widenToAcronym(text, tokens, c) ?? c;
    const acr = bracketedAcronym(text, c);
    if (!acr || c.known !== null) return c;
    const fitted = fitToAcronym(tokens, c, acr);
    return { ...fitted, text: text.slice(fitted.span.start, fitted.span.end) };
  });
  // Longer names win over the shorter ones inside them ("State Bank of India" over "State Bank").
  candidates.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  const accepted: Candidate[] = [];
  for (const c of candidates) if (!accepted.some((a) => overlaps(a.span, c.span))) accepted.push(c);
  accepted.sort((a, b) => a.span.start - b.span.start);

  const organizations: Organization[] = [];
  const byForm = new Map<string, number>();
  const mentions: OrgMention[] = [];
  const register = (name: string, aliases: string[]): number => {
    const forms = [name, ...aliases].map(fold);
    const existing = forms.map((f) => byForm.get(f)).find((i) => i !== undefined);
    const index = existing ?? organizations.push({ name, aliases: [], mentions: [] }) - 1;
    const org = organizations[index];
    for (const form of [name, ...aliases]) {
      if (fold(form) !== fold(org.name) && !org.aliases.some((a) => fold(a) === fold(form))) org.aliases.push(form);
      byForm.set(fold(form), index);
    }
    return index;
  };
  for (const c of accepted) {
    const known = c.known !== null ? KNOWN_ORGANIZATIONS[c.known] : null;
    const acr = bracketedAcronym(text, c);
    const index = known ? register(known[0], [c.text, ...(acr ? [acr] : [])]) : register(c.text, acr ? [acr] : []);
    mentions.push({ span: c.span, text: c.text, org: index });
    if (acr) {
      const at = text.indexOf(acr, c.span.end);
      mentions.push({ span: { start: at, end: at + acr.length }, text: acr, org: index });
    }
  }
  // Later uses of an alias ("MoITT", "the SBP") and acronyms that spell a found name ("FBR").
  for (const t of tokens) {
    if (mentions.some((m) => overlaps(m.span, t))) continue;
    let index = byForm.get(fold(t.text));
    if (index === undefined && /^\p{Lu}[\p{Lu}\p{Ll}@&]{1,8}$/u.test(t.text) && HAS_TWO_CAPITALS.test(t.text) && t.text.length >= 3) {
      index = organizations.findIndex((o) => o.name.split(/\s+/).length >= 2 && acronymFits(t.text, o.name.split(/\s+/)));
      if (index < 0) index = undefined;
      else organizations[index].aliases.push(t.text), byForm.set(fold(t.text), index);
    }
    if (index !== undefined && (t.capitalized || /\p{Lu}/u.test(t.text))) mentions.push({ span: { start: t.start, end: t.end }, text: t.text, org: index });
  }
  // A bracketed acronym may be found twice: as a known form and as the definition after its name.
  const seen = new Set<string>();
  const unique = mentions.filter((m) => {
    const key = `${m.span.start}:${m.span.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  mentions.length = 0;
  mentions.push(...unique);
  const merged = mergeShortForms(organizations);
  for (const m of mentions) m.org = merged[m.org];
  mentions.sort((a, b) => a.span.start - b.span.start);
  for (const m of mentions) organizations[m.org].mentions.push(m.span);
  const kept = organizations.map((o, i) => (merged[i] === i ? o : null));
  const renumber = new Map<number, number>();
  const out: Organization[] = [];
  kept.forEach((o, i) => { if (o) renumber.set(i, out.push(o) - 1); });
  for (const m of mentions) m.org = renumber.get(m.org) as number;
  return { organizations: out, mentions };
}
