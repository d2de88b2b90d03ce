import { writeFileSync } from 'node:fs';
import { loadGoldenCases, runGoldenCase } from '../test/support/golden-cases';

/**
 * Writes a draft expected.json for golden cases, for a person to review before committing:
 *   npm run fixtures:draft              every case without expected.json
 *   npm run fixtures:draft -- SLUG...   these cases, overwriting
 *   npm run fixtures:draft -- --all     every case, overwriting
 */
const args = process.argv.slice(2);
const all = args.includes('--all');
const slugs = args.filter((a) => !a.startsWith('--'));
for (const c of loadGoldenCases()) {
  const chosen = all || slugs.includes(c.slug) || (slugs.length === 0 && !require('node:fs').existsSync(c.expectedPath));
  if (!chosen) continue;
  writeFileSync(c.expectedPath, JSON.stringify(runGoldenCase(c), null, 2) + '\n');
  console.log(`wrote ${c.expectedPath}: review it before committing`);
}
