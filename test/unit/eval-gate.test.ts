import { checkGate, raiseFloors, type Baseline } from '../../src/eval/gate';
import type { EvalScore } from '../../src/eval/types';

const score = (metric: string, value: number): EvalScore => ({ set: 'aeb', metric, value });
const baseline: Baseline = { corpora: { aeb: 'h1' }, floors: { 'aeb/body F1': 0.96 } };

describe('the pinned eval gate', () => {
  test('fails a score under its floor on the same corpus', () => {
    const [row] = checkGate([score('body F1', 0.95)], baseline, { aeb: 'h1' });
    expect(row).toMatchObject({ passed: false, enforced: true, floor: 0.96 });
  });

  test('passes a score at or above its floor', () => {
    expect(checkGate([score('body F1', 0.96)], baseline, { aeb: 'h1' })[0].passed).toBe(true);
  });

  test('shows but does not enforce a floor pinned on another corpus', () => {
    const [row] = checkGate([score('body F1', 0.5)], baseline, { aeb: 'h2' });
    expect(row).toMatchObject({ passed: true, enforced: false });
  });

  test('raises floors to the current score, rounded down to 3 decimals', () => {
    const next = raiseFloors(baseline, [score('body F1', 0.97391)], { aeb: 'h1' }, false);
    expect(next.floors['aeb/body F1']).toBe(0.973);
  });

  test('never lowers a floor unless asked', () => {
    expect(raiseFloors(baseline, [score('body F1', 0.9)], { aeb: 'h1' }, false).floors['aeb/body F1']).toBe(0.96);
    expect(raiseFloors(baseline, [score('body F1', 0.9)], { aeb: 'h1' }, true).floors['aeb/body F1']).toBe(0.9);
  });
});
