import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';

/** The three binaries `@tensorflow/tfjs-backend-wasm` 4.22 ships. */
export const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;

/**
 * Name of one of the `.wasm` binaries.
 *
 * @example
 * ```ts
 * import type { WasmFileName } from '@lamina/backend-wasm';
 * const file: WasmFileName = 'tfjs-backend-wasm-threaded-simd.wasm';
 * ```
 */
export type WasmFileName = (typeof WASM_FILES)[number];

/**
 * The Emscripten glue of the threaded build. Browsers' pthread workers load it
 * by URL; give it in a `wasmPaths` map when the app is minified (see README).
 */
export const THREADED_GLUE = 'tfjs-backend-wasm-threaded-simd.js';

/**
 * Keys of a `wasmPaths` map: the three binaries and the threaded glue.
 *
 * @example
 * ```ts
 * import type { WasmAssetName } from '@lamina/backend-wasm';
 * const glue: WasmAssetName = 'tfjs-backend-wasm-threaded-simd.js';
 * ```
 */
export type WasmAssetName = WasmFileName | typeof THREADED_GLUE;

const WASM_ASSETS: readonly string[] = [...WASM_FILES, THREADED_GLUE];

/**
 * A folder (path or URL) holding the files, or a map from each file name to its URL.
 *
 * @example
 * ```ts
 * import { wasm, type WasmPaths } from '@lamina/backend-wasm';
 * const paths: WasmPaths = '/static/wasm/';
 * wasm({ wasmPaths: paths });
 * ```
 */
export type WasmPaths = string | Readonly<Partial<Record<WasmAssetName, string>>>;

/** Most threads the TensorFlow.js thread pool accepts (XNNPACK's pthreadpool cap in tfjs 4.22). */
export const MAX_THREADS = 8;

/**
 * Options of `wasm()`.
 *
 * @example
 * ```ts
 * import { wasm, type WasmOptions } from '@lamina/backend-wasm';
 * const options: WasmOptions = { threads: 2, simd: true };
 * const plugin = wasm(options);
 * ```
 */
export interface WasmOptions {
  /**
   * Worker threads running kernels, counting the calling thread: an integer
   * from 1 to 8, or `'auto'` (the default) for the machine's available
   * parallelism capped at 8.
   */
  readonly threads?: number | 'auto';
  /** Use the SIMD builds (default `true`). `false` selects the plain single-threaded build. */
  readonly simd?: boolean;
  /**
   * Where the `.wasm` binaries are: a folder (path or URL, with or without a
   * trailing slash), or a map from each file name to its URL (what Vite's
   * `?url` imports give; in browsers the map may also give the threaded glue
   * `tfjs-backend-wasm-threaded-simd.js`). Default: the files inside
   * `@tensorflow/tfjs-backend-wasm` in Node.js, the folder of this module in a browser.
   */
  readonly wasmPaths?: WasmPaths;
}

/** `WasmOptions` after validation, with defaults filled in. */
export interface ResolvedWasmOptions {
  readonly threads: number | 'auto';
  readonly simd: boolean;
  readonly wasmPaths: WasmPaths | undefined;
}

const WHERE = 'wasm';

function checkThreads(threads: unknown): number | 'auto' {
  if (threads === 'auto') return threads;
  if (typeof threads !== 'number' || !Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    throw new InvalidArgumentError(
      `${WHERE}: threads must be an integer from 1 to ${MAX_THREADS}, or 'auto'. Received: threads=${formatValue(threads)}`,
    );
  }
  return threads;
}

function checkWasmPaths(paths: unknown): ResolvedWasmOptions['wasmPaths'] {
  if (paths === undefined) return undefined;
  if (typeof paths === 'string') {
    if (paths.length === 0) {
      throw new InvalidArgumentError(`${WHERE}: wasmPaths must not be an empty string. Received: wasmPaths=''`);
    }
    return paths;
  }
  if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) {
    throw new InvalidArgumentError(
      `${WHERE}: wasmPaths must be a folder string or a map from .wasm file names to URLs. Received: wasmPaths=${formatValue(paths)}`,
    );
  }
  for (const [key, value] of Object.entries(paths)) {
    if (!WASM_ASSETS.includes(key)) {
      throw new InvalidArgumentError(
        `${WHERE}: wasmPaths keys must be among ${WASM_ASSETS.join(', ')}. Received: key ${formatValue(key)}`,
      );
    }
    if (typeof value !== 'string' || value.length === 0) {
      throw new InvalidArgumentError(
        `${WHERE}: wasmPaths['${key}'] must be a non-empty string. Received: ${formatValue(value)}`,
      );
    }
  }
  return { ...(paths as Record<WasmAssetName, string>) };
}

/**
 * Validates `wasm()` options at the boundary; throws `InvalidArgumentError`
 * naming the bad value.
 *
 * @example
 * ```ts
 * import { resolveWasmOptions } from './options.js';
 * console.log(resolveWasmOptions({ threads: 2 })); // → { threads: 2, simd: true, wasmPaths: undefined }
 * ```
 */
export function resolveWasmOptions(options: unknown): ResolvedWasmOptions {
  if (options === undefined) return { threads: 'auto', simd: true, wasmPaths: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${WHERE}: options must be an object. Received: options=${formatValue(options)}`);
  }
  const o = options as Record<string, unknown>;
  const unknownKeys = Object.keys(o).filter((k) => k !== 'threads' && k !== 'simd' && k !== 'wasmPaths');
  if (unknownKeys.length > 0) {
    throw new InvalidArgumentError(
      `${WHERE}: unknown option ${unknownKeys.map((k) => `'${k}'`).join(', ')}; expected threads, simd or wasmPaths.`,
    );
  }
  // `null` is a wrong value, not a missing one, so no `??` here.
  const threads = checkThreads(o['threads'] === undefined ? 'auto' : o['threads']);
  const simd = o['simd'] === undefined ? true : o['simd'];
  if (typeof simd !== 'boolean') {
    throw new InvalidArgumentError(`${WHERE}: simd must be a boolean. Received: simd=${formatValue(simd)}`);
  }
  if (!simd && threads !== 'auto' && threads > 1) {
    throw new InvalidArgumentError(
      `${WHERE}: threads > 1 needs simd: true (TensorFlow.js ships no threaded build without SIMD). ` +
        `Received: threads=${threads}, simd=false`,
    );
  }
  return { threads, simd, wasmPaths: checkWasmPaths(o['wasmPaths']) };
}
