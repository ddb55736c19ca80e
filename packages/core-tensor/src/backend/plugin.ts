import type { KernelBackend } from '@tensorflow/tfjs-core';

/**
 * What `getBackend()` and `listBackends()` report about a backend.
 *
 * `threads` is measured from the running backend, not echoed from options.
 * `fallbackReason` is set when the backend runs in a reduced mode (for example
 * single-threaded WebAssembly in a page without cross-origin isolation).
 *
 * @example
 * ```ts
 * import { getBackend } from '@lamina/core-tensor';
 * const { name, threads, simd } = getBackend(); // { name: 'cpu', threads: 1, simd: false }
 * ```
 */
export interface BackendInfo {
  readonly name: string;
  readonly threads: number;
  readonly simd: boolean;
  readonly fallbackReason?: string;
}

/**
 * What a backend package exports: a plain object made by a factory such as
 * `cpu()` or `wasm({ threads: 2 })`. Registering it (`registerBackend`) is the
 * only thing that changes global state.
 *
 * @example
 * ```ts
 * import { registerBackend, type BackendPlugin } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * const plugin: BackendPlugin = cpu();
 * registerBackend(plugin);
 * ```
 */
export interface BackendPlugin {
  /** Registry name: lower-case letters, digits and dashes (`'cpu'`, `'wasm'`). */
  readonly name: string;
  /** When tensors are used before `setBackend`, the highest priority backend that can start synchronously is chosen. */
  readonly priority: number;
  /** The options this plugin was made with, shown in error messages. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Whether this backend can run in the current environment. */
  isSupported(): boolean;
  /** Creates the TensorFlow.js kernel backend. Called at most once per plugin. */
  create(): Promise<KernelBackend>;
  /** Synchronous creation, offered by backends that need no async start-up (cpu). */
  createSync?(): KernelBackend;
  /** Reports what the created backend is running with. */
  info(backend: KernelBackend): BackendInfo;
}
