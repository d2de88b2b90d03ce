import { spawn } from 'node:child_process';
import { join } from 'node:path';

// NEWSFACTS_TEST_CLI points at another build (a helper's own outDir while dist/ is being rebuilt by someone else).
export const CLI = process.env.NEWSFACTS_TEST_CLI ?? join(__dirname, '..', '..', 'dist', 'src', 'cli', 'index.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `newsfacts` command (npm test builds dist/ first) and collects its output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
