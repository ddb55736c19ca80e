import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./testing/exit-child.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('./testing/tsconfig.child.json', import.meta.url));
// `--import tsx` resolves from the working directory: this package lists tsx.
const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface ChildResult {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

// Runs src/ through tsx, so no build is needed; a hung child is killed by its pid.
function run(threads: number, timeoutMs: number): Promise<ChildResult> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, String(threads)], {
      cwd: packageDir,
      env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout, stderr });
    });
  });
}

describe('a Node.js process using wasm threads', () => {
  // 3 threads on any machine with fewer than 6 logical cores is more than tfjs
  // alone allows (cores / 2), so this also checks the pool-size override.
  it.each([2, 3])('ends by itself after work with %i threads, and measured them', async (threads) => {
    const result = await run(threads, 45_000);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      info: { threads: number };
      runtime: { poolThreads: number; pthreadWorkers: number; idleWorkers: number };
    };
    expect(report.info).toEqual({ name: 'wasm', threads, simd: true });
    expect(report.runtime).toMatchObject({ poolThreads: threads, pthreadWorkers: threads - 1, idleWorkers: 0 });
  });
});
