import { tfjs } from '@lamina/core-tensor';
import type { NDArray, NDArrayDType, Tensor } from '@lamina/core-tensor';
import type { HostData } from './array-repr.js';
import { keptIndices } from './format-array.js';
import type { EdgeView } from './format-array.js';

const CTOR = { float32: Float32Array, int32: Int32Array, bool: Uint8Array } as const;

function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

/** The printed items of a host array (numpy's `_leading_trailing`). */
export function hostEdges(a: NDArray, threshold: number, edgeItems: number): EdgeView<HostData> {
  const shape = [...a.shape];
  const summarized = sizeOf(shape) > threshold;
  if (!summarized) return { shape, kept: shape, data: a.data, summarized };
  const idx = keptIndices(shape, true, edgeItems);
  const kept = idx.map((l) => l.length);
  const out = new CTOR[a.dtype](sizeOf(kept));
  const strides = shape.map((_, i) => sizeOf(shape.slice(i + 1)));
  let n = 0;
  const walk = (axis: number, offset: number): void => {
    if (axis === shape.length) {
      out[n++] = a.data[offset]!;
      return;
    }
    for (const i of idx[axis]!) walk(axis + 1, offset + i * strides[axis]!);
  };
  walk(0, 0);
  return { shape, kept, data: out, summarized };
}

/**
 * The printed items of a tensor. A summarized tensor is cut down to its edge
 * blocks on the backend, so only those items are downloaded: printing costs
 * the same for 4096×4096 as for 7×7.
 */
export function deviceEdges(t: Tensor, threshold: number, edgeItems: number): EdgeView<HostData> {
  const shape = [...t.shape];
  const dtype = t.dtype as NDArrayDType;
  const summarized = sizeOf(shape) > threshold;
  const idx = keptIndices(shape, summarized, edgeItems);
  const kept = idx.map((l) => l.length);
  const values = tfjs.tidy(() => {
    if (!summarized || shape.every((d, i) => kept[i] === d)) return t.dataSync();
    // numpy's recursion: per summarized axis, the leading and trailing block.
    const build = (axis: number, begin: number[], size: number[]): Tensor => {
      if (axis === shape.length) return tfjs.slice(t, begin, size);
      const d = shape[axis]!;
      if (kept[axis] === d) return build(axis + 1, [...begin, 0], [...size, d]);
      const start = edgeItems === 0 ? 0 : d - edgeItems;
      const lead = build(axis + 1, [...begin, 0], [...size, edgeItems]);
      const trail = build(axis + 1, [...begin, start], [...size, d - start]);
      return tfjs.concat([lead, trail], axis);
    };
    return build(0, [], []).dataSync();
  });
  // Copy: backends may hand out their own buffers, and a fixed type is simpler.
  const data = new CTOR[dtype](values.length);
  data.set(values as ArrayLike<number>);
  return { shape, kept, data, summarized };
}
