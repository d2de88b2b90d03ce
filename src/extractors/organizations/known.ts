import { KNOWN_ORGANIZATIONS } from '../lexicons/organization-patterns';
import type { Token } from '../entities/tokens';
import type { Candidate } from './candidate';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Every known form, longest first, as one case-sensitive pattern compiled once.
const KNOWN_FORMS = KNOWN_ORGANIZATIONS.flatMap((forms, i) => forms.map((form) => ({ form, i }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const KNOWN_INDEX = new Map(KNOWN_FORMS.map(({ form, i }) => [form, i]));
const KNOWN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(?:${KNOWN_FORMS.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}@-]|\\.\\p{L})`,
  'gu',
);

export function knownCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  KNOWN_PATTERN.lastIndex = 0;
  for (let m = KNOWN_PATTERN.exec(text); m; m = KNOWN_PATTERN.exec(text)) {
    const end = m.index + m[0].length;
    const next = tokens.findIndex((t) => t.start >= end);
    out.push({ span: { start: m.index, end }, text: m[0], known: KNOWN_INDEX.get(m[0]) ?? null, tokenEnd: next < 0 ? tokens.length : next });
  }
  return out;
}
