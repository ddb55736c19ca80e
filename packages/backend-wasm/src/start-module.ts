import { BackendError } from '@lamina/core-tensor';
import { WasmFileError } from './errors.js';
import type { EmscriptenConfig, EmscriptenModule, WasmHost } from './host.js';
import type { WasmFileName } from './options.js';
import { BUILD_FILES, type StartPlan } from './plan.js';

/** A started Emscripten module with the bridge BackendWasm expects. */
export interface StartedModule {
  readonly module: EmscriptenModule;
  readonly wasmLocation: string;
}

type Locate = (file: WasmFileName) => string;

/**
 * Resolves where a `.wasm` file is: a `wasmPaths` map entry, a `wasmPaths`
 * folder, or the host's default folder.
 *
 * @example
 * ```ts
 * locator('/static/wasm', '/default/')('tfjs-backend-wasm-simd.wasm'); // '/static/wasm/tfjs-backend-wasm-simd.wasm'
 * ```
 */
export function locator(
  wasmPaths: string | Readonly<Partial<Record<WasmFileName, string>>> | undefined,
  defaultFolder: string,
): Locate {
  return (file) => {
    if (typeof wasmPaths === 'object') {
      const mapped = wasmPaths[file];
      if (mapped === undefined) {
        throw new WasmFileError(`wasm: the wasmPaths map has no entry for '${file}', which this start needs.`, file);
      }
      return mapped;
    }
    const folder = wasmPaths ?? defaultFolder;
    return folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`;
  };
}

async function compile(bytes: BufferSource, location: string): Promise<WebAssembly.Module> {
  try {
    return await WebAssembly.compile(bytes);
  } catch (cause) {
    throw new WasmFileError(
      `wasm: '${location}' is not a valid WebAssembly binary (${String(cause)}). ` +
        'Use the files of @tensorflow/tfjs-backend-wasm 4.22.0, unmodified.',
      location,
      { cause },
    );
  }
}

/**
 * Loads and starts the Emscripten module of `plan.build` with exactly
 * `plan.threads` threads. The binary is read and compiled first, so a wrong
 * path fails before any worker exists. For the threaded build:
 * - the C++ side sizes its pool as `emscripten_num_logical_cores() / 2`
 *   (capped at 8), so that import is answered with `2 * threads`;
 * - the glue pre-creates 8 pthread workers; all but `threads - 1` are
 *   terminated before the module is sent to them (the calling thread is the
 *   pool's first thread).
 */
export async function startModule(host: WasmHost, plan: StartPlan, locate: Locate): Promise<StartedModule> {
  const files = BUILD_FILES[plan.build];
  const wasmLocation = locate(files.wasm);
  const compiled = await compile(await host.readBinary(wasmLocation), wasmLocation);
  const factory = await host.loadFactory(plan.build);
  const threaded = plan.build === 'threaded-simd';
  const workerScript = threaded ? await host.workerScript() : '';

  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const config: EmscriptenConfig = {
    locateFile: (path, prefix) => {
      if (path.endsWith('.worker.js')) return workerScript;
      if (path.endsWith('.wasm')) return wasmLocation;
      return prefix + path;
    },
    instantiateWasm(imports, receive) {
      const pool = config.PThread;
      if (pool !== undefined) {
        for (const extra of pool.unusedWorkers.splice(Math.max(plan.threads - 1, 1))) extra.terminate();
      }
      const env = imports['env'] as Record<string, unknown> | undefined;
      if (env !== undefined && 'emscripten_num_logical_cores' in env) {
        env['emscripten_num_logical_cores'] = () => 2 * plan.threads;
      }
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => receive(instance, compiled),
        (cause: unknown) => fail(new BackendError(`wasm: instantiating '${wasmLocation}' failed: ${String(cause)}`)),
      );
      return {};
    },
    onAbort: (what) => fail(new BackendError(`wasm: the WebAssembly module aborted while starting: ${String(what)}`)),
  };
  if (threaded) config.mainScriptUrlOrBlob = host.mainScript(factory);
  try {
    const module = await Promise.race([host.callFactory(factory, config), failed]);
    return { module, wasmLocation };
  } catch (error) {
    config.PThread?.terminateAllThreads();
    throw error;
  }
}
