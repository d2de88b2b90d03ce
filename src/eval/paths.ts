import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file with a package.json (works from src/ and dist/). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** The shared evaluation data beside the checkout: ../shared/eval, or NEWSFACTS_EVAL_DIR. */
export function defaultEvalDir(): string {
  return resolve(process.env.NEWSFACTS_EVAL_DIR ?? join(repoRoot(), '..', 'shared', 'eval'));
}

/**
 * A scorer run as a script (`npx tsx src/eval/<set>.ts --eval-dir DIR ...`): its arguments, the value after a
 * flag, and the evaluation folder (`--eval-dir`, else the default).
 */
export function scriptArgs(args: string[] = process.argv.slice(2)): { args: string[]; flag: (name: string) => string | undefined; evalDir: string } {
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return { args, flag, evalDir: resolve(flag('--eval-dir') ?? defaultEvalDir()) };
}
