import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { BackendInfo, BackendPlugin, KernelBackend } from '@lamina/core-tensor';
import { denseKernel } from './dense-kernel.js';

/**
 * The pure-JavaScript backend (TensorFlow.js's `MathBackendCPU`): runs
 * everywhere, one thread, no SIMD. It starts synchronously, so tensors can be
 * used right after `registerBackend(cpu())`. It adds one kernel to tfjs's
 * cpu kernels, `DENSE_KERNEL` (a register-blocked JavaScript matrix product
 * with bias and activation in one pass), which `@lamina/layers` uses for
 * `Dense` inference; every other op runs on tfjs's kernels unchanged.
 *
 * @example
 * ```ts
 * import { registerBackend, getBackend } from '@lamina/core-tensor';
 * import { cpu } from '@lamina/backend-cpu';
 * registerBackend(cpu());
 * console.log(getBackend()); // → { name: 'cpu', threads: 1, simd: false }
 * ```
 */
export function cpu(): BackendPlugin {
  const createSync = (): KernelBackend => {
    const backend = new MathBackendCPU();
    // tfjs prints a banner recommending tfjs-node on first use in Node.js;
    // Lamina chooses its backends explicitly, so the advice does not apply.
    (backend as unknown as { firstUse: boolean }).firstUse = false;
    return backend;
  };
  return {
    name: 'cpu',
    priority: 1,
    isSupported: () => true,
    createSync,
    create: async () => createSync(),
    info: (): BackendInfo => ({ name: 'cpu', threads: 1, simd: false }),
    kernels: [denseKernel],
  };
}
