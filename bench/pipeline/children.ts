import { spawn, type ChildProcess } from 'node:child_process';
import { extname, join } from 'node:path';
import { OPTIONS, type Config } from '../../src/config';
import { JsonLinesChild } from '../support/json-lines-child';

export interface ChildEvent {
  pid: number;
  event: 'ready' | 'done' | 'exit' | 'error';
  code?: number | string;
  message?: string;
  maxRssKb?: number;
  done?: number;
  failed?: number;
  failures?: string[];
  /** exit: CPU milliseconds used since ready, articles finished, wall ms per timed stage */
  cpuMs?: number;
  articles?: number;
  stages?: Record<string, { ms: number; calls: number }>;
}

// Run from TypeScript (npx tsx bench/run.ts) the child needs tsx's require hook; from dist/ it is plain JS.
const EXT = extname(__filename);
const ENTRY = join(__dirname, `entry${EXT}`);
const NODE_ARGS = EXT === '.ts' ? ['--require', require.resolve('tsx/cjs'), ENTRY] : [ENTRY];

/** The configuration as the environment variables a `newsfacts worker` reads (config.ts OPTIONS). */
export function configEnv(config: Config): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, spec] of Object.entries(OPTIONS)) env[spec.env] = String(config[key as keyof Config]);
  return env;
}

/** One bench child (entry.ts) and the JSON events it prints. */
export class BenchChild {
  readonly exited: Promise<number | null>;
  private readonly reader: JsonLinesChild<ChildEvent>;

  private constructor(private readonly child: ChildProcess) {
    this.reader = new JsonLinesChild<ChildEvent>(child);
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    void this.exited.then(() => this.reader.wake());
  }

  get events(): ChildEvent[] {
    return this.reader.events;
  }

  get stderr(): string {
    return this.reader.stderr;
  }

  /** With BENCH_CPU_PROF_DIR in the environment each child writes its CPU profile there (entry.ts). */
  static spawn(mode: 'worker' | 'plain', config: Config): BenchChild {
    const env = { ...process.env, ...configEnv(config), BENCH_CHILD_MODE: mode };
    return new BenchChild(spawn(process.execPath, NODE_ARGS, { env, stdio: [mode === 'plain' ? 'pipe' : 'ignore', 'pipe', 'pipe'] }));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The n-th event of this kind (1-based), waiting for it; a child that dies or reports an error fails it. */
  next(kind: ChildEvent['event'], nth = 1, timeoutMs = 120_000): Promise<ChildEvent> {
    return this.reader.waitFor(
      (events) => {
        const error = events.find((e) => e.event === 'error');
        if (error) throw new Error(`bench child ${this.pid}: ${error.code} ${error.message}\n${this.stderr}`);
        return events.filter((e) => e.event === kind)[nth - 1];
      },
      timeoutMs,
      () => new Error(`bench child ${this.pid}: no "${kind}" within ${timeoutMs} ms\n${this.stderr}`),
      () => {
        if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`bench child ${this.pid} exited before "${kind}"\n${this.stderr}`);
      },
    );
  }

  /** plain mode: hand it a list of URLs to fetch and extract */
  send(urls: string[]): void {
    this.child.stdin?.write(JSON.stringify({ urls }) + '\n');
  }

  /** Stops it the way an operator would (SIGTERM for a worker, end of input for plain); resolves to its exit report. */
  async stop(): Promise<ChildEvent | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      if (this.child.stdin) this.child.stdin.end();
      else this.child.kill('SIGTERM');
    }
    const exit = await this.next('exit', 1, 30_000).catch(() => null);
    await this.exited;
    return exit;
  }

  /** Last resort on an error path: SIGKILL, if it still runs. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
