import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBSETS } from '../subsets.mjs';

// Runs the real check: npm installs packed tarballs into empty projects. It
// needs the packages built (the root `pnpm test` builds first).
describe('selective installs from packed tarballs', () => {
  it('installs each subset alone, with exactly one tfjs-core installed and loaded', () => {
    const script = fileURLToPath(new URL('../run.mjs', import.meta.url));
    const out = execFileSync('node', [script], { encoding: 'utf8', timeout: 600_000 });
    const summary = JSON.parse(out.trim().split('\n').pop()!) as {
      ok: boolean;
      results: Array<{ name: string; output: string }>;
    };
    expect(summary.ok).toBe(true);
    expect(summary.results.map((r) => r.name)).toEqual(SUBSETS.map((s) => s.name));
    for (const r of summary.results) expect(r.output).toMatch(/one tfjs-core loaded$/);
  }, 900_000);
});
