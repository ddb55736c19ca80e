import './tfjs-side-effects.js';
export { Tensor, Variable } from '@tensorflow/tfjs-core';
export type { DataType, KernelBackend, Rank, TensorLike } from '@tensorflow/tfjs-core';
export {
  add,
  dispose,
  fill,
  grad,
  keep,
  matMul,
  mean,
  memory,
  mul,
  ones,
  relu,
  reshape,
  scalar,
  sub,
  sum,
  tensor,
  tidy,
  variableGrads,
  zeros,
} from './ops.js';
export { variable } from './variable.js';
export { randomNormal, randomUniform, truncatedNormal } from './random/ops.js';
export type { RandomDType } from './random/ops.js';
export { getSeed, randomStream, setSeed, validateSeed, withSeed } from './random/seed.js';
export { PhiloxStream, philoxFill } from './random/philox.js';
export { fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt } from './random/sample.js';
export { ndarray, toNDArray } from './ndarray.js';
export type { NDArray, NDArrayDType } from './ndarray.js';
export { validateShape } from './shape.js';
export {
  getBackend,
  listBackends,
  registerBackend,
  requireBackend,
  resetBackendsForTesting,
  setBackend,
} from './backend/registry.js';
export { DENSE_KERNEL } from './backend/plugin.js';
export type { BackendInfo, BackendPlugin, DenseKernelAttrs, PluginKernel } from './backend/plugin.js';
export {
  BackendError,
  DisposedError,
  InvalidArgumentError,
  LaminaError,
  NoBackendError,
  formatValue,
} from './errors.js';
/**
 * The whole TensorFlow.js core namespace, for what the facade does not wrap
 * (fused matMul, activations, slicing). Lamina packages use it instead of
 * importing `@tensorflow/tfjs-core` so that one instance serves everything.
 */
export * as tfjs from '@tensorflow/tfjs-core';
