import { InvalidArgumentError, Tensor, formatValue, tensor } from '@lamina/core-tensor';
import type { NDArray, Variable } from '@lamina/core-tensor';

/**
 * A value `setWeights` accepts for one variable: an `NDArray`, a `Tensor` or nested arrays.
 *
 * @example
 * ```ts
 * import { Dense, type WeightValue } from '@lamina/layers';
 * const d = new Dense(1);
 * d.build([null, 2]);
 * const values: WeightValue[] = [[[0.5], [-0.5]], [0]];
 * d.setWeights(values);
 * console.log(d.getWeights().map((w) => Array.from(w.data))); // → [ [ 0.5, -0.5 ], [ 0 ] ]
 * ```
 */
export type WeightValue = NDArray | Tensor | NestedArray;
/**
 * Nested arrays of numbers, as `tensor()` takes them.
 *
 * @example
 * ```ts
 * import type { NestedArray } from '@lamina/layers';
 * const kernel: NestedArray = [[1, 2], [3, 4]];
 * ```
 */
export type NestedArray = readonly (number | NestedArray)[];

function isNDArray(x: unknown): x is NDArray {
  if (typeof x !== 'object' || x === null || x instanceof Tensor || Array.isArray(x)) return false;
  const o = x as Partial<NDArray>;
  return Array.isArray(o.shape) && typeof o.dtype === 'string' && ArrayBuffer.isView(o.data);
}

// Shape of a rectangular nested array of numbers, or why it is not one.
function nestedShape(x: unknown, depth = 0): number[] | string {
  if (typeof x === 'number') return [];
  if (!Array.isArray(x)) return `found ${formatValue(x)} at depth ${depth}`;
  if (x.length === 0) return [0];
  const first = nestedShape(x[0], depth + 1);
  if (typeof first === 'string') return first;
  for (let i = 1; i < x.length; i += 1) {
    const s = nestedShape(x[i], depth + 1);
    if (typeof s === 'string') return s;
    if (s.length !== first.length || s.some((d, j) => d !== first[j])) return 'the nested arrays are ragged';
  }
  return [x.length, ...first];
}

const dims = (s: readonly number[]): string => `[${s.join(', ')}]`;

interface Prepared {
  readonly make: () => Tensor;
  readonly owned: boolean;
}

function prepare(where: string, v: Variable, value: unknown, index: number): Prepared {
  const what = `${where}: setWeights value ${index} for '${v.name}'`;
  const expected = `shape ${dims(v.shape)}, dtype ${v.dtype}`;
  let shape: readonly number[];
  let dtype: string;
  let make: () => Tensor;
  let owned = true;
  if (value instanceof Tensor) {
    if (value.isDisposed) throw new InvalidArgumentError(`${what}: the tensor was disposed. Expected: ${expected}`);
    ({ shape, dtype } = value);
    make = () => value;
    owned = false;
  } else if (isNDArray(value)) {
    ({ shape, dtype } = value);
    make = () => tensor(value.data, [...value.shape], value.dtype);
  } else {
    const s = nestedShape(value);
    if (typeof s === 'string') {
      throw new InvalidArgumentError(`${what} must be an NDArray, a Tensor or nested arrays of numbers (${s}). Expected: ${expected}`);
    }
    shape = s;
    dtype = v.dtype;
    make = () => tensor(value as number[], [...s], v.dtype);
  }
  const sameShape = shape.length === v.shape.length && shape.every((d, i) => d === v.shape[i]);
  if (!sameShape || dtype !== v.dtype) {
    throw new InvalidArgumentError(`${what} does not fit. Expected: ${expected}. Received: shape ${dims(shape)}, dtype ${dtype}`);
  }
  return { make, owned };
}

/**
 * Checks every value against its variable (count, shape, dtype), and only
 * then assigns them all: a bad list changes nothing and allocates nothing.
 */
export function assignWeights(where: string, variables: readonly Variable[], values: unknown): void {
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError(`${where}: setWeights expects an array of ${variables.length} values. Received: ${formatValue(values)}`);
  }
  if (values.length !== variables.length) {
    const names = variables.map((v) => `'${v.name}' ${dims(v.shape)}`).join(', ');
    throw new InvalidArgumentError(
      `${where}: setWeights expects ${variables.length} values (${names || 'none: the layer has no variables'}). Received: ${values.length} values`,
    );
  }
  const prepared = variables.map((v, i) => prepare(where, v, values[i], i));
  variables.forEach((v, i) => {
    const p = prepared[i]!;
    const t = p.make();
    v.assign(t);
    if (p.owned) t.dispose();
  });
}
