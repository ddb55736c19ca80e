import { BackendError } from '@lamina/core-tensor';

/**
 * A `.wasm` binary of the WebAssembly backend could not be read or compiled.
 * `path` is the exact location that was tried, so a wrong `wasmPaths` option
 * shows up in the message. `setBackend('wasm')` reports it as the `cause` of
 * its `BackendError`; other backends keep working.
 *
 * @example
 * ```ts
 * import { registerBackend, setBackend } from '@lamina/core-tensor';
 * import { wasm, WasmFileError } from '@lamina/backend-wasm';
 * registerBackend(wasm({ wasmPaths: '/no/such/folder/' }));
 * await setBackend('wasm').catch((e) => console.log(e.cause instanceof WasmFileError)); // → true
 * ```
 */
export class WasmFileError extends BackendError {
  override name = 'WasmFileError';

  /** The path or URL that failed to load. */
  readonly path: string;

  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.path = path;
  }
}
