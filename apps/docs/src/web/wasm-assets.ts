// Vite copies each binary into the build (with a content hash) and gives its
// URL; wasm()'s wasmPaths option takes exactly this map (see the
// @lamina/backend-wasm README, "Bundlers").
import plain from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-simd.wasm?url';
import threadedSimd from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.wasm?url';
// The original glue, for the pthread workers (optional; safer with minified bundles).
import threadedGlue from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';

/** The `.wasm` binaries' (and the threaded glue's) URLs in this build, keyed by file name. @example `wasm({ wasmPaths })` */
export const wasmPaths = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': threadedSimd,
  'tfjs-backend-wasm-threaded-simd.js': threadedGlue,
} as const;
