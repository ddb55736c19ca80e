export { wasm } from './wasm.js';
export { WasmFileError } from './errors.js';
export { describeWasmRuntime } from './runtime-info.js';
export type { WasmRuntimeInfo } from './runtime-info.js';
export type { WasmAssetName, WasmFileName, WasmOptions, WasmPaths } from './options.js';
export type { WasmBuild } from './plan.js';
