import { expect } from 'vitest';
import type { Reference } from './reference.js';

/**
 * Relative tolerance of the suite. For a value made of K float32 products the
 * rounding error is at most K * 2^-24 * sum|terms| (Higham, gamma_K); with K up
 * to 80 that is under 5e-6, so 1e-5 of sum|terms| holds for every correct
 * backend while a wrong element (a dropped term) exceeds it.
 */
export const RELATIVE_TOLERANCE = 1e-5;

function firstMismatch(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  allowed: (i: number) => number,
): string | undefined {
  if (actual.length !== expected.length) return `length ${actual.length} !== ${expected.length}`;
  for (let i = 0; i < actual.length; i++) {
    const diff = Math.abs(actual[i]! - expected[i]!);
    if (!(diff <= allowed(i))) {
      return `element ${i}: got ${actual[i]}, expected ${expected[i]} (|diff| ${diff} > ${allowed(i)})`;
    }
  }
  return undefined;
}

/** Every element within 1e-5 of its error scale of the float64 reference. */
export function expectNearReference(actual: ArrayLike<number>, reference: Reference, label: string): void {
  const problem = firstMismatch(actual, reference.values, (i) => RELATIVE_TOLERANCE * Math.max(reference.scale[i]!, 1e-30));
  expect(problem, label).toBeUndefined();
}

/** Two backends' results agree within 1e-5 relative to the reference's error scale. */
export function expectBackendsAgree(
  actual: ArrayLike<number>,
  other: ArrayLike<number>,
  scale: ArrayLike<number>,
  label: string,
): void {
  const problem = firstMismatch(actual, other, (i) => RELATIVE_TOLERANCE * Math.max(scale[i]!, 1e-30));
  expect(problem, label).toBeUndefined();
}

/** Same bits, element by element (for seeded random ops). */
export function expectSameBits(actual: Float32Array, other: Float32Array, label: string): void {
  expect(actual.length, label).toBe(other.length);
  const a = new Uint32Array(actual.buffer, actual.byteOffset, actual.length);
  const b = new Uint32Array(other.buffer, other.byteOffset, other.length);
  const index = a.findIndex((bits, i) => bits !== b[i]);
  expect(index, `${label}: first differing element`).toBe(-1);
}
