import { expect } from 'vitest';
import { memory, setBackend, tidy, toNDArray, type BackendInfo, type Tensor } from '@lamina/core-tensor';

/**
 * One backend configuration for the suite. Each configuration runs in its own
 * test file (so its own process): a wasm thread count is fixed once started.
 *
 * @example
 * ```ts
 * const config: ConformanceConfig = {
 *   label: 'cpu',
 *   start: async () => { registerBackend(cpu()); return setBackend('cpu'); },
 *   expectInfo: { name: 'cpu', threads: 1, simd: false },
 * };
 * ```
 */
export interface ConformanceConfig {
  /** Shown in test names, e.g. `'wasm ×2'`. */
  readonly label: string;
  /** Registers what the configuration needs and makes the backend under test current. */
  readonly start: () => Promise<BackendInfo>;
  /** What `getBackend()` must report once started (threads are measured by the backend). */
  readonly expectInfo: Omit<BackendInfo, 'fallbackReason'>;
  /**
   * A second registered backend (usually `'cpu'`) that every result is
   * compared with, by switching to it at runtime and back.
   */
  readonly compareWith?: string;
}

/** What the case files share: the configuration and backend switching. */
export interface SuiteContext {
  readonly config: ConformanceConfig;
  /** Runs `fn` on the comparison backend, then switches back; `undefined` without one. */
  onOther<T>(fn: () => T): Promise<T | undefined>;
}

/** Makes the context for one configuration. */
export function suiteContext(config: ConformanceConfig): SuiteContext {
  return {
    config,
    async onOther<T>(fn: () => T): Promise<T | undefined> {
      if (config.compareWith === undefined) return undefined;
      await setBackend(config.compareWith);
      try {
        return fn();
      } finally {
        await setBackend(config.expectInfo.name);
      }
    },
  };
}

/** Runs an op in `tidy`, copies its float32 result to the host and frees it. */
export function hostResult(fn: () => Tensor): Float32Array {
  const t = tidy(fn);
  try {
    return toNDArray(t).data as Float32Array;
  } finally {
    t.dispose();
  }
}

/** Host copy of a tensor's float32 values. */
export function hostValues(t: Tensor): Float32Array {
  return toNDArray(t).data as Float32Array;
}

/** Runs `body` and checks that it leaves `memory().numTensors` where it was. */
export async function withoutLeaks(body: () => Promise<void> | void): Promise<void> {
  const before = memory().numTensors;
  await body();
  expect(memory().numTensors, 'memory().numTensors after the case').toBe(before);
}
