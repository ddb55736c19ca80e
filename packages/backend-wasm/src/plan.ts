import { MAX_THREADS, type ResolvedWasmOptions, type WasmFileName } from './options.js';

/**
 * Which Emscripten build runs: the three builds tfjs-backend-wasm 4.22 ships.
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend } from '@lamina/core-tensor';
 * import { describeWasmRuntime, wasm, type WasmBuild } from '@lamina/backend-wasm';
 * registerBackend(wasm({ threads: 2 }));
 * await setBackend('wasm');
 * const build: WasmBuild | undefined = describeWasmRuntime()?.build;
 * console.log(build); // → threaded-simd  (in Node.js)
 * ```
 */
export type WasmBuild = 'plain' | 'simd' | 'threaded-simd';

/** What the host can do, as probed at start-up. */
export interface HostCapabilities {
  readonly simd: boolean;
  /** `undefined` when shared-memory threads can run; otherwise why not. */
  readonly threadsUnavailable: string | undefined;
  /** Logical processors available to this process (or page). */
  readonly parallelism: number;
}

/** The build, thread count and (when reduced) the reason, decided before loading. */
export interface StartPlan {
  readonly build: WasmBuild;
  readonly threads: number;
  readonly fallbackReason: string | undefined;
}

/**
 * Binary and Emscripten glue of each build (`wasm-out/` in tfjs-backend-wasm).
 * As in tfjs, one glue file serves the plain and SIMD binaries (the shipped
 * `tfjs-backend-wasm-simd.js` is not a usable factory).
 */
export const BUILD_FILES: Readonly<Record<WasmBuild, { wasm: WasmFileName; glue: string }>> = {
  plain: { wasm: 'tfjs-backend-wasm.wasm', glue: 'tfjs-backend-wasm.js' },
  simd: { wasm: 'tfjs-backend-wasm-simd.wasm', glue: 'tfjs-backend-wasm.js' },
  'threaded-simd': { wasm: 'tfjs-backend-wasm-threaded-simd.wasm', glue: 'tfjs-backend-wasm-threaded-simd.js' },
};

// The module that tfjs uses for the same check (flags_wasm.ts): one v128 op.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0, 65, 0, 253, 15, 26, 11,
]);

/**
 * Whether this engine compiles WebAssembly SIMD.
 *
 * @example
 * ```ts
 * import { wasmSimdSupported } from './plan.js';
 * console.log(wasmSimdSupported()); // → true  (Node.js >= 16 and current browsers)
 * ```
 */
export function wasmSimdSupported(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * Decides which build to load and with how many threads. A single thread
 * uses the non-threaded SIMD build: it needs no workers and no shared memory.
 *
 * @example
 * ```ts
 * import { planStart } from './plan.js';
 * const plan = planStart({ threads: 2, simd: true, wasmPaths: undefined }, { simd: true, threadsUnavailable: undefined, parallelism: 2 });
 * console.log(plan); // → { build: 'threaded-simd', threads: 2, fallbackReason: undefined }
 * ```
 */
export function planStart(options: ResolvedWasmOptions, host: HostCapabilities): StartPlan {
  const requested =
    options.threads === 'auto' ? Math.max(1, Math.min(host.parallelism, MAX_THREADS)) : options.threads;
  if (!options.simd) return { build: 'plain', threads: 1, fallbackReason: undefined };
  if (!host.simd) {
    return {
      build: 'plain',
      threads: 1,
      fallbackReason: 'WebAssembly SIMD is not supported here, so the plain single-threaded build runs.',
    };
  }
  if (requested === 1) return { build: 'simd', threads: 1, fallbackReason: undefined };
  if (host.threadsUnavailable !== undefined) {
    return {
      build: 'simd',
      threads: 1,
      fallbackReason: `${host.threadsUnavailable} Running single-threaded SIMD instead of ${requested} threads.`,
    };
  }
  return { build: 'threaded-simd', threads: requested, fallbackReason: undefined };
}
