import { ORG_CLASS_NOUNS } from '../lexicons/organization-patterns';
import type { Token } from '../entities/tokens';
import { candidateOf, capitalRun, isPlaceOrPerson, tokenAt, type Candidate } from './candidate';

// Organizations found by how the text presents them, not by their names being listed.

// "websites like Upwork, Fiverr, and PeoplePerHour": the names listed after a plural noun of organizations
const CLASS_LIST = new RegExp(`\\b(?:${ORG_CLASS_NOUNS.join('|')})\\s+(?:such\\s+as|like|including|namely)\\s+(?=\\p{Lu})`, 'gu');

export function listCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  CLASS_LIST.lastIndex = 0;
  for (let m = CLASS_LIST.exec(text); m; m = CLASS_LIST.exec(text)) {
    let i = tokenAt(tokens, m.index + m[0].length);
    for (let n = 0; n < 10 && i >= 0 && i < tokens.length; n++) {
      const end = capitalRun(tokens, i);
      if (end === i) break;
      if (!isPlaceOrPerson(tokens, i, end)) out.push(candidateOf(text, tokens, i, end));
      const next = tokens[end];
      if (!next) break;
      if (/^(?:and|or)$/.test(next.text) && /^,?\s$/.test(next.gap)) i = end + 1;
      else if (/^,\s$/.test(next.gap)) i = end;
      else break;
    }
  }
  return out;
}
