/**
 * Keras's `compute_fans`: the number of inputs and outputs a weight of this
 * shape connects. Rank 0: (1, 1); rank 1: (n, n); rank 2: (rows, cols);
 * rank > 2 (convolution kernels, channels last): the last two dimensions
 * times the receptive field, the product of the others.
 *
 * (tfjs-layers differs for rank 1 and rank > 5, where it uses the square root
 * of the size for both fans; Lamina follows Keras.)
 *
 * @example
 * ```ts
 * import { computeFans } from '@lamina/initializers';
 * console.log(computeFans([784, 256])); // → [ 784, 256 ]
 * console.log(computeFans([3, 3, 16, 32])); // → [ 144, 288 ]
 * ```
 */
export function computeFans(shape: readonly number[]): [fanIn: number, fanOut: number] {
  if (shape.length === 0) return [1, 1];
  if (shape.length === 1) return [shape[0]!, shape[0]!];
  if (shape.length === 2) return [shape[0]!, shape[1]!];
  let receptiveField = 1;
  for (const d of shape.slice(0, -2)) receptiveField *= d;
  return [shape.at(-2)! * receptiveField, shape.at(-1)! * receptiveField];
}
