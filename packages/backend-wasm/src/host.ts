import type { HostCapabilities, WasmBuild } from './plan.js';

/** The Emscripten module object, as far as Lamina touches it. */
export interface EmscriptenModule {
  cwrap(name: string, returnType: string | null, argTypes: string[]): (...args: number[]) => number;
  /** Present in the threaded build only. */
  PThread?: PThreadPool;
  [key: string]: unknown;
}

/** A pthread worker: a Node.js `Worker` or a browser `Worker`. */
export interface PThreadWorker {
  terminate(): unknown;
  /** Node.js `Worker`. */
  unref?: () => void;
  on?: (event: 'error', listener: (error: Error) => void) => unknown;
  /** Browser `Worker`. */
  addEventListener?: (event: 'error', listener: (event: { message?: string }) => void) => void;
}

/** Emscripten's pool of pthread workers (library_pthread.js). */
export interface PThreadPool {
  unusedWorkers: PThreadWorker[];
  runningWorkers: PThreadWorker[];
  terminateAllThreads(): void;
}

/** Settings passed to an Emscripten module factory (its `Module` object). */
export interface EmscriptenConfig {
  locateFile(path: string, prefix: string): string;
  instantiateWasm(
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
  ): object;
  onAbort(what: unknown): void;
  mainScriptUrlOrBlob?: string | Blob;
  /** Set by the threaded build while the factory runs. */
  PThread?: PThreadPool;
}

/** An Emscripten `MODULARIZE` factory such as `WasmBackendModuleThreadedSimd`. */
export type EmscriptenFactory = (config: EmscriptenConfig) => Promise<EmscriptenModule>;

/**
 * What differs between Node.js and browsers when starting the module: how
 * files are found and read, how pthread workers get their script, and which
 * global side effects of the Emscripten glue must be undone.
 */
export interface WasmHost {
  readonly kind: 'node' | 'browser';
  capabilities(): HostCapabilities;
  /** Default location of a `.wasm` file when no `wasmPaths` option is given. */
  defaultWasmFolder(): string;
  /** Reads a `.wasm` file; throws `WasmFileError` naming `location`. */
  readBinary(location: string): Promise<BufferSource>;
  loadFactory(build: WasmBuild): Promise<EmscriptenFactory>;
  /** Script that Emscripten's pthread workers start with. */
  workerScript(): Promise<string>;
  /**
   * What each pthread worker imports to get the glue code; `glue` is the URL
   * the options name for it, if any.
   */
  mainScript(
    factory: EmscriptenFactory,
    glue: { readonly url: string; readonly required: boolean } | undefined,
  ): Promise<string | Blob>;
  /** Runs the factory, undoing the glue's global side effects (process listeners, `global.Worker`). */
  callFactory(factory: EmscriptenFactory, config: EmscriptenConfig): Promise<EmscriptenModule>;
  /** Lets the process exit while pool threads idle (Node.js `unref`). */
  releaseWorkers(workers: readonly PThreadWorker[]): void;
}
