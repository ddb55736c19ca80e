import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Tests and type checks run on src/ without a build: each @lamina package
// resolves to its source entry (exact match, so subpath exports still work).
const packages = readdirSync(`${root}packages`).filter((p) => existsSync(`${root}packages/${p}/src/index.ts`));
const alias = packages.map((p) => ({
  find: new RegExp(`^@lamina/${p}$`),
  replacement: `${root}packages/${p}/src/index.ts`,
}));

const projectDirs = ['packages', 'apps', 'tooling'].flatMap((group) =>
  existsSync(`${root}${group}`)
    ? readdirSync(`${root}${group}`)
        .filter((d) => existsSync(`${root}${group}/${d}/package.json`))
        .map((d) => `${group}/${d}`)
    : [],
);

export default defineConfig({
  resolve: { alias },
  test: {
    // CI reads the JSON report to print "N passed, N failed".
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
    projects: projectDirs.map((dir) => ({
      extends: true,
      test: {
        name: dir.split('/')[1]!,
        root: `${root}${dir}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**', 'test/browser/**'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    })),
  },
});
