import { DisposedError, InvalidArgumentError, formatValue, tfjs } from '@lamina/core-tensor';
import type { NDArray, NDArrayDType, Tensor, Variable } from '@lamina/core-tensor';
import { arrayRepr, shapeText } from './array-repr.js';
import { deviceEdges, hostEdges } from './edges.js';
import { resolveOptions } from './options.js';
import type { PrintOptions } from './options.js';
import { scalarRepr } from './scalar-repr.js';

const DTYPES: readonly string[] = ['float32', 'int32', 'bool'];
const CTOR = { float32: Float32Array, int32: Int32Array, bool: Uint8Array } as const;

function isNDArray(x: unknown): x is NDArray {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Partial<NDArray>;
  return Array.isArray(a.shape) && typeof a.dtype === 'string' && ArrayBuffer.isView(a.data);
}

function checkNDArray(a: NDArray): void {
  const size = a.shape.reduce((p, d) => p * d, 1);
  if (!DTYPES.includes(a.dtype) || !(a.data instanceof CTOR[a.dtype])) {
    throw new InvalidArgumentError(
      `repr: an NDArray needs dtype 'float32', 'int32' or 'bool' with matching data. Received: dtype=${formatValue(a.dtype)}, data=${formatValue(a.data)}`,
    );
  }
  if (!a.shape.every((d) => Number.isInteger(d) && d >= 0) || a.data.length !== size) {
    throw new InvalidArgumentError(
      `repr: NDArray shape [${a.shape.join(', ')}] needs ${size} values. Received: ${a.data.length} values`,
    );
  }
}

/** TensorFlow's text after `numpy=`: a newline first when the array takes several lines. */
function numpyText(t: Tensor, o: PrintOptions): string {
  const dtype = t.dtype as NDArrayDType;
  if (t.rank === 0) return scalarRepr(dtype, t.dataSync()[0]!, o.legacy === '2.1');
  const text = arrayRepr(dtype, deviceEdges(t, o.threshold, o.edgeitems), o);
  return text.includes('\n') ? `\n${text}` : text;
}

function tensorRepr(t: Tensor, o: PrintOptions): string {
  if (t.isDisposed) {
    throw new DisposedError(
      `repr: the tensor (shape ${shapeText(t.shape)}, dtype ${t.dtype}) was disposed; print it before calling dispose().`,
    );
  }
  if (!DTYPES.includes(t.dtype)) {
    throw new InvalidArgumentError(`repr: dtype must be float32, int32 or bool. Received: dtype=${formatValue(t.dtype)}`);
  }
  const numpy = numpyText(t, o);
  if (t instanceof tfjs.Variable) {
    const v = t as Variable;
    return `<tf.Variable '${v.name}' shape=${shapeText(t.shape)} dtype=${t.dtype}, numpy=${numpy}>`;
  }
  return `<tf.Tensor: shape=${shapeText(t.shape)}, dtype=${t.dtype}, numpy=${numpy}>`;
}

/**
 * Returns exactly what Python prints for the same values: numpy's `repr` for
 * an `NDArray`, TensorFlow's `<tf.Tensor: …>` / `<tf.Variable …>` for tensors
 * and variables. `options` override the global print options for this call.
 *
 * @example
 * ```ts
 * import { tensor, ndarray } from '@lamina/core-tensor';
 * import { repr } from '@lamina/inspect';
 * console.log(repr(ndarray(new Float32Array([0.5, -1]), [2]))); // → array([ 0.5, -1. ], dtype=float32)
 * console.log(repr(tensor([[1, 2]]))); // → <tf.Tensor: shape=(1, 2), dtype=float32, numpy=array([[1., 2.]], dtype=float32)>
 * ```
 */
export function repr(x: NDArray | Tensor, options?: Partial<PrintOptions>): string {
  const o = resolveOptions('repr', options);
  if (x instanceof tfjs.Tensor) return tensorRepr(x, o);
  if (isNDArray(x)) {
    checkNDArray(x);
    return arrayRepr(x.dtype, hostEdges(x, o.threshold, o.edgeitems), o);
  }
  throw new InvalidArgumentError(`repr: expected a Tensor, Variable or NDArray. Received: ${formatValue(x)}`);
}
