import { loadBenchPages } from './pages';
import { benchExtraction, benchNlp, type BenchLine } from './extraction';

/**
 * `npm run bench`: speed as ratios against baselines run in the same process, never timed assertions.
 * BENCH_ROUNDS sets the rounds per contender (median reported); BENCH_ONLY=extraction,nlp picks parts.
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
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(`  peak-ish RSS of the bench process: ${rssMb.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
