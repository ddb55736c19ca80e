import type { NDArray, Tensor } from '@lamina/core-tensor';
import { compensatedSum, hostValues } from './host-values.js';

/**
 * Summary statistics of all items of a tensor, computed in float64.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { describe, type Description } from '@lamina/inspect';
 * const { count, mean, std }: Description = describe(tensor([2, 4, 4, 4, 5, 5, 7, 9]));
 * console.log(count, mean, std); // → 8 5 2
 * ```
 */
export interface Description {
  readonly count: number;
  readonly mean: number;
  /** Population standard deviation (numpy's default `ddof=0`). */
  readonly std: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Count, mean, population standard deviation, min and max of every item, in
 * float64 with a two-pass compensated sum so that large tensors with a large
 * mean keep their digits. NaN items make every statistic NaN, as in numpy; an
 * empty input gives count 0 and NaN elsewhere (numpy would raise for min/max).
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { describe } from '@lamina/inspect';
 * console.log(describe(tensor([1, 2, 3, 4]))); // → { count: 4, mean: 2.5, std: 1.118033988749895, min: 1, max: 4 }
 * ```
 */
export function describe(x: NDArray | Tensor): Description {
  const { data } = hostValues('describe', x);
  const n = data.length;
  if (n === 0) return { count: 0, mean: NaN, std: NaN, min: NaN, max: NaN };
  let min = Infinity;
  let max = -Infinity;
  let nan = false;
  for (let i = 0; i < n; i++) {
    const v = data[i]!;
    if (Number.isNaN(v)) nan = true;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (nan) return { count: n, mean: NaN, std: NaN, min: NaN, max: NaN };
  const mean = compensatedSum(n, (i) => data[i]!) / n;
  const variance = compensatedSum(n, (i) => (data[i]! - mean) ** 2) / n;
  return { count: n, mean, std: Math.sqrt(variance), min, max };
}
