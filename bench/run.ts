import { loadBenchPages } from './pages';
import { benchExtraction, benchNlp, type BenchLine } from './extraction';
import { benchPipeline } from './pipeline';

/**
 * `npm run bench`: speed as ratios against baselines run in the same process, never timed assertions.
 * BENCH_ROUNDS sets the rounds per contender (median reported); BENCH_ONLY=extraction,nlp,pipeline picks parts.
 * The pipeline part needs Redis (REDIS_URL) and PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test);
 * BENCH_PIPELINE_N articles per round (100: 200 took over a minute per contender on 2 shared cores), BENCH_PIPELINE_ROUNDS (3), BENCH_PIPELINE_CONCURRENCY per worker (2).
 */
async function main(): Promise<void> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const only = process.env.BENCH_ONLY?.split(',');
  const { source, pages } = loadBenchPages();
  console.log(`newsfacts bench: ${pages.length} pages from ${source}, ${rounds} rounds, median per round`);
  const print = (lines: BenchLine[]) => {
    for (const l of lines) console.log(`  ${l.name.padEnd(64)} ${l.value.toFixed(l.unit === 'share' ? 3 : 2)} ${l.unit}`);
  };
  if (!only || only.includes('extraction')) {
    console.log('HTML to record');
    print(benchExtraction(pages, rounds));
  }
  if (!only || only.includes('nlp')) {
    console.log('text to record');
    print(benchNlp(pages, rounds));
  }
  if (!only || only.includes('pipeline')) {
    console.log('queued pipeline: local site -> Redis -> workers -> store (issue 4)');
    print(
      await benchPipeline(pages, {
        n: Number(process.env.BENCH_PIPELINE_N ?? 100),
        rounds: Number(process.env.BENCH_PIPELINE_ROUNDS ?? 3),
        concurrency: Number(process.env.BENCH_PIPELINE_CONCURRENCY ?? 2),
        redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        postgresUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
        log: (line) => console.log(line),
      }),
    );
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(`  peak-ish RSS of the bench process: ${rssMb.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
