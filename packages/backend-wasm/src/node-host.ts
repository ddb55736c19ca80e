import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WasmFileError } from './errors.js';
import type { EmscriptenConfig, EmscriptenFactory, EmscriptenModule, PThreadWorker, WasmHost } from './host.js';
import { BUILD_FILES, wasmSimdSupported, type HostCapabilities, type WasmBuild } from './plan.js';

const require = createRequire(import.meta.url);
const WASM_OUT = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js'));
// A fixed file shipped with this package (see runtime/pthread-worker.cjs):
// same depth from src/ and dist/, so the relative URL works for both.
const WORKER_SCRIPT = fileURLToPath(new URL('../runtime/pthread-worker.cjs', import.meta.url));

function sharedMemoryProblem(): string | undefined {
  try {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return memory.buffer instanceof SharedArrayBuffer
      ? undefined
      : 'This Node.js build has no shared WebAssembly memory.';
  } catch {
    return 'This Node.js build has no shared WebAssembly memory.';
  }
}

async function readLocation(location: string): Promise<BufferSource> {
  if (/^https?:/i.test(location)) {
    const response = await fetch(location);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    return response.arrayBuffer();
  }
  const bytes = await readFile(location.startsWith('file:') ? new URL(location) : location);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The Node.js host: binaries are read from disk, the glue is loaded with
 * `require` (so `__filename` points at it and workers can load it by path),
 * and pthread workers start from a file shipped in this package.
 */
export const nodeHost: WasmHost = {
  kind: 'node',
  capabilities: (): HostCapabilities => ({
    simd: wasmSimdSupported(),
    threadsUnavailable: sharedMemoryProblem(),
    parallelism: availableParallelism(),
  }),
  defaultWasmFolder: () => `${WASM_OUT}/`,
  async readBinary(location) {
    try {
      return await readLocation(location);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new WasmFileError(
        `wasm: cannot read the WebAssembly binary at '${location}' (${reason}). ` +
          'Check the wasmPaths option: it must name the folder (or the files) holding the .wasm files of ' +
          '@tensorflow/tfjs-backend-wasm 4.22.0.',
        location,
        { cause },
      );
    }
  },
  loadFactory: async (build: WasmBuild) => require(join(WASM_OUT, BUILD_FILES[build].glue)) as EmscriptenFactory,
  workerScript: async () => WORKER_SCRIPT,
  // Node.js workers read the glue from the package by path; a glue URL from the options is for browsers.
  mainScript: async () => join(WASM_OUT, BUILD_FILES['threaded-simd'].glue),
  async callFactory(factory: EmscriptenFactory, config: EmscriptenConfig): Promise<EmscriptenModule> {
    // The glue installs process-wide 'uncaughtException'/'unhandledRejection'
    // handlers that rethrow, and sets global.Worker; a library must not
    // change how the host application handles errors, so undo both.
    const uncaught = process.listeners('uncaughtException');
    const unhandled = process.listeners('unhandledRejection');
    const hadWorker = Object.getOwnPropertyDescriptor(globalThis, 'Worker');
    try {
      return factory(config);
    } finally {
      for (const l of process.listeners('uncaughtException')) {
        if (!uncaught.includes(l)) process.removeListener('uncaughtException', l);
      }
      for (const l of process.listeners('unhandledRejection')) {
        if (!unhandled.includes(l)) process.removeListener('unhandledRejection', l);
      }
      if (hadWorker === undefined) delete (globalThis as { Worker?: unknown }).Worker;
      else Object.defineProperty(globalThis, 'Worker', hadWorker);
    }
  },
  releaseWorkers(workers: readonly PThreadWorker[]) {
    for (const worker of workers) worker.unref?.();
  },
};
