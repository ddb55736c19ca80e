// Page for scripts/browser-check.mjs: starts wasm with 2 threads and posts
// what it measured to /report. `?glue=1` also names the threaded glue URL.
import { getBackend, matMul, registerBackend, setBackend, tensor } from '@lamina/core-tensor';
import { describeWasmRuntime, wasm } from '@lamina/backend-wasm';
import plain from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-simd.wasm?url';
import threaded from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.wasm?url';
import glue from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';

const warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warnings.push(args.map(String).join(' '));
  warn(...args);
};

const wasmPaths = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': threaded,
};
if (new URLSearchParams(location.search).has('glue')) wasmPaths['tfjs-backend-wasm-threaded-simd.js'] = glue;

let report;
try {
  registerBackend(wasm({ threads: 2, wasmPaths }));
  await setBackend('wasm');
  const product = matMul(tensor([[1, 2], [3, 4]]), tensor([[5, 6], [7, 8]])).dataSync();
  report = {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    info: getBackend(),
    runtime: describeWasmRuntime(),
    product: Array.from(product),
    warnings,
  };
} catch (error) {
  report = { error: String(error?.message ?? error), cause: String(error?.cause?.message ?? '') };
}
await fetch('/report', { method: 'POST', body: JSON.stringify(report) });
