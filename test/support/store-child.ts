/**
 * A second process on the same store, so the contract tests race real connections, not promises in one
 * event loop (better-sqlite3 is synchronous: two stores in one process never overlap).
 *   store-child.ts <databaseUrl> migrate
 *   store-child.ts <databaseUrl> put-record <recordJson> <times>
 * It opens the store, prints "ready", and waits for a line on stdin before it acts, so the test can start several
 * children's work at one moment. Prints "ok" and exits 0, or prints the error code and exits 1.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { openStore } from '../../src/store/open-store';
import type { ArticleRecord } from '../../src/record';

async function main(): Promise<void> {
  const [databaseUrl, action, arg, times] = process.argv.slice(2);
  const store = await openStore(databaseUrl);
  const lines = createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  await once(lines, 'line');
  lines.close();
  try {
    if (action === 'migrate') await store.migrate();
    else if (action === 'put-record') {
      const record = JSON.parse(arg) as ArticleRecord;
      for (let i = 0; i < Number(times); i += 1) {
        await store.putRecord({ ...record, warnings: [`writer ${process.pid} round ${i}`] });
      }
    } else throw new Error(`unknown action ${action}`);
  } finally {
    await store.close();
  }
}

main().then(
  () => process.stdout.write('ok\n'),
  (err: { code?: string; message?: string }) => {
    process.stdout.write(`${err.code ?? 'ERROR'} ${err.message ?? err}\n`);
    process.exitCode = 1;
  },
);
