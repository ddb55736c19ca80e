import { BackendError } from '@lamina/core-tensor';
import { WasmFileError } from './errors.js';
import type { EmscriptenConfig, EmscriptenModule, WasmHost } from './host.js';
import { THREADED_GLUE, type WasmFileName, type WasmPaths } from './options.js';
import { BUILD_FILES, type StartPlan } from './plan.js';

/** A started Emscripten module with the bridge BackendWasm expects. */
export interface StartedModule {
  readonly module: EmscriptenModule;
  readonly wasmLocation: string;
}

/** Where the files of a start are. */
export interface Locator {
  /** Location of a `.wasm` binary. */
  wasm(file: WasmFileName): string;
  /**
   * URL of the threaded glue for browser workers, if the options name one:
   * `required` when given in a map (a failure is then an error), not when
   * guessed from a folder.
   */
  glue(): { readonly url: string; readonly required: boolean } | undefined;
}

function join(folder: string, file: string): string {
  return folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`;
}

/**
 * Resolves where files are: a `wasmPaths` map entry, a `wasmPaths` folder, or
 * the host's default folder.
 *
 * @example
 * ```ts
 * import { locator } from './start-module.js';
 * console.log(locator('/static/wasm', '/default/').wasm('tfjs-backend-wasm-simd.wasm')); // → /static/wasm/tfjs-backend-wasm-simd.wasm
 * ```
 */
export function locator(wasmPaths: WasmPaths | undefined, defaultFolder: string): Locator {
  return {
    wasm(file) {
      if (typeof wasmPaths === 'object') {
        const mapped = wasmPaths[file];
        if (mapped === undefined) {
          throw new WasmFileError(`wasm: the wasmPaths map has no entry for '${file}', which this start needs.`, file);
        }
        return mapped;
      }
      return join(wasmPaths ?? defaultFolder, file);
    },
    glue() {
      if (typeof wasmPaths === 'object') {
        const mapped = wasmPaths[THREADED_GLUE];
        return mapped === undefined ? undefined : { url: mapped, required: true };
      }
      return wasmPaths === undefined ? undefined : { url: join(wasmPaths, THREADED_GLUE), required: false };
    },
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
export async function startModule(host: WasmHost, plan: StartPlan, locate: Locator): Promise<StartedModule> {
  const files = BUILD_FILES[plan.build];
  const wasmLocation = locate.wasm(files.wasm);
  const compiled = await compile(await host.readBinary(wasmLocation), wasmLocation);
  const factory = await host.loadFactory(plan.build);
  const threaded = plan.build === 'threaded-simd';
  const workerScript = threaded ? await host.workerScript() : '';

  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined); // only raced below; a late failure is not unhandled
  const hint =
    host.kind === 'browser'
      ? ` In a minified bundle, name the glue script in wasmPaths['${THREADED_GLUE}'] (see the @lamina/backend-wasm README).`
      : '';
  const workerFailed = (message: string | undefined) =>
    fail(new BackendError(`wasm: a pthread worker failed while starting (${message ?? 'no message'}).${hint}`));
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
        for (const worker of pool.unusedWorkers) {
          worker.on?.('error', (e) => workerFailed(e.message));
          worker.addEventListener?.('error', (e) => workerFailed(e.message));
        }
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
  if (threaded) config.mainScriptUrlOrBlob = await host.mainScript(factory, locate.glue());
  try {
    const module = await Promise.race([host.callFactory(factory, config), failed]);
    return { module, wasmLocation };
  } catch (error) {
    config.PThread?.terminateAllThreads();
    throw error;
  }
}
