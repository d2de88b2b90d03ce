/**
 * Where a bench child's CPU went: `npx tsx bench/pipeline/profile-summary.ts <file.cpuprofile>...` (written with
 * BENCH_CPU_PROF_DIR) prints self time per package or project folder, largest first. A sample belongs to the
 * function on top of the stack, so "bullmq" means time inside BullMQ's own code, not in what it calls.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The bucket of a stack frame: an npm package, a project folder (src/queue, src/extractors), node's internals, or V8's own. */
export function frameBucket(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const project = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (project) return `${project[1]}/${project[2]}`;
  if (/\/(src|bench)\/[^/]+$/.test(url)) return url.replace(/^.*\/(src|bench)\//, '$1/');
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

export function selfTimeByBucket(profile: CpuProfile): Map<string, number> {
  const bucketOf = new Map(profile.nodes.map((node) => [node.id, frameBucket(node.callFrame.url, node.callFrame.functionName)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const bucket = bucketOf.get(id) ?? '(unknown)';
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) {
    const totals = selfTimeByBucket(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    const busy = [...totals].filter(([bucket]) => bucket !== '(idle)');
    const busyMs = busy.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`${basename(file)}: ${busyMs.toFixed(0)} ms busy (idle excluded)`);
    for (const [bucket, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, 18)) {
      console.log(`  ${bucket.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %`);
    }
  }
}
