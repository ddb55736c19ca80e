import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';
import type { NDArray, Tensor } from '@lamina/core-tensor';
import { hostValues } from './host-values.js';

/**
 * Bin edges (`bins + 1` of them) and the count in each bin.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { histogram, type Histogram } from '@lamina/inspect';
 * const h: Histogram = histogram(tensor([0, 1, 1, 4]), { bins: 4 });
 * console.log(h.edges, h.counts); // → [ 0, 1, 2, 3, 4 ] [ 1, 2, 0, 1 ]
 * ```
 */
export interface Histogram {
  readonly edges: number[];
  readonly counts: number[];
}

/**
 * Options of {@link histogram}.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { histogram, type HistogramOptions } from '@lamina/inspect';
 * const options: HistogramOptions = { bins: 2 };
 * console.log(histogram(tensor([1, 2, 3, 4]), options).counts); // → [ 2, 2 ]
 * ```
 */
export interface HistogramOptions {
  /** Number of equal-width bins (10). */
  readonly bins?: number;
}

/**
 * Counts items in `bins` equal-width bins between the smallest and largest
 * item, exactly as `numpy.histogram(x, bins)`: the last bin includes its right
 * edge, a constant input gets the range [v - 0.5, v + 0.5]. float32 inputs use
 * float32 edges and arithmetic as numpy does; int32 and bool use float64.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { histogram } from '@lamina/inspect';
 * console.log(histogram(tensor([1, 2, 2, 3]), { bins: 2 })); // → { edges: [ 1, 2, 3 ], counts: [ 1, 3 ] }
 * ```
 */
export function histogram(x: NDArray | Tensor, options: HistogramOptions = {}): Histogram {
  const bins = options.bins ?? 10;
  if (!Number.isInteger(bins) || bins < 1) {
    throw new InvalidArgumentError(`histogram: bins must be a positive integer. Received: bins=${formatValue(bins)}`);
  }
  const { data, dtype } = hostValues('histogram', x);
  const r = dtype === 'float32' ? Math.fround : (v: number): number => v;
  let first = 0;
  let last = 1;
  if (data.length > 0) {
    first = Infinity;
    last = -Infinity;
    for (const v of data) {
      if (Number.isNaN(v)) {
        first = NaN;
        break;
      }
      if (v < first) first = v;
      if (v > last) last = v;
    }
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new InvalidArgumentError(
        `histogram: the range of the items must be finite. Received: range=[${first}, ${last}]`,
      );
    }
  }
  if (first === last) {
    first = r(first - 0.5);
    last = r(last + 0.5);
  }
  // numpy.linspace: start + i * step, with the last edge set to stop exactly.
  const delta = r(last - first);
  const step = r(delta / bins);
  const edges = Array.from({ length: bins + 1 }, (_, i) =>
    step === 0 ? r(r(r(i / bins) * delta) + first) : r(r(i * step) + first),
  );
  edges[bins] = last;
  for (let i = 0; i < bins; i++) {
    if (edges[i]! >= edges[i + 1]!) {
      throw new InvalidArgumentError(
        `histogram: too many bins for the data range [${first}, ${last}]; the ${dtype} edges would not increase. Received: bins=${bins}`,
      );
    }
  }
  const counts = new Array<number>(bins).fill(0);
  for (const v of data) {
    if (!(v >= first && v <= last)) continue;
    let k = Math.trunc(r(r(r(v - first) / delta) * bins));
    if (k === bins) k -= 1;
    // The index can be off by one within an ulp of an edge; numpy corrects it so.
    if (v < edges[k]!) k -= 1;
    if (v >= edges[k + 1]! && k !== bins - 1) k += 1;
    counts[k]! += 1;
  }
  return { edges, counts };
}
