import { InvalidArgumentError, formatValue, tfjs, toNDArray } from '@lamina/core-tensor';
import type { NDArray, Tensor } from '@lamina/core-tensor';

/** Host values of a tensor or NDArray, for statistics that need every item. */
export function hostValues(where: string, x: NDArray | Tensor): NDArray {
  if (x instanceof tfjs.Tensor) return toNDArray(x);
  if (typeof x === 'object' && x !== null && ArrayBuffer.isView((x as Partial<NDArray>).data) &&
      Array.isArray((x as Partial<NDArray>).shape)) {
    return x;
  }
  throw new InvalidArgumentError(`${where}: expected a Tensor, Variable or NDArray. Received: ${formatValue(x)}`);
}

/** Sum with Neumaier's compensation: exact enough that large means stay stable. */
export function compensatedSum(n: number, term: (i: number) => number): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = term(i);
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + c;
}
