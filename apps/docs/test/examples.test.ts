import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBackend, resetBackendsForTesting } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { clearSession } from '@lamina/layers';
import { resetPrintOptions } from '@lamina/inspect';
import { extractAll, LIBRARY_PACKAGES } from './examples/extract.js';
import { claimsOf, typeCheckExamples, writeExamples, type ExampleFile } from './examples/prepare.js';

// Every exported symbol's TSDoc (STYLE.md convention 10): a summary line and
// at least one runnable ```ts block under @example. The blocks are written to
// apps/docs/.examples/ and imported here, so vitest applies the root config's
// @lamina/* aliases and the examples run on the package sources.
const { publicExports: exportsByPackage, internal } = extractAll();
const examples = writeExamples([...exportsByPackage, ...internal]);

/**
 * Blocks that cannot run in this Node.js test, with the reason. They are
 * still type-checked, and show up as skipped in the test output.
 */
const CANNOT_RUN: Readonly<Record<string, string>> = {};

const testName = (e: ExampleFile): string => `${e.pkg} ${e.symbol}${e.internal ? ' (internal)' : ''} #${e.n}`;

describe('every export has a TSDoc summary and an @example', () => {
  it.each(LIBRARY_PACKAGES)('%s', (pkg) => {
    const own = exportsByPackage.filter((e) => e.pkg === pkg);
    expect(own.length).toBeGreaterThan(0);
    const missing = own.flatMap((e) => [
      ...(e.summary === '' ? [`${e.name}: no summary line (${e.where})`] : []),
      ...(e.examples.length === 0 ? [`${e.name}: no \`\`\`ts block under @example (${e.where})`] : []),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('every @example runs', () => {
  let printed: string[] = [];

  beforeEach(() => {
    // Examples are independent: no backend, no layer-name counters, default
    // print options left over from the one before.
    resetBackendsForTesting();
    clearSession();
    resetPrintOptions();
    printed = [];
    for (const method of ['log', 'info', 'warn'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(format(...args));
      });
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
    resetBackendsForTesting();
  });

  for (const e of examples) {
    const reason = CANNOT_RUN[testName(e)];
    if (reason !== undefined) {
      it.skip(`${testName(e)} (cannot run in Node: ${reason})`, () => {});
      continue;
    }
    it(testName(e), async () => {
      if (!e.ownsBackend) registerBackend(cpu());
      try {
        await import(/* @vite-ignore */ pathToFileURL(e.file).href);
      } finally {
        // What the example printed, next to it, for reviewing `// …` claims.
        writeFileSync(e.file.replace(/\.ts$/, '.out.txt'), printed.join('\n') + '\n');
      }
      // Each `// → value` claim, in order, is one of the printed lines.
      let from = 0;
      for (const claim of claimsOf(e.code)) {
        const at = printed.indexOf(claim, from);
        expect(at, `"// → ${claim}" was not printed; printed:\n${printed.slice(from).join('\n')}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    });
  }
});

describe('every @example type-checks', () => {
  it('strict tsc over all generated examples has no errors', () => {
    expect(typeCheckExamples(examples)).toEqual([]);
  });
});
