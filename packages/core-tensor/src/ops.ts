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

/** Creates a tensor from values and an optional shape. @example `tensor([[1, 2], [3, 4]])` */
export const tensor = guard(tf.tensor);
/** Creates a rank-0 tensor. @example `scalar(3.5)` */
export const scalar = guard(tf.scalar);
/** A tensor of zeros. @example `zeros([2, 3])` */
export const zeros = guard(tf.zeros);
/** A tensor of ones. @example `ones([2, 3])` */
export const ones = guard(tf.ones);
/** A tensor filled with one value. @example `fill([2, 3], 7)` */
export const fill = guard(tf.fill);
/** Matrix product, optionally transposing either side. @example `matMul(a, b)` */
export const matMul = guard(tf.matMul);
/** Element-wise sum with broadcasting. @example `add(a, b)` */
export const add = guard(tf.add);
/** Element-wise difference with broadcasting. @example `sub(a, b)` */
export const sub = guard(tf.sub);
/** Element-wise product with broadcasting. @example `mul(a, b)` */
export const mul = guard(tf.mul);
/** Sum over axes. @example `sum(x)` */
export const sum = guard(tf.sum);
/** Mean over axes. @example `mean(x, 0)` */
export const mean = guard(tf.mean);
/** Rectified linear unit. @example `relu(x)` */
export const relu = guard(tf.relu);
/** Reshapes without copying. @example `reshape(x, [2, -1])` */
export const reshape = guard(tf.reshape);
/** Runs `fn` and disposes every intermediate tensor it made. @example `tidy(() => add(a, b))` */
export const tidy = tf.tidy;
/** Disposes tensors (any nesting). @example `dispose([a, b])` */
export const dispose = tf.dispose;
/** Keeps a tensor alive past the enclosing `tidy`. @example `keep(t)` */
export const keep = tf.keep;
/** Tensor and byte counts of the current backend. @example `memory().numTensors` */
export const memory = guard(tf.memory);
/** Gradients of `f()` with respect to variables. @example `variableGrads(() => sum(mul(v, v)), [v])` */
export const variableGrads = guard(tf.variableGrads);
/** The gradient function of `f`. @example `grad((x) => mul(x, x))(scalar(3))` */
export const grad = tf.grad;
