import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CaseInfo } from './catalogue.js';
import type { CaseResult } from './types.js';

const BENCH_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNNER = fileURLToPath(new URL('./runner.ts', import.meta.url));
const TAIL = 4000;

/**
 * Runs one case in a fresh Node.js process and resolves with its report. A
 * crash, a timeout or a missing report becomes a 'failed' result carrying the
 * end of the child's stderr, so one broken case never stops the others.
 */
export function runCaseInChild(info: CaseInfo, quick: boolean, timeoutMs: number): Promise<CaseResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = fork(RUNNER, [info.name, ...(quick ? ['--quick'] : [])], {
      cwd: BENCH_ROOT,
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    let report: CaseResult | undefined;
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-TAIL);
    });
    // stdout carries nothing we need (tfjs notices); drain it so the child never blocks.
    child.stdout?.resume();
    child.on('message', (msg) => {
      report = msg as CaseResult;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      if (report !== undefined) {
        resolve(report);
        return;
      }
      const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exited with ${signal ?? `code ${code}`} before reporting`;
      resolve({ case: info.name, status: 'failed', reason: `${why}\n${stderr.trim()}`.trim(), rows: [], seconds });
    });
  });
}
