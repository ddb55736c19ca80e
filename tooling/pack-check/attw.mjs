// Are-the-types-wrong on a tarball as it would be published: every entry point
// must resolve to types that match its JavaScript for ESM consumers (node16
// and bundlers). Lamina's packages are ESM-only, so CommonJS resolution is out
// of scope (attw's `esm-only` profile).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Throws with attw's table when the tarball has a type-resolution problem. */
export function checkTypes(tarball) {
  try {
    execFileSync('pnpm', ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped'], {
      cwd: here,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(`pack-check: attw found type problems in ${tarball}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}
