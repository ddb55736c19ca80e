import { BackendError, tfjs, type BackendInfo, type BackendPlugin, type KernelBackend } from '@lamina/core-tensor';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { EmscriptenModule, WasmHost } from './host.js';
import { denseKernel } from './dense-kernel.js';
import { resolveWasmOptions, type WasmOptions } from './options.js';
import { planStart } from './plan.js';
import { measuredInfo, rememberRuntime } from './runtime-info.js';
import { locator, startModule } from './start-module.js';

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

async function loadHost(): Promise<WasmHost> {
  // package.json maps node-host.js to `false` for browser bundlers, so they
  // never pull node:fs into a page; this branch does not run there.
  if (isNode()) return (await import('./node-host.js')).nodeHost;
  return (await import('./browser-host.js')).browserHost;
}

// Importing tfjs-backend-wasm registers its kernels (needed) and its own
// 'wasm' backend factory, which would start a second, single-threaded module
// the first time anything asks tfjs for 'wasm'. Lamina creates the backend
// itself, so that factory is dropped while it has not started anything.
async function importTfjsWasm(): Promise<typeof import('@tensorflow/tfjs-backend-wasm')> {
  const mod = await import('@tensorflow/tfjs-backend-wasm');
  const registry = (tfjs.engine() as unknown as { registry: Record<string, unknown> }).registry;
  if (tfjs.findBackendFactory('wasm') !== null && registry['wasm'] === undefined) tfjs.removeBackend('wasm');
  return mod;
}

// The same bridge tfjs's own init() adds (tfjs-backend-wasm/src/backend_wasm.ts).
function addBridge(module: EmscriptenModule): void {
  module['tfjs'] = {
    init: module.cwrap('init', null, []),
    initWithThreadsCount: module.cwrap('init_with_threads_count', null, ['number']),
    getThreadsCount: module.cwrap('get_threads_count', 'number', []),
    registerTensor: module.cwrap('register_tensor', null, ['number', 'number', 'number']),
    disposeData: module.cwrap('dispose_data', null, ['number']),
    dispose: module.cwrap('dispose', null, []),
  };
}

/**
 * The TensorFlow.js WebAssembly backend (XNNPACK kernels) as a Lamina
 * plugin, registered under the name `'wasm'`. In Node.js and in
 * cross-origin-isolated pages it runs the threaded SIMD build with exactly
 * `threads` threads (default `'auto'`: available parallelism, at most 8);
 * elsewhere it runs single-threaded SIMD and says why in
 * `getBackend().fallbackReason`. Calling `wasm()` only validates options:
 * nothing is registered or loaded until `registerBackend` and `setBackend('wasm')`.
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend, matMul, ones } from '@lamina/core-tensor';
 * import { wasm } from '@lamina/backend-wasm';
 * registerBackend(wasm({ threads: 2 }));
 * console.log(await setBackend('wasm')); // → { name: 'wasm', threads: 2, simd: true }
 * console.log(matMul(ones([256, 256]), ones([256, 256])).dataSync()[0]); // → 256
 * ```
 */
export function wasm(options?: WasmOptions): BackendPlugin {
  const resolved = resolveWasmOptions(options);
  const shown: Record<string, unknown> = { threads: resolved.threads, simd: resolved.simd };
  if (resolved.wasmPaths !== undefined) shown['wasmPaths'] = resolved.wasmPaths;

  const create = async (): Promise<KernelBackend> => {
    const host = await loadHost();
    const plan = planStart(resolved, host.capabilities());
    const tfjsWasm = await importTfjsWasm();
    const { module, wasmLocation } = await startModule(
      host,
      plan,
      locator(resolved.wasmPaths, host.defaultWasmFolder()),
    );
    addBridge(module);
    tfjsWasm.setThreadsCount(plan.threads);
    let backend: BackendWasm;
    try {
      // BackendWasm creates XNNPACK's pthreadpool, which starts the pool threads.
      backend = new tfjsWasm.BackendWasm(module as unknown as ConstructorParameters<typeof BackendWasm>[0]);
    } catch (cause) {
      module.PThread?.terminateAllThreads();
      throw cause;
    }
    // Pool threads idle between kernels; they must not keep Node.js alive.
    host.releaseWorkers(module.PThread?.runningWorkers ?? []);
    rememberRuntime(backend, { module, plan, wasmLocation });
    if (plan.fallbackReason !== undefined) console.warn(`@lamina/backend-wasm: ${plan.fallbackReason}`);
    return backend;
  };

  return {
    name: 'wasm',
    priority: 2,
    options: shown,
    isSupported: () => typeof WebAssembly === 'object' && typeof WebAssembly.compile === 'function',
    create,
    info(backend: KernelBackend): BackendInfo {
      const info = measuredInfo(backend);
      if (info === undefined) {
        throw new BackendError('wasm: info() was given a backend that wasm() did not create.');
      }
      return info;
    },
    kernels: [denseKernel],
  };
}
