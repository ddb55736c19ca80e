import { execFile } from 'node:child_process';
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** apps/docs, and the repository root. */
export const APP_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const ROOT_DIR = fileURLToPath(new URL('../../../..', import.meta.url));

const LOCK = `${tmpdir()}/lamina-docs-build.lock`;
const STALE_MS = 15 * 60_000;

// Both test files build: a directory lock keeps two turbo runs from writing
// the same outputs at once (vitest runs test files in parallel).
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmdirSync(LOCK);
      } catch {
        // The other holder released it meanwhile: try again.
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(LOCK);
  }
}

/**
 * Builds apps/docs and everything it depends on with turbo (a cache hit when
 * `pnpm build` already ran), so the tests use exactly what `pnpm demo` and the
 * static site use.
 */
export async function buildDocs(): Promise<void> {
  await withLock(async () => {
    try {
      await run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@lamina/docs...', '--output-logs=errors-only'], {
        cwd: ROOT_DIR,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0' },
      });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`building @lamina/docs failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`);
    }
  });
}
