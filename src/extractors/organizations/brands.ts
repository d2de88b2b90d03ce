import { CAMEL_NAME_PREFIXES } from '../lexicons/organization-patterns';
import { fold, joined, type Token } from '../entities/tokens';
import { candidateOf, type Candidate } from './candidate';

// Organizations found by how the text presents them, not by their names being listed.

// "PayPal", "WealthPK", "PeoplePerHour", "BankIslami": a word with a capital inside after a capitalized syllable is
// a brand; "MoU", "PhD", "McKinsey" (one or two letters before the inner capital) and family names are not.
const CAMEL_CASE = /^([A-Z][a-z]{2,})[A-Z][A-Za-z0-9]*$/;
// "@JebBush", "#FeelTheBern", "FlagShareLikeReply": handles, hashtags and words glued by a bad page extraction
const HANDLE_BEFORE = /(?:[#@=_/]|=["'])$/;
const TOO_MANY_CAPITALS = /(?:[a-z][A-Z].*){3,}|[a-z][A-Z]{4,}$/;
const DETERMINER = /^(?:the|a|an|this|that|its|their|our)$/i;
const COMPANY_TAIL = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'group', 'bank', 'pakistan', 'bangladesh', 'india', 'lanka']);

export function brandCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const m = CAMEL_CASE.exec(t.text);
    if (!m || CAMEL_NAME_PREFIXES.has(m[1]) || TOO_MANY_CAPITALS.test(t.text) || HANDLE_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start))) return;
    // "New HampshireJoe": a capitalized word joined before it means two words lost their space
    const prev = tokens[i - 1];
    if (prev && joined(prev, t) && prev.capitalized && !DETERMINER.test(prev.text)) return;
    // "BankIslami Pakistan", "PayPal Inc": a country or company word straight after belongs to the name
    let end = i + 1;
    while (end < tokens.length && end - i < 3 && joined(tokens[end - 1], tokens[end]) && tokens[end].capitalized && COMPANY_TAIL.has(fold(tokens[end].text))) end++;
    out.push(candidateOf(text, tokens, i, end));
  });
  return out;
}
