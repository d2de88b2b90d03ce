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
  if (url.startsWith('node:internal/')) return `node:internal/${url.slice('node:internal/'.length).split('/')[0].replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

// Buckets gathered by what they do for an article, so a worker's profile reads beside a plain process's.
const AREAS: Array<[string, RegExp]> = [
  ['queue (bullmq, ioredis, src/queue)', /^(bullmq|ioredis|@ioredis\/.*|msgpackr|cluster-key-slot|denque|redis-errors|redis-parser|src\/queue)$/],
  ['store (better-sqlite3, pg, src/store, zlib)', /^(better-sqlite3|pg|pg-.*|postgres-.*|src\/store|node:zlib|node:internal\/crypto)$/],
  ['fetch (undici, src/crawlers)', /^(undici|src\/crawlers)$/],
  ['extraction (src/extractors, compromise, cheerio, parse5, ...)', /^(src\/extractors|src\/pipeline\.ts|compromise.*|cheerio.*|parse5.*|domutils|domhandler|dom-serializer|css-.*|nth-check|boolbase|entities|htmlparser2|iconv-lite|chardet)$/],
  ['garbage collector', /^\(garbage collector\)$/],
];

export function areaOf(bucket: string): string {
  return AREAS.find(([, pattern]) => pattern.test(bucket))?.[0] ?? 'other (node internals, streams, timers, native)';
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
    const areas = new Map<string, number>();
    for (const [bucket, ms] of busy) areas.set(areaOf(bucket), (areas.get(areaOf(bucket)) ?? 0) + ms);
    for (const [area, ms] of [...areas].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${area.padEnd(62)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %`);
    }
    console.log('  largest buckets:');
    for (const [bucket, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, 14)) {
      console.log(`    ${bucket.padEnd(60)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %`);
    }
  }
}
