import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { requireBackend } from '../backend/registry.js';
import { InvalidArgumentError, formatValue } from '../errors.js';
import { validateShape } from '../shape.js';
import { fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt } from './sample.js';
import { randomStream } from './seed.js';

/**
 * Data types the random ops produce.
 *
 * @example
 * ```ts
 * import { randomUniform, type RandomDType } from '@lamina/core-tensor';
 * const dtype: RandomDType = 'int32';
 * console.log(randomUniform([4], 0, 10, dtype, 1).dtype); // → int32
 * ```
 */
export type RandomDType = 'float32' | 'int32';

function checkDType(dtype: unknown, where: string): asserts dtype is RandomDType {
  if (dtype !== 'float32' && dtype !== 'int32') {
    throw new InvalidArgumentError(`${where}: dtype must be 'float32' or 'int32'. Received: dtype=${formatValue(dtype)}`);
  }
}

function checkFinite(value: unknown, name: string, where: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(`${where}: ${name} must be a finite number. Received: ${name}=${formatValue(value)}`);
  }
}

function checkStddev(stddev: unknown, where: string): asserts stddev is number {
  checkFinite(stddev, 'stdDev', where);
  if (stddev < 0) {
    throw new InvalidArgumentError(`${where}: stdDev must be >= 0. Received: stdDev=${stddev}`);
  }
}

/**
 * Uniform values in [minval, maxval), like `tf.random.uniform(shape)`.
 * Seeded draws are identical on every backend.
 *
 * @example
 * ```ts
 * import { randomUniform } from '@lamina/core-tensor';
 * const x = randomUniform([2, 20]);
 * ```
 */
export function randomUniform(
  shape: readonly number[],
  minval = 0,
  maxval = 1,
  dtype: RandomDType = 'float32',
  seed?: number,
): Tensor {
  const size = validateShape(shape, 'randomUniform');
  checkFinite(minval, 'minval', 'randomUniform');
  checkFinite(maxval, 'maxval', 'randomUniform');
  checkDType(dtype, 'randomUniform');
  if (!(minval < maxval)) {
    throw new InvalidArgumentError(
      `randomUniform: minval must be less than maxval. Received: minval=${minval}, maxval=${maxval}`,
    );
  }
  requireBackend();
  const s = randomStream(seed);
  if (dtype === 'int32') {
    const out = new Int32Array(size);
    fillUniformInt(out, s, Math.ceil(minval), Math.ceil(maxval));
    return tf.tensor(out, [...shape], 'int32');
  }
  const out = new Float32Array(size);
  fillUniform(out, s, minval, maxval);
  return tf.tensor(out, [...shape], 'float32');
}

/**
 * Normal values with the given mean and standard deviation.
 *
 * @example
 * ```ts
 * import { randomNormal } from '@lamina/core-tensor';
 * const w = randomNormal([20, 256], 0, 0.01, 'float32', 1);
 * ```
 */
export function randomNormal(
  shape: readonly number[],
  mean = 0,
  stdDev = 1,
  dtype: RandomDType = 'float32',
  seed?: number,
): Tensor {
  return normalOp('randomNormal', fillNormal, shape, mean, stdDev, dtype, seed);
}

/**
 * Normal values redrawn until within two standard deviations of the mean
 * (TensorFlow's `truncated_normal`).
 *
 * @example
 * ```ts
 * import { truncatedNormal } from '@lamina/core-tensor';
 * const w = truncatedNormal([20, 256], 0, 0.05);
 * ```
 */
export function truncatedNormal(
  shape: readonly number[],
  mean = 0,
  stdDev = 1,
  dtype: RandomDType = 'float32',
  seed?: number,
): Tensor {
  return normalOp('truncatedNormal', fillTruncatedNormal, shape, mean, stdDev, dtype, seed);
}

// Both normal ops share validation and allocation; only the sampler differs.
function normalOp(
  where: string,
  fillFn: typeof fillNormal,
  shape: readonly number[],
  mean: number,
  stdDev: number,
  dtype: RandomDType,
  seed: number | undefined,
): Tensor {
  const size = validateShape(shape, where);
  checkFinite(mean, 'mean', where);
  checkStddev(stdDev, where);
  checkDType(dtype, where);
  requireBackend();
  const out = dtype === 'int32' ? new Int32Array(size) : new Float32Array(size);
  fillFn(out, randomStream(seed), mean, stdDev);
  return tf.tensor(out, [...shape], dtype);
}
