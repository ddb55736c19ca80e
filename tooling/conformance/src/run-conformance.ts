import { beforeAll, describe, expect, it } from 'vitest';
import { getBackend, memory } from '@lamina/core-tensor';
import { suiteContext, type ConformanceConfig } from './context.js';
import { denseCases } from './dense-cases.js';
import { linearCases } from './linear-cases.js';
import { randomCases } from './random-cases.js';
import { variableCases } from './variable-cases.js';

/**
 * Defines the shared backend conformance suite for one configuration (call it
 * at the top level of a vitest file; one configuration per file, because each
 * file runs in its own process and a wasm thread count is fixed once
 * started). Results are checked against float64 references computed in the
 * test and, with `compareWith`, against a second backend within 1e-5.
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * import { wasm } from '@lamina/backend-wasm';
 * import { runConformance } from '@lamina/conformance';
 * runConformance({
 *   label: 'wasm ×2',
 *   start: async () => {
 *     registerBackend(cpu());
 *     registerBackend(wasm({ threads: 2 }));
 *     return setBackend('wasm');
 *   },
 *   expectInfo: { name: 'wasm', threads: 2, simd: true },
 *   compareWith: 'cpu',
 * });
 * ```
 */
export function runConformance(config: ConformanceConfig): void {
  const ctx = suiteContext(config);
  describe(`backend conformance: ${config.label}`, () => {
    beforeAll(async () => {
      await config.start();
    });

    it('reports the expected, measured backend info', () => {
      const info = getBackend();
      expect({ name: info.name, threads: info.threads, simd: info.simd }).toEqual(config.expectInfo);
      expect(info.fallbackReason).toBeUndefined();
    });

    linearCases(ctx);
    denseCases(ctx);
    randomCases(ctx);
    variableCases(ctx);

    it('ends on the backend under test with no tensors left by the suite', () => {
      expect(getBackend().name).toBe(config.expectInfo.name);
      expect(memory().numTensors).toBe(0);
    });
  });
}
