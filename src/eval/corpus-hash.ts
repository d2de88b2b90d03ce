import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A fingerprint of an evaluation set: the relative path and size of every file under it. Floors pinned on
 * one corpus are only enforced on the same corpus (trafilatura's eval gate keeps the hash beside its floors).
 */
export function corpusHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else hash.update(`${relative(dir, path)}\0${stat.size}\n`);
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}
