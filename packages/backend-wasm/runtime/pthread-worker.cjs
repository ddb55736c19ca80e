'use strict';
// Emscripten pthread worker for Node.js. TensorFlow.js ships the worker script
// only as a string (meant for a Blob URL, which Node's Worker rejects), so this
// fixed file runs that string inside the worker thread. It is loaded by path
// from the package itself: no temporary files are written.
const { wasmWorkerContents } = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js');
// The string came from a template literal, so its "\n" escapes are real
// newlines now; put them back (as tfjs does before making its Blob). The
// script expects CommonJS `require` and `__filename` as free variables.
const source = wasmWorkerContents.replace(/\n/g, '\\n');
new Function('require', '__filename', source)(require, __filename);
