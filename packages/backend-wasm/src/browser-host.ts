import { WasmFileError } from './errors.js';
import type { EmscriptenFactory, WasmHost } from './host.js';
import { wasmSimdSupported, type HostCapabilities, type WasmBuild } from './plan.js';

const ISOLATION_HINT =
  'This page is not cross-origin isolated, so WebAssembly threads (SharedArrayBuffer) are unavailable; ' +
  'serve it with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.';

function threadsProblem(): string | undefined {
  const g = globalThis as { crossOriginIsolated?: boolean; SharedArrayBuffer?: unknown; Worker?: unknown };
  if (g.crossOriginIsolated !== true || typeof g.SharedArrayBuffer !== 'function') return ISOLATION_HINT;
  if (typeof g.Worker !== 'function') return 'Web Workers are unavailable here, so WebAssembly threads cannot run.';
  return undefined;
}

// Bundlers expose a CommonJS export as `default`, some also spread it.
function commonJsExport<T>(namespace: { default?: T }): T {
  return namespace.default ?? (namespace as T);
}

// Literal specifiers so that bundlers (Vite, Rollup, webpack) include the glue.
async function importFactory(build: WasmBuild): Promise<EmscriptenFactory> {
  switch (build) {
    case 'threaded-simd':
      return commonJsExport(await import('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js'));
    case 'simd':
    case 'plain':
      return commonJsExport(await import('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.js'));
  }
}

let workerUrl: string | undefined;

/**
 * The browser host: binaries are fetched, and pthread workers start from a
 * Blob URL of the worker script tfjs ships as a string (as tfjs itself does).
 */
export const browserHost: WasmHost = {
  kind: 'browser',
  capabilities: (): HostCapabilities => ({
    simd: wasmSimdSupported(),
    threadsUnavailable: threadsProblem(),
    parallelism: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1,
  }),
  defaultWasmFolder: () => new URL('./', import.meta.url).href,
  async readBinary(location) {
    let response: Response;
    try {
      response = await fetch(location, { credentials: 'same-origin' });
    } catch (cause) {
      throw new WasmFileError(`wasm: cannot fetch the WebAssembly binary at '${location}' (${String(cause)}).`, location, {
        cause,
      });
    }
    if (!response.ok) {
      throw new WasmFileError(
        `wasm: cannot fetch the WebAssembly binary at '${location}' (HTTP ${response.status}). ` +
          'Check the wasmPaths option; see the @lamina/backend-wasm README for bundlers such as Vite.',
        location,
      );
    }
    return response.arrayBuffer();
  },
  loadFactory: importFactory,
  async workerScript() {
    if (workerUrl === undefined) {
      const { wasmWorkerContents } = commonJsExport<{ wasmWorkerContents: string }>(
        await import('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js'),
      );
      // The string came from a template literal: its "\n" escapes are real newlines now.
      const source = wasmWorkerContents.replace(/\n/g, '\\n');
      workerUrl = URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
    }
    return workerUrl;
  },
  async mainScript(factory, glue) {
    if (glue !== undefined) {
      // Workers start from a blob: URL, against which a relative URL means nothing.
      const url = new URL(glue.url, document.baseURI).href;
      const found = await fetch(url, { method: 'HEAD' }).then((r) => r.ok, () => false);
      if (found) return url;
      if (glue.required) {
        throw new WasmFileError(`wasm: cannot fetch the threaded glue script at '${url}'.`, url);
      }
    }
    // The factory's own source, as tfjs does it. It refers to one variable of
    // its enclosing scope (Emscripten's _scriptDir), which a minifier renames
    // and may stop guarding with `typeof`; declare it under whatever name it
    // now has. Should that fail, the worker error names the wasmPaths remedy.
    const source = factory.toString();
    const scriptDir = /urlOrBlob["']?\s*:[^,}]*\|\|\s*([A-Za-z_$][\w$]*)/.exec(source)?.[1];
    const prelude = scriptDir === undefined ? '' : `var ${scriptDir};`;
    return new Blob([`${prelude}var WasmBackendModuleThreadedSimd = ${source}`], { type: 'text/javascript' });
  },
  callFactory: (factory, config) => factory(config),
  releaseWorkers: () => undefined,
};
