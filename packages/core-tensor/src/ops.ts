import * as tf from '@tensorflow/tfjs-core';
import { requireBackend } from './backend/registry.js';

// Each op first checks that a backend can run it, so that using tensors with
// nothing registered gives Lamina's error (which names the packages to
// install) instead of TensorFlow.js's "No backend found in registry".
function guard<F extends (...args: never[]) => unknown>(op: F): F {
  const guarded = (...args: Parameters<F>): ReturnType<F> => {
    requireBackend();
    return op(...args) as ReturnType<F>;
  };
  return guarded as unknown as F;
}

/**
 * Creates a tensor from values and an optional shape.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * console.log(tensor([[1, 2], [3, 4]]).shape); // → [ 2, 2 ]
 * console.log(tensor([1, 2, 3, 4], [2, 2]).arraySync()); // → [ [ 1, 2 ], [ 3, 4 ] ]
 * ```
 */
export const tensor = guard(tf.tensor);

/**
 * Creates a rank-0 tensor.
 *
 * @example
 * ```ts
 * import { scalar } from '@lamina/core-tensor';
 * const s = scalar(3.5);
 * console.log(s.rank, s.arraySync()); // → 0 3.5
 * ```
 */
export const scalar = guard(tf.scalar);

/**
 * A tensor of zeros.
 *
 * @example
 * ```ts
 * import { zeros } from '@lamina/core-tensor';
 * console.log(zeros([2, 3]).arraySync()); // → [ [ 0, 0, 0 ], [ 0, 0, 0 ] ]
 * ```
 */
export const zeros = guard(tf.zeros);

/**
 * A tensor of ones.
 *
 * @example
 * ```ts
 * import { ones } from '@lamina/core-tensor';
 * console.log(ones([2, 3]).arraySync()); // → [ [ 1, 1, 1 ], [ 1, 1, 1 ] ]
 * ```
 */
export const ones = guard(tf.ones);

/**
 * A tensor filled with one value.
 *
 * @example
 * ```ts
 * import { fill } from '@lamina/core-tensor';
 * console.log(fill([2, 3], 7).arraySync()); // → [ [ 7, 7, 7 ], [ 7, 7, 7 ] ]
 * ```
 */
export const fill = guard(tf.fill);

/**
 * Matrix product, optionally transposing either side.
 *
 * @example
 * ```ts
 * import { matMul, tensor } from '@lamina/core-tensor';
 * const a = tensor([[1, 2], [3, 4]]);
 * const b = tensor([[5], [6]]);
 * console.log(matMul(a, b).arraySync()); // → [ [ 17 ], [ 39 ] ]
 * console.log(matMul(a, a, true).arraySync()); // → [ [ 10, 14 ], [ 14, 20 ] ]  (aᵀa)
 * ```
 */
export const matMul = guard(tf.matMul);

/**
 * Element-wise sum with broadcasting.
 *
 * @example
 * ```ts
 * import { add, tensor } from '@lamina/core-tensor';
 * console.log(add(tensor([[1, 2], [3, 4]]), tensor([10, 20])).arraySync()); // → [ [ 11, 22 ], [ 13, 24 ] ]
 * ```
 */
export const add = guard(tf.add);

/**
 * Element-wise difference with broadcasting.
 *
 * @example
 * ```ts
 * import { sub, tensor } from '@lamina/core-tensor';
 * console.log(sub(tensor([5, 7]), tensor([1, 2])).arraySync()); // → [ 4, 5 ]
 * ```
 */
export const sub = guard(tf.sub);

/**
 * Element-wise product with broadcasting.
 *
 * @example
 * ```ts
 * import { mul, scalar, tensor } from '@lamina/core-tensor';
 * console.log(mul(tensor([1, 2, 3]), scalar(2)).arraySync()); // → [ 2, 4, 6 ]
 * ```
 */
export const mul = guard(tf.mul);

/**
 * Sum over axes.
 *
 * @example
 * ```ts
 * import { sum, tensor } from '@lamina/core-tensor';
 * const x = tensor([[1, 2], [3, 4]]);
 * console.log(sum(x).arraySync(), sum(x, 0).arraySync()); // → 10 [ 4, 6 ]
 * ```
 */
export const sum = guard(tf.sum);

/**
 * Mean over axes.
 *
 * @example
 * ```ts
 * import { mean, tensor } from '@lamina/core-tensor';
 * console.log(mean(tensor([[1, 2], [3, 4]]), 0).arraySync()); // → [ 2, 3 ]
 * ```
 */
export const mean = guard(tf.mean);

/**
 * Rectified linear unit.
 *
 * @example
 * ```ts
 * import { relu, tensor } from '@lamina/core-tensor';
 * console.log(relu(tensor([-1, 0, 2])).arraySync()); // → [ 0, 0, 2 ]
 * ```
 */
export const relu = guard(tf.relu);

/**
 * Reshapes without copying.
 *
 * @example
 * ```ts
 * import { reshape, tensor } from '@lamina/core-tensor';
 * console.log(reshape(tensor([1, 2, 3, 4, 5, 6]), [2, -1]).shape); // → [ 2, 3 ]
 * ```
 */
export const reshape = guard(tf.reshape);

/**
 * Runs `fn` and disposes every intermediate tensor it made.
 *
 * @example
 * ```ts
 * import { add, memory, ones, tidy } from '@lamina/core-tensor';
 * const before = memory().numTensors;
 * const y = tidy(() => add(add(ones([2]), ones([2])), ones([2]))); // intermediates disposed
 * console.log(memory().numTensors - before); // → 1  (only y is left)
 * ```
 */
export const tidy = tf.tidy;

/**
 * Disposes tensors (any nesting).
 *
 * @example
 * ```ts
 * import { dispose, memory, ones } from '@lamina/core-tensor';
 * const before = memory().numTensors;
 * const a = ones([2]);
 * const b = ones([3]);
 * dispose([a, b]);
 * console.log(memory().numTensors - before); // → 0
 * ```
 */
export const dispose = tf.dispose;

/**
 * Keeps a tensor alive past the enclosing `tidy`.
 *
 * @example
 * ```ts
 * import { keep, ones, tidy, type Tensor } from '@lamina/core-tensor';
 * let kept: Tensor | undefined;
 * tidy(() => {
 *   kept = keep(ones([2]));
 * });
 * console.log(kept?.isDisposed); // → false
 * ```
 */
export const keep = tf.keep;

/**
 * Tensor and byte counts of the current backend.
 *
 * @example
 * ```ts
 * import { memory, ones } from '@lamina/core-tensor';
 * const before = memory().numTensors;
 * const t = ones([2, 2]);
 * console.log(memory().numTensors - before); // → 1
 * t.dispose();
 * ```
 */
export const memory = guard(tf.memory);

/**
 * Gradients of `f()` with respect to variables.
 *
 * @example
 * ```ts
 * import { mul, sum, tensor, variable, variableGrads } from '@lamina/core-tensor';
 * const v = variable(tensor([1, 2, 3]), true, 'v');
 * const { value, grads } = variableGrads(() => sum(mul(v, v)), [v]);
 * console.log(value.arraySync(), grads['v']?.arraySync()); // → 14 [ 2, 4, 6 ]
 * ```
 */
export const variableGrads = guard(tf.variableGrads);

/**
 * The gradient function of `f`.
 *
 * @example
 * ```ts
 * import { grad, mul, scalar, type Tensor } from '@lamina/core-tensor';
 * const dSquare = grad((x: Tensor) => mul(x, x));
 * console.log(dSquare(scalar(3)).arraySync()); // → 6
 * ```
 */
export const grad = tf.grad;
