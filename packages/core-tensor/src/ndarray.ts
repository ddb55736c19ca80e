import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { DisposedError, InvalidArgumentError, formatValue } from './errors.js';

/**
 * Data types an `NDArray` holds.
 *
 * @example
 * ```ts
 * import { ndarray, type NDArrayDType } from '@lamina/core-tensor';
 * const dtype: NDArrayDType = 'int32';
 * console.log(ndarray(new Int32Array([1, 2]), [2], dtype).dtype); // → int32
 * ```
 */
export type NDArrayDType = 'float32' | 'int32' | 'bool';

/**
 * A host-memory snapshot of a tensor: the analogue of a numpy array.
 *
 * @example
 * ```ts
 * import { toNDArray, tensor } from '@lamina/core-tensor';
 * const a = toNDArray(tensor([[1, 2]]));
 * console.log(a.shape, a.dtype, a.data); // → [ 1, 2 ] float32 Float32Array(2) [ 1, 2 ]
 * ```
 */
export interface NDArray {
  readonly shape: readonly number[];
  readonly dtype: NDArrayDType;
  readonly data: Float32Array | Int32Array | Uint8Array;
}

const CTOR = { float32: Float32Array, int32: Int32Array, bool: Uint8Array } as const;

/**
 * Builds an `NDArray` from host data, checking that sizes and types agree.
 *
 * @example
 * ```ts
 * import { ndarray } from '@lamina/core-tensor';
 * const a = ndarray(new Float32Array([1, 2, 3, 4]), [2, 2]);
 * ```
 */
export function ndarray(
  data: Float32Array | Int32Array | Uint8Array | readonly number[],
  shape: readonly number[],
  dtype?: NDArrayDType,
): NDArray {
  const dt: NDArrayDType =
    dtype ?? (data instanceof Int32Array ? 'int32' : data instanceof Uint8Array ? 'bool' : 'float32');
  if (!(dt in CTOR)) {
    throw new InvalidArgumentError(`ndarray: dtype must be 'float32', 'int32' or 'bool'. Received: dtype=${formatValue(dt)}`);
  }
  const size = shape.reduce((a, b) => a * b, 1);
  if (!shape.every((d) => Number.isInteger(d) && d >= 0) || size !== data.length) {
    throw new InvalidArgumentError(
      `ndarray: shape [${shape.join(', ')}] needs ${size} values. Received: ${data.length} values`,
    );
  }
  const typed = data instanceof CTOR[dt] ? data : CTOR[dt].from(data as ArrayLike<number>);
  return Object.freeze({ shape: Object.freeze([...shape]), dtype: dt, data: typed });
}

/**
 * Copies a tensor to host memory. The result is a copy: later changes to the
 * tensor (or variable) do not show in it.
 *
 * @example
 * ```ts
 * import { toNDArray, ones } from '@lamina/core-tensor';
 * console.log(toNDArray(ones([2])).data); // → Float32Array(2) [ 1, 1 ]
 * ```
 */
export function toNDArray(t: Tensor): NDArray {
  if (!(t instanceof tf.Tensor)) {
    throw new InvalidArgumentError(`toNDArray: expected a Tensor. Received: ${formatValue(t)}`);
  }
  if (t.isDisposed) {
    throw new DisposedError(
      `toNDArray: the tensor (shape [${t.shape.join(', ')}], dtype ${t.dtype}${
        'name' in t ? `, name '${String(t.name)}'` : ''
      }) was disposed; read it before calling dispose().`,
    );
  }
  const dtype = t.dtype;
  if (dtype !== 'float32' && dtype !== 'int32' && dtype !== 'bool') {
    throw new InvalidArgumentError(`toNDArray: dtype ${dtype} has no NDArray form; expected float32, int32 or bool.`);
  }
  const values = t.dataSync();
  // Backends may hand out their own buffer (cpu does); copy so the snapshot stays put.
  const data = new CTOR[dtype](values.length);
  data.set(values as ArrayLike<number>);
  return Object.freeze({ shape: Object.freeze([...t.shape]), dtype, data });
}
