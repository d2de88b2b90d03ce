import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalScore } from './types';

/**
 * The pinned quality gate (trafilatura's eval_gate): floors per "set/metric" in a committed file, with the
 * corpus hash each set was pinned on. A score under its floor fails the run. Floors only go up: --update
 * raises them to the current scores and never lowers one unless --allow-lower is given too.
 */
export interface Baseline {
  corpora: Record<string, string>;
  floors: Record<string, number>;
}

export const scoreKey = (s: Pick<EvalScore, 'set' | 'metric'>) => `${s.set}/${s.metric}`;

export function loadBaseline(path: string): Baseline {
  if (!existsSync(path)) return { corpora: {}, floors: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
}

export function saveBaseline(path: string, baseline: Baseline): void {
  const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, JSON.stringify({ corpora: sorted(baseline.corpora), floors: sorted(baseline.floors) }, null, 2) + '\n');
}

export interface GateRow {
  score: EvalScore;
  floor: number | null;
  /** false when the corpus changed since the floor was pinned: the floor is shown, not enforced */
  enforced: boolean;
  passed: boolean;
}

/** Rounding down to 3 decimals keeps a pinned floor from failing on floating-point noise. */
const floorOf = (value: number) => Math.floor(value * 1000) / 1000;

export function checkGate(scores: EvalScore[], baseline: Baseline, corpora: Record<string, string>): GateRow[] {
  return scores.map((score) => {
    const floor = baseline.floors[scoreKey(score)] ?? null;
    const enforced = floor !== null && baseline.corpora[score.set] === corpora[score.set];
    return { score, floor, enforced, passed: !enforced || score.value >= (floor as number) };
  });
}

export function raiseFloors(baseline: Baseline, scores: EvalScore[], corpora: Record<string, string>, allowLower: boolean): Baseline {
  const floors = { ...baseline.floors };
  const next = { ...baseline.corpora };
  for (const s of scores) {
    const key = scoreKey(s);
    const candidate = floorOf(s.value);
    const sameCorpus = baseline.corpora[s.set] === corpora[s.set];
    if (floors[key] === undefined || candidate > floors[key] || allowLower || !sameCorpus) floors[key] = candidate;
    next[s.set] = corpora[s.set];
  }
  return { corpora: next, floors };
}

export const BASELINE_FILE = (root: string) => join(root, 'eval', 'baseline.json');
