import { readFileSync } from 'node:fs';
import { ndarray } from '@lamina/core-tensor';
import type { NDArray, NDArrayDType } from '@lamina/core-tensor';

/** Reads one of the numpy fixture files written by scripts/make-fixtures.py. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** Decodes float32 values stored as 8 hex digits (big-endian bits) each. */
export function floatsFromHex(hex: string): Float32Array {
  const out = new Float32Array(hex.length / 8);
  const bits = new Uint32Array(out.buffer);
  for (let i = 0; i < out.length; i++) bits[i] = parseInt(hex.slice(8 * i, 8 * i + 8), 16);
  return out;
}

/** A fixture input as stored by the script. */
export interface StoredArray {
  readonly dtype: string;
  readonly shape: number[];
  readonly data: string | number[];
}

/** Rebuilds the exact input array of a fixture. */
export function arrayOf(c: StoredArray): NDArray {
  const dtype = c.dtype as NDArrayDType;
  const data =
    typeof c.data === 'string'
      ? floatsFromHex(c.data)
      : dtype === 'int32'
        ? Int32Array.from(c.data)
        : Uint8Array.from(c.data);
  return ndarray(data, c.shape, dtype);
}
