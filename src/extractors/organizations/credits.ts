import type { Token } from '../entities/tokens';
import { candidateOf, capitalRun, isPlaceOrPerson, tokenAt, type Candidate } from './candidate';

// Organizations found by how the text presents them, not by their names being listed.

/**
 * News credits name the outlet: "..., reports WealthPK.", "Colombo, Jan. 26 (Daily Mirror)-", "Published in
 * Dawn, July 19th, 2025". The name must close the credit (the sentence, the bracket, the comma).
 */
const CREDITS: readonly { opener: RegExp; closer: RegExp }[] = [
  { opener: /,\s*(?:reports|reported)\s+(?=\p{Lu})/gu, closer: /^\s*(?:[.!?]|$)/ },
  { opener: /\bPublished\s+in\s+(?:the\s+)?(?=\p{Lu})/gu, closer: /^,/ },
  { opener: /(?:^|\n)\p{Lu}[\p{L} .'-]{1,30},\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,\s*\d{4})?\s*\((?=\p{Lu})/gu, closer: /^\)/ },
];

export function creditCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { opener, closer } of CREDITS) {
    opener.lastIndex = 0;
    for (let m = opener.exec(text); m; m = opener.exec(text)) {
      const first = tokenAt(tokens, m.index + m[0].length);
      if (first < 0) continue;
      const end = capitalRun(tokens, first);
      if (end === first || isPlaceOrPerson(tokens, first, end) || !closer.test(text.slice(tokens[end - 1].end + (tokens[end - 1].possessive ? 2 : 0)))) continue;
      out.push(candidateOf(text, tokens, first, end));
    }
  }
  return out;
}
