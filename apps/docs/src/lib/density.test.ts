import { describe, expect, it } from 'vitest';
import { myInitDensity, normalCdf, normalDensity, truncatedNormalDensity, uniformDensity } from './density.js';

// Integrates a density with the midpoint rule, adding its point masses.
function totalMass(d: ReturnType<typeof normalDensity>, lo: number, hi: number, n = 200_000): number {
  const h = (hi - lo) / n;
  let s = 0;
  for (let i = 0; i < n; i++) s += d.pdf(lo + (i + 0.5) * h);
  return s * h + (d.atoms ?? []).reduce((a, b) => a + b.mass, 0);
}

describe('densities', () => {
  it('normalCdf matches tabulated values of the standard normal', () => {
    // Standard normal table: Φ(1) = 0.841345, Φ(2) = 0.977250, Φ(-1.96) = 0.024998.
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(2)).toBeCloseTo(0.97725, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 6);
  });

  it('normal peak is 1 / (σ √(2π))', () => {
    expect(normalDensity(0, 0.01).pdf(0)).toBeCloseTo(1 / (0.01 * Math.sqrt(2 * Math.PI)), 6);
  });

  it('each density integrates to one', () => {
    expect(totalMass(normalDensity(0, 0.01), -0.1, 0.1)).toBeCloseTo(1, 5);
    expect(totalMass(truncatedNormalDensity(0, 0.1), -0.3, 0.3)).toBeCloseTo(1, 5);
    expect(totalMass(uniformDensity(-10, 10), -11, 11)).toBeCloseTo(1, 5);
    expect(totalMass(myInitDensity(), -11, 11)).toBeCloseTo(1, 4); // two jumps: midpoint error ~1e-5
  });

  it('the truncated normal is zero beyond two standard deviations and has std 0.8796 σ', () => {
    const d = truncatedNormalDensity(0, 1);
    expect(d.pdf(2.0001)).toBe(0);
    expect(d.pdf(-2.0001)).toBe(0);
    const n = 100_000;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const x = -2 + (4 * (i + 0.5)) / n;
      v += x * x * d.pdf(x) * (4 / n);
    }
    // Keras's constant for a standard normal truncated at ±2.
    expect(Math.sqrt(v)).toBeCloseTo(0.87962566103423978, 5);
  });
});
