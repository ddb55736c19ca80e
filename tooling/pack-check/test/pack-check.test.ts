import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTypes } from '../attw.mjs';
import { SUBSETS } from '../subsets.mjs';

// Runs the real check: npm installs packed tarballs into empty projects. It
// needs the packages built (the root `pnpm test` builds first).
describe('selective installs from packed tarballs', () => {
  it('installs each subset alone, with exactly one tfjs-core installed and loaded', () => {
    const script = fileURLToPath(new URL('../run.mjs', import.meta.url));
    const out = execFileSync('node', [script], { encoding: 'utf8', timeout: 600_000 });
    const summary = JSON.parse(out.trim().split('\n').pop()!) as {
      ok: boolean;
      typesChecked: string[];
      results: Array<{ name: string; output: string }>;
    };
    expect(summary.ok).toBe(true);
    // Every library package's tarball went through attw (esm-only profile).
    const packages = readdirSync(fileURLToPath(new URL('../../../packages', import.meta.url))).map((d) => `@lamina/${d}`);
    expect([...summary.typesChecked].sort()).toEqual(packages.sort());
    expect(summary.results.map((r) => r.name)).toEqual(SUBSETS.map((s) => s.name));
    for (const r of summary.results) expect(r.output).toMatch(/one tfjs-core loaded$/);
  }, 900_000);
});

describe('attw on a tarball', () => {
  it('rejects declarations whose relative import does not resolve under node16 ESM', () => {
    // The classic ESM-types mistake, built by hand: index.d.ts re-exports
    // './other' without the .js extension that node16 resolution requires.
    const dir = mkdtempSync(join(tmpdir(), 'lamina-attw-'));
    try {
      const manifest = { name: 'bad-types', version: '1.0.0', type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } };
      writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
      writeFileSync(join(dir, 'index.js'), "export * from './other.js';\n");
      writeFileSync(join(dir, 'other.js'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'index.d.ts'), "export * from './other';\n");
      writeFileSync(join(dir, 'other.d.ts'), 'export declare const a: number;\n');
      execFileSync('npm', ['pack', '--silent'], { cwd: dir, stdio: 'ignore' });
      expect(() => checkTypes(join(dir, 'bad-types-1.0.0.tgz'))).toThrow(/attw found type problems[\s\S]*InternalResolutionError/);
      // The same package with the extension written out passes.
      writeFileSync(join(dir, 'index.d.ts'), "export * from './other.js';\n");
      execFileSync('npm', ['pack', '--silent'], { cwd: dir, stdio: 'ignore' });
      expect(() => checkTypes(join(dir, 'bad-types-1.0.0.tgz'))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
