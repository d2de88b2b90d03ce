import { ERROR_CODES } from '../src/errors';
import { OPTIONS } from '../src/config';

/** Prints the README's error-code and configuration tables from the code, to paste when either changes. */
const policyText = { fail: 'fails at once', wait: 'waits, no attempt spent', retry: 'retried with backoff' };
console.log('| code | what happened | queue |\n|---|---|---|');
for (const [code, { policy, meaning }] of Object.entries(ERROR_CODES)) console.log(`| \`${code}\` | ${meaning} | ${policyText[policy]} |`);
console.log('\n| option | environment variable | default | meaning |\n|---|---|---|---|');
for (const [key, spec] of Object.entries(OPTIONS)) console.log(`| \`${key}\` | \`${spec.env}\` | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`);
