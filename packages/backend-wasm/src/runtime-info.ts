import { tfjs, type BackendInfo, type KernelBackend } from '@lamina/core-tensor';
import type { EmscriptenModule } from './host.js';
import type { StartPlan, WasmBuild } from './plan.js';

/**
 * What a running WebAssembly backend is made of, read from the live
 * Emscripten module (not from the options it was asked for).
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend } from '@lamina/core-tensor';
 * import { describeWasmRuntime, wasm, type WasmRuntimeInfo } from '@lamina/backend-wasm';
 * registerBackend(wasm({ threads: 2 }));
 * await setBackend('wasm');
 * const runtime: WasmRuntimeInfo | undefined = describeWasmRuntime();
 * console.log(runtime?.threads, runtime?.pthreadWorkers); // → 2 1
 * ```
 */
export interface WasmRuntimeInfo {
  /** Which of the three tfjs builds runs. */
  readonly build: WasmBuild;
  /** Threads executing kernels: the calling thread plus each running pthread worker. */
  readonly threads: number;
  /** Size of XNNPACK's thread pool as the C++ side reports it (`get_threads_count`), or 1 without a pool. */
  readonly poolThreads: number;
  /** pthread workers currently running a pool thread. */
  readonly pthreadWorkers: number;
  /** pthread workers loaded but idle (0 after start-up). */
  readonly idleWorkers: number;
  readonly simd: boolean;
  /** Where the `.wasm` binary was loaded from. */
  readonly wasmLocation: string;
  readonly fallbackReason?: string;
}

interface Record {
  readonly module: EmscriptenModule;
  readonly plan: StartPlan;
  readonly wasmLocation: string;
}

const records = new WeakMap<KernelBackend, Record>();

/** Remembers how a backend was started, for `info()` and `describeWasmRuntime()`. */
export function rememberRuntime(backend: KernelBackend, record: Record): void {
  records.set(backend, record);
}

function measure(record: Record): WasmRuntimeInfo {
  const pool = record.module.PThread;
  const pthreadWorkers = pool?.runningWorkers.length ?? 0;
  const bridge = record.module['tfjs'] as { getThreadsCount(): number } | undefined;
  // -1 means "no pool": the non-threaded builds run on the calling thread.
  const reported = bridge?.getThreadsCount() ?? -1;
  const info: WasmRuntimeInfo = {
    build: record.plan.build,
    threads: pthreadWorkers + 1,
    poolThreads: reported > 0 ? reported : 1,
    pthreadWorkers,
    idleWorkers: pool?.unusedWorkers.length ?? 0,
    simd: record.plan.build !== 'plain',
    wasmLocation: record.wasmLocation,
  };
  return record.plan.fallbackReason === undefined ? info : { ...info, fallbackReason: record.plan.fallbackReason };
}

/**
 * Measures a WebAssembly backend started by `wasm()`: build, live thread
 * count, pool size and worker counts. Returns `undefined` for any other
 * backend. Without an argument it looks at the current TensorFlow.js backend.
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend } from '@lamina/core-tensor';
 * import { wasm, describeWasmRuntime } from '@lamina/backend-wasm';
 * registerBackend(wasm({ threads: 2 }));
 * await setBackend('wasm');
 * const { build, threads, poolThreads, pthreadWorkers } = describeWasmRuntime() ?? {};
 * console.log(build, threads, poolThreads, pthreadWorkers); // → threaded-simd 2 2 1
 * ```
 */
export function describeWasmRuntime(backend: KernelBackend = tfjs.backend()): WasmRuntimeInfo | undefined {
  const record = records.get(backend);
  return record === undefined ? undefined : measure(record);
}

/** `BackendInfo` of a backend started by `wasm()`, measured live. */
export function measuredInfo(backend: KernelBackend): BackendInfo | undefined {
  const record = records.get(backend);
  if (record === undefined) return undefined;
  const m = measure(record);
  const info: BackendInfo = { name: 'wasm', threads: m.threads, simd: m.simd };
  return m.fallbackReason === undefined ? info : { ...info, fallbackReason: m.fallbackReason };
}
