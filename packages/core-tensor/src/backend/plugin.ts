import type { KernelBackend, KernelConfig } from '@tensorflow/tfjs-core';

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
 * const { name, threads, simd } = getBackend();
 * console.log(name, threads, simd); // → cpu 1 false
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
  /**
   * Kernels this backend adds to TensorFlow.js's own (for example
   * `DENSE_KERNEL`). They are registered for the backend's name when it
   * starts, never at import, and never over a kernel already registered under
   * the same name.
   */
  readonly kernels?: readonly PluginKernel[];
}

/**
 * A kernel a backend plugin adds: a TensorFlow.js `KernelConfig` without the
 * backend name, which the registry fills in with the plugin's name.
 *
 * @example
 * ```ts
 * import type { PluginKernel } from '@lamina/core-tensor';
 * const kernel: PluginKernel = {
 *   kernelName: 'MyOp',
 *   kernelFunc: ({ inputs, backend }) => inputs['x']!,
 * };
 * ```
 */
export type PluginKernel = Omit<KernelConfig, 'backendName'>;

/**
 * Name of Lamina's dense kernel, `activation(x · kernel + bias)` for a rank-2
 * float32 `x` of shape `[m, k]`, `kernel` `[k, n]` and optional `bias` `[n]`,
 * in one pass. A backend plugin may provide it (see `BackendPlugin.kernels`);
 * `@lamina/layers` calls it for inference when the current backend has it
 * and otherwise uses TensorFlow.js's `_FusedMatMul`.
 *
 * @example
 * ```ts
 * import { DENSE_KERNEL, getBackend, tfjs } from '@lamina/core-tensor';
 * const { name } = getBackend();
 * console.log(name, tfjs.getKernel(DENSE_KERNEL, name) !== undefined); // → cpu true
 * ```
 */
export const DENSE_KERNEL = 'LaminaDense';

/**
 * Attributes of `DENSE_KERNEL`: the activation applied after the bias, with
 * TensorFlow.js's fused-kernel definitions (which match Keras's).
 *
 * @example
 * ```ts
 * import type { DenseKernelAttrs } from '@lamina/core-tensor';
 * const attrs: DenseKernelAttrs = { activation: 'relu' };
 * ```
 */
export interface DenseKernelAttrs {
  readonly activation: 'linear' | 'relu' | 'sigmoid' | 'elu';
}
