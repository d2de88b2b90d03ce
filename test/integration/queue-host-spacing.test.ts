import { submitUrls } from '../../src/queue/submit';
import { waitForJobs } from '../../src/queue/wait-for-jobs';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { queueEnv, type QueueEnv } from '../support/queue-env';
import { PROCESS_TEST_TIMEOUT_MS, WorkerProcess } from '../support/worker-process';

const HOST_DELAY_MS = 300;
const JOBS = 8;
// Why a tolerance at all: the fixture server stamps a request (performance.timeOrigin + now(), sub-ms) before it
// answers, so before the worker sees the answer and gives the turn back; the next request is sent at least
// hostDelayMs after that give-back. A late stamp (a busy event loop here) cannot shorten a gap. What remains is
// clock arithmetic: Redis's TIME is floored to whole ms (up to 1 ms), and performance.timeOrigin is read from the
// wall clock once while Redis reads it on every call (well under 1 ms apart over a test). 5 ms covers both twice.
const STAMP_TOLERANCE_MS = 5;

function gapsBetween(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]);
}

describe('two worker processes on one host keep hostDelayMs between its requests', () => {
  let server: FixtureServer;
  let q: QueueEnv;
  const workers: WorkerProcess[] = [];

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await q?.cleanup();
    await server?.close();
  });

  test(`${JOBS} articles, two processes with two jobs each in hand: every gap between arrivals is at least ${HOST_DELAY_MS} ms, robots.txt included`, async () => {
    server = await startFixtureServer();
    q = await queueEnv({ hostDelayMs: HOST_DELAY_MS, respectRobots: true, concurrency: 2 }, 'spacing');
    for (let i = 0; i < 2; i += 1) workers.push(WorkerProcess.spawn(q.env));
    await Promise.all(workers.map((w) => w.waitFor((e) => e.event === 'ready')));

    const urls = Array.from({ length: JOBS }, (_, i) => `${server.url}/page/budget-${i}`);
    const submitted = await submitUrls(q.runtime.articles, q.runtime.store, q.config, urls);
    const outcomes = await waitForJobs(q.runtime.articles, submitted.map((s) => s.jobId as string));
    expect(outcomes.map((o) => o.state)).toEqual(urls.map(() => 'completed'));

    // Every request the host saw: the pages and the one robots.txt both processes share (downloaded once).
    const gaps = gapsBetween(server.requests.map((r) => r.at));
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
    const paths = server.requests.map((r) => r.path);
    process.stdout.write(`host-spacing gaps (ms): min ${Math.min(...gaps).toFixed(1)}, median ${median.toFixed(1)}, all ${gaps.map((g) => g.toFixed(1)).join(' ')}; requests ${paths.join(' ')}\n`);
    expect(paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('/page/'))).toHaveLength(JOBS);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(HOST_DELAY_MS - STAMP_TOLERANCE_MS);

    // both processes fetched pages, so the spacing held across processes, not just inside one. A process's last
    // event line may reach us a little after Redis shows the job completed: wait for all of them first.
    const completedBy = () => workers.map((w) => w.events.filter((e) => e.event === 'completed').length);
    const deadline = Date.now() + 30_000;
    while (completedBy().reduce((a, b) => a + b, 0) < JOBS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(completedBy().reduce((a, b) => a + b, 0)).toBe(JOBS);
    expect(completedBy().every((n) => n > 0)).toBe(true);
  }, PROCESS_TEST_TIMEOUT_MS);
});
