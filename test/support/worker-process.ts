import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { JsonLinesChild } from '../../bench/support/json-lines-child';

const ROOT = join(__dirname, '..', '..');
const ENTRY = join(__dirname, 'worker-entry.ts');
// tsx as a require hook inside one node process: `npx tsx` would run the worker in a child of its own, and a
// SIGKILL sent to tsx would leave that child running.
const TSX_HOOK = require.resolve('tsx/cjs');

/**
 * How long a test waits for a worker's event by default. Generous on purpose: starting a worker loads the whole
 * project through tsx, which took 20 to 38 s (for 2 s of CPU) on the shared 2-core machine under load.
 */
export const WORKER_EVENT_TIMEOUT_MS = 120_000;
/** A test that starts worker processes gets this long in all (two starts, plus its own work). */
export const PROCESS_TEST_TIMEOUT_MS = 300_000;

export interface WorkerEvent {
  pid: number;
  event: 'ready' | 'active' | 'completed' | 'failed' | 'exit' | 'error';
  jobId?: string;
  reason?: string;
  code?: number | string;
  message?: string;
}

/** A `newsfacts` worker in its own process (test/support/worker-entry.ts), with its events as they arrive. */
export class WorkerProcess {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  private readonly reader: JsonLinesChild<WorkerEvent>;

  private constructor(readonly child: ChildProcess) {
    this.reader = new JsonLinesChild<WorkerEvent>(child);
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  }

  get events(): WorkerEvent[] {
    return this.reader.events;
  }

  get stderr(): string {
    return this.reader.stderr;
  }

  static spawn(env: NodeJS.ProcessEnv): WorkerProcess {
    const child = spawn(process.execPath, ['--require', TSX_HOOK, ENTRY], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    return new WorkerProcess(child);
  }

  /** Resolves with the first event matching, waiting up to timeoutMs. */
  waitFor(match: (e: WorkerEvent) => boolean, timeoutMs = WORKER_EVENT_TIMEOUT_MS): Promise<WorkerEvent> {
    return this.reader.waitFor(
      (events) => events.find(match),
      timeoutMs,
      () => new Error(`worker ${this.child.pid}: no matching event within ${timeoutMs} ms; events ${JSON.stringify(this.events)}; stderr ${this.stderr}`),
    );
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Stops the process if it is still running (test cleanup). */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
