import { afterEach, describe, expect, it } from 'vitest';
import { PhiloxStream } from './random/philox.js';
import { fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt } from './random/sample.js';
import { setSampleKernelMode } from './random/wasm-kernel.js';
import { moments } from './testing/moments.js';

// Samples against the distributions' formulas. A bound of 6 standard errors
// fails by chance with probability about 2e-9; the streams are seeded, so a
// pass is reproducible, and a biased sampler (wrong table, sign or tail)
// moves these statistics by far more than 6 standard errors at n = 400_000.
const n = 400_000;

/** Standard normal CDF from erfc's continued fraction-free series (Numerical Recipes' erfcc, |error| < 1.2e-7). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
          t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Kolmogorov–Smirnov distance between the sample and a CDF. */
function ksDistance(d: Float32Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(d).sort();
  let worst = 0;
  for (let i = 0; i < sorted.length; i++) {
    const f = cdf(sorted[i]!);
    worst = Math.max(worst, Math.abs(f - i / sorted.length), Math.abs(f - (i + 1) / sorted.length));
  }
  return worst;
}
// Critical KS distance at alpha = 1e-6 (asymptotic: sqrt(-ln(alpha/2) / 2n)).
const KS_CRITICAL = Math.sqrt(-Math.log(0.5e-6) / (2 * n));

describe.each(['auto', 'js'] as const)('samplers (%s kernel)', (mode) => {
  afterEach(() => setSampleKernelMode('auto'));

  it('normal: mean, std, tails and shape match N(mean, stddev^2)', () => {
    setSampleKernelMode(mode);
    const d = new Float32Array(n);
    fillNormal(d, new PhiloxStream(11, 0, 1, 0), 2, 0.5);
    const m = moments(d);
    expect(Math.abs(m.mean - 2)).toBeLessThan((6 * 0.5) / Math.sqrt(n));
    // The sample std's standard error is sigma / sqrt(2n).
    expect(Math.abs(m.std - 0.5)).toBeLessThan((6 * 0.5) / Math.sqrt(2 * n));
    expect(ksDistance(d, (x) => phi((x - 2) / 0.5))).toBeLessThan(KS_CRITICAL);
    // Beyond the ziggurat's base layer (R = 3.4426) the tail algorithm runs:
    // P(|z| > R) = 2 (1 - Phi(R)) = 5.760e-4; binomial 6-sigma bound.
    const p = 5.76e-4;
    const tail = d.filter((v) => Math.abs(v - 2) > 3.442619855899 * 0.5).length / n;
    expect(Math.abs(tail - p)).toBeLessThan(6 * Math.sqrt((p * (1 - p)) / n));
    expect(d.filter((v) => Math.abs(v - 2) > 4.5 * 0.5).length).toBeGreaterThan(0);
  });

  it('truncated normal: never beyond 2 stddev, std = 0.8796 stddev, shape of the truncated density', () => {
    setSampleKernelMode(mode);
    const d = new Float32Array(n);
    fillTruncatedNormal(d, new PhiloxStream(12, 0, 1, 0), -1, 3);
    const m = moments(d);
    expect(m.min).toBeGreaterThanOrEqual(-1 - 2 * 3);
    expect(m.max).toBeLessThanOrEqual(-1 + 2 * 3);
    // Std of N(0, 1) truncated to [-2, 2]: sqrt(1 - 4 phi(2) / (2 Phi(2) - 1)) = 0.87962566103423978.
    const sd = 0.87962566103423978 * 3;
    expect(Math.abs(m.mean + 1)).toBeLessThan((6 * sd) / Math.sqrt(n));
    // Truncated normal has kurtosis < 3, so sd / sqrt(2n) over-covers the std's error.
    expect(Math.abs(m.std - sd)).toBeLessThan((6 * sd) / Math.sqrt(2 * n));
    const z = 2 * phi(2) - 1;
    expect(ksDistance(d, (x) => (phi((x + 1) / 3) - phi(-2)) / z)).toBeLessThan(KS_CRITICAL);
    // Values close to the bound do occur (the redraw does not clip).
    expect(m.max).toBeGreaterThan(-1 + 1.99 * 3);
  });

  it('uniform: within [minval, maxval), mean and std of U(a, b), flat CDF', () => {
    setSampleKernelMode(mode);
    const d = new Float32Array(n);
    fillUniform(d, new PhiloxStream(13, 0, 1, 0), -3, 5);
    const m = moments(d);
    expect(m.min).toBeGreaterThanOrEqual(-3);
    expect(m.max).toBeLessThan(5);
    const sd = 8 / Math.sqrt(12);
    expect(Math.abs(m.mean - 1)).toBeLessThan((6 * sd) / Math.sqrt(n));
    // Excess kurtosis of a uniform is -1.2: the std's error is sd * sqrt(0.8 / 4n) < sd / sqrt(2n).
    expect(Math.abs(m.std - sd)).toBeLessThan((6 * sd) / Math.sqrt(2 * n));
    expect(ksDistance(d, (x) => (x + 3) / 8)).toBeLessThan(KS_CRITICAL);
  });
});

describe('edge values', () => {
  it('uniform never returns maxval even when float32 rounding would reach it', () => {
    for (const mode of ['auto', 'js'] as const) {
      setSampleKernelMode(mode);
      // With minval 1 and maxval 1 + 2^-23 every draw rounds to one of two floats.
      const d = new Float32Array(10_000);
      fillUniform(d, new PhiloxStream(3, 4), 1, 1 + 2 ** -23);
      expect(d.every((v) => v === 1)).toBe(true);
    }
    setSampleKernelMode('auto');
  });

  it('int32 normal rounds to integers and uniform ints cover [minval, maxval)', () => {
    const d = new Int32Array(50_000);
    fillNormal(d, new PhiloxStream(5, 6), 10, 3);
    expect(d.every((v) => Number.isInteger(v))).toBe(true);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    expect(Math.abs(mean - 10)).toBeLessThan((6 * 3) / Math.sqrt(d.length));
    const u = new Int32Array(60_000);
    fillUniformInt(u, new PhiloxStream(7, 8), -2, 4);
    const counts = new Map<number, number>();
    for (const v of u) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([-1, -2, 0, 1, 2, 3].sort());
    for (const c of counts.values()) expect(Math.abs(c - 10_000)).toBeLessThan(6 * Math.sqrt(10_000 * (5 / 6)));
  });
});
