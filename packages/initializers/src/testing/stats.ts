import { expect } from 'vitest';
import type { Tensor } from '@lamina/core-tensor';

/** Sample mean, population std, min and max of a tensor's values (disposes it). */
export function stats(t: Tensor): { n: number; mean: number; std: number; min: number; max: number } {
  const d = t.dataSync();
  t.dispose();
  let s = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of d) {
    s += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = s / d.length;
  let q = 0;
  for (const v of d) q += (v - mean) ** 2;
  return { n: d.length, mean, std: Math.sqrt(q / d.length), min, max };
}

/**
 * Asserts mean and std within 6 standard errors of the formula's values.
 * The std's standard error is taken as sigma / sqrt(2n), exact for a normal
 * and an over-estimate for the truncated normal and the uniform (lighter
 * tails). Probability of a false failure: about 4e-9 per call.
 */
export function expectMoments(s: { n: number; mean: number; std: number }, mean: number, std: number): void {
  expect(Math.abs(s.mean - mean)).toBeLessThan((6 * std) / Math.sqrt(s.n));
  expect(Math.abs(s.std - std)).toBeLessThan((6 * std) / Math.sqrt(2 * s.n));
}
