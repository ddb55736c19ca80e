import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
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

const PACKAGES = ['core-tensor', 'backend-cpu', 'backend-wasm', 'initializers', 'inspect', 'layers'];
const OUTPUTS = ['dist/index.html', 'dist-node/cli/main.js'];
const APP_INPUTS = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json', 'tsconfig.node.json', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(`${path}/${name}`)), stat.mtimeMs);
}

async function exec(args: string[]): Promise<void> {
  try {
    await run('pnpm', args, { cwd: ROOT_DIR, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`pnpm ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`);
  }
}

/**
 * Makes sure the site (`dist/`) and the walkthrough (`dist-node/`) are built
 * from the current sources, as `pnpm build` leaves them. With the packages
 * built (CI runs `turbo run build` before the tests) only this app is rebuilt,
 * and only when a source or a package's `dist/` is newer than its outputs:
 * the packages' files, which other tests may be reading, are left alone.
 * Without them, turbo builds everything the app depends on.
 */
export async function buildDocs(): Promise<void> {
  await withLock(async () => {
    if (!PACKAGES.every((p) => existsSync(`${ROOT_DIR}packages/${p}/dist/index.js`))) {
      await exec(['exec', 'turbo', 'run', 'build', '--filter=@lamina/docs...', '--output-logs=errors-only']);
      return;
    }
    const built = Math.min(...OUTPUTS.map((o) => (existsSync(`${APP_DIR}${o}`) ? statSync(`${APP_DIR}${o}`).mtimeMs : 0)));
    const inputs = Math.max(
      ...APP_INPUTS.map((i) => newest(`${APP_DIR}${i}`)),
      ...PACKAGES.map((p) => newest(`${ROOT_DIR}packages/${p}/dist`)),
    );
    if (inputs > built) await exec(['--filter', '@lamina/docs', 'run', 'build']);
  });
}
