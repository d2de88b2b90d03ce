import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../src/errors';
import { OPTIONS } from '../../src/config';

// The README is where users learn what an error code means and how to configure newsfacts; these keep it
// in step with the code.
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

test.each(Object.keys(ERROR_CODES))('the README explains error code %s', (code) => {
  expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|`));
});

test.each(Object.values(OPTIONS).map((o) => o.env))('the README documents the environment variable %s', (env) => {
  expect(readme).toContain(`\`${env}\``);
});

test('the README starts with the command that runs the main job and the one that runs the tests', () => {
  const head = readme.split('\n').slice(0, 12).join('\n');
  expect(head).toContain('npx newsfacts run --sample');
  expect(head).toContain('npm test');
});
