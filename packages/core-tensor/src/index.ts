import './tfjs-side-effects.js';
export {
  /**
   * TensorFlow.js's tensor class: what every op returns (shape, dtype,
   * `array()`, `dispose()`, chained ops).
   *
   * @example
   * ```ts
   * import { tensor, Tensor } from '@lamina/core-tensor';
   * const t = tensor([[1, 2], [3, 4]]);
   * console.log(t instanceof Tensor, t.shape, t.dtype); // → true [ 2, 2 ] float32
   * ```
   */
  Tensor,
  /**
   * TensorFlow.js's mutable, named tensor class: what `variable()` returns and
   * what layers hold as weights.
   *
   * @example
   * ```ts
   * import { tensor, variable, Variable } from '@lamina/core-tensor';
   * const v = variable(tensor([1, 2]), true, 'w');
   * v.assign(tensor([3, 4]));
   * console.log(v instanceof Variable, v.arraySync()); // → true [ 3, 4 ]
   * ```
   */
  Variable,
} from '@tensorflow/tfjs-core';
export type {
  /**
   * The dtype names of TensorFlow.js (`'float32'`, `'int32'`, `'bool'`,
   * `'complex64'`, `'string'`).
   *
   * @example
   * ```ts
   * import { zeros, type DataType } from '@lamina/core-tensor';
   * const dtype: DataType = 'int32';
   * console.log(zeros([2], dtype).dtype); // → int32
   * ```
   */
  DataType,
  /**
   * TensorFlow.js's backend class, which a `BackendPlugin` creates.
   *
   * @example
   * ```ts
   * import { getBackend, tfjs, type KernelBackend } from '@lamina/core-tensor';
   * getBackend(); // starts the current backend if needed
   * const backend: KernelBackend = tfjs.backend();
   * console.log(backend.floatPrecision()); // → 32
   * ```
   */
  KernelBackend,
  /**
   * TensorFlow.js's rank enum, the type parameter of `Tensor<R>`.
   *
   * @example
   * ```ts
   * import { zeros, type Rank, type Tensor } from '@lamina/core-tensor';
   * const m: Tensor<Rank.R2> = zeros([2, 3]);
   * console.log(m.rank); // → 2
   * ```
   */
  Rank,
  /**
   * Values a tensor can be made from: numbers, nested arrays, typed arrays.
   *
   * @example
   * ```ts
   * import { tensor, type TensorLike } from '@lamina/core-tensor';
   * const values: TensorLike = [[1, 2], [3, 4]];
   * console.log(tensor(values).shape); // → [ 2, 2 ]
   * ```
   */
  TensorLike,
} from '@tensorflow/tfjs-core';
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
 *
 * @example
 * ```ts
 * import { tensor, tfjs } from '@lamina/core-tensor';
 * const x = tensor([[1, 2, 3], [4, 5, 6]]);
 * console.log(tfjs.slice(x, [0, 1], [2, 2]).arraySync()); // → [ [ 2, 3 ], [ 5, 6 ] ]
 * console.log(tfjs.sigmoid(tensor([0])).arraySync()); // → [ 0.5 ]
 * ```
 */
export * as tfjs from '@tensorflow/tfjs-core';
