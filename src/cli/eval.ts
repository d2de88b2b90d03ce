import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SCORERS } from '../eval/scorers';
import { corpusHash } from '../eval/corpus-hash';
import { BASELINE_FILE, checkGate, loadBaseline, raiseFloors, saveBaseline, type GateRow } from '../eval/gate';
import { defaultEvalDir, repoRoot } from '../eval/paths';
import type { EvalScore } from '../eval/types';
import { NewsfactsError } from '../errors';

interface EvalOptions {
  evalDir?: string;
  only?: string;
  update?: boolean;
  allowLower?: boolean;
  details?: boolean;
  json?: string;
}

function formatRow(row: GateRow): string {
  const { score, floor, enforced, passed } = row;
  const floorText = floor === null ? '   -  ' : `${floor.toFixed(3)}${enforced ? ' ' : '*'}`;
  const status = passed ? (floor === null ? 'new ' : 'ok  ') : 'FAIL';
  return `${status} ${score.set.padEnd(12)} ${score.metric.padEnd(30)} ${score.value.toFixed(3)}  floor ${floorText}  ${score.published ?? ''}`;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the extractors on ../shared/eval and fail when a score falls under its pinned floor')
    .option('--eval-dir <dir>', 'the evaluation data (default ../shared/eval, or NEWSFACTS_EVAL_DIR)')
    .option('--only <sets>', 'comma-separated set names: ' + SCORERS.map((s) => s.name).join(','))
    .option('--update', 'raise the pinned floors to the current scores (never lowers one)')
    .option('--allow-lower', 'with --update: also lower floors (say why in the commit)')
    .option('--details', 'print the worst cases and error classes of each metric')
    .option('--json <file>', 'also write every score as JSON')
    .action(async (options: EvalOptions) => {
      const evalDir = options.evalDir ?? defaultEvalDir();
      if (!existsSync(evalDir)) throw new NewsfactsError('FILE_NOT_FOUND', `no evaluation data at ${evalDir}`);
      const only = options.only?.split(',').map((s) => s.trim());
      const scorers = SCORERS.filter((s) => !only || only.includes(s.name));
      const scores: EvalScore[] = [];
      const corpora: Record<string, string> = {};
      for (const scorer of scorers) {
        const started = Date.now();
        corpora[scorer.name] = corpusHash(resolve(evalDir, scorer.folder));
        scores.push(...(await scorer.run(evalDir)));
        process.stderr.write(`scored ${scorer.name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      }
      const baselinePath = BASELINE_FILE(repoRoot());
      const baseline = loadBaseline(baselinePath);
      const rows = checkGate(scores, baseline, corpora);
      for (const row of rows) {
        console.log(formatRow(row));
        if (options.details) for (const d of (row.score.details ?? []).slice(0, 40)) console.log(`       ${d}`);
      }
      if (rows.some((r) => r.floor !== null && !r.enforced)) {
        console.log('* the corpus changed since this floor was pinned: shown, not enforced; re-pin with --update');
      }
      if (options.json) writeFileSync(options.json, JSON.stringify(scores, null, 2) + '\n');
      if (options.update) {
        saveBaseline(baselinePath, raiseFloors(baseline, scores, corpora, options.allowLower ?? false));
        console.log(`floors written to ${baselinePath}`);
      }
      const failed = rows.filter((r) => !r.passed);
      if (failed.length > 0) {
        console.log(`${failed.length} score(s) under their pinned floor`);
        process.exitCode = 1;
      }
    });
}
