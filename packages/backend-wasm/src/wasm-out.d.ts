// Types for the Emscripten glue files of @tensorflow/tfjs-backend-wasm that
// ship without declarations (or with declarations that do not match how
// Lamina loads them). Each file's CommonJS export is the module factory.
declare module '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js' {
  const factory: import('./host.js').EmscriptenFactory;
  export default factory;
}
declare module '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.js' {
  const factory: import('./host.js').EmscriptenFactory;
  export default factory;
}
declare module '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js' {
  export const wasmWorkerContents: string;
}
