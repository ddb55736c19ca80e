import { beforeAll, describe, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import {
  InvalidArgumentError,
  getSeed,
  memory,
  randomNormal,
  randomUniform,
  registerBackend,
  setSeed,
  truncatedNormal,
} from './index.js';
import { moments } from './testing/moments.js';

beforeAll(() => registerBackend(cpu()));

const draw = (): number[][] => {
  const ts = [randomUniform([50]), randomNormal([50]), truncatedNormal([50])];
  const out = ts.map((t) => Array.from(t.dataSync()));
  ts.forEach((t) => t.dispose());
  return out;
};

describe('setSeed', () => {
  it('reproduces the same sequence of random ops after the same seed', () => {
    setSeed(1234);
    const a = draw();
    setSeed(1234);
    const b = draw();
    expect(b).toEqual(a);
  });

  it('gives different values for different seeds, and different ops different streams', () => {
    setSeed(1);
    const a = draw();
    setSeed(2);
    const b = draw();
    expect(b[0]).not.toEqual(a[0]);
    expect(b[1]).not.toEqual(a[1]);
    // Two successive ops under one global seed are not the same stream.
    setSeed(1);
    const x = Array.from(randomUniform([20]).dataSync());
    const y = Array.from(randomUniform([20]).dataSync());
    expect(y).not.toEqual(x);
  });

  it('an explicit op seed depends on that seed alone', () => {
    setSeed(5);
    const a = Array.from(randomNormal([30], 0, 1, 'float32', 77).dataSync());
    setSeed(6);
    randomUniform([3]);
    const b = Array.from(randomNormal([30], 0, 1, 'float32', 77).dataSync());
    expect(b).toEqual(a);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '3'])('rejects seed=%s and keeps the old seed', (bad) => {
    setSeed(9);
    expect(() => setSeed(bad as number)).toThrow(InvalidArgumentError);
    expect(() => setSeed(bad as number)).toThrow(/setSeed: seed must be an integer.*Received: seed=/);
    expect(getSeed()).toBe(9);
  });
});

describe('random ops against their distributions', () => {
  // Bounds: the sample mean of n draws is within 6 standard errors of the
  // true mean with probability 1 - 2e-9.
  const n = 200_000;
  it('randomUniform(min, max) has mean (a+b)/2, std (b-a)/sqrt(12) and stays in [a, b)', () => {
    const t = randomUniform([n], -3, 5, 'float32', 11);
    const s = moments(t.dataSync());
    const std = 8 / Math.sqrt(12);
    expect(Math.abs(s.mean - 1)).toBeLessThan((6 * std) / Math.sqrt(n));
    expect(Math.abs(s.std - std)).toBeLessThan(0.01 * std);
    expect(s.min).toBeGreaterThanOrEqual(-3);
    expect(s.max).toBeLessThan(5);
    t.dispose();
  });

  it('randomUniform honours minval 0 and int32', () => {
    const t = randomUniform([n], 0, 4, 'int32', 3);
    const d = t.dataSync();
    const counts = [0, 0, 0, 0];
    for (const v of d) counts[v]! += 1;
    // Each of the 4 values has probability 1/4; 6-sigma binomial bound.
    const sd = Math.sqrt(n * 0.25 * 0.75);
    for (const c of counts) expect(Math.abs(c - n / 4)).toBeLessThan(6 * sd);
    t.dispose();
  });

  it('randomNormal(mean, std) matches mean, std, and the normal tail mass', () => {
    const t = randomNormal([n], 2, 0.5, 'float32', 12);
    const d = t.dataSync();
    const s = moments(d);
    expect(Math.abs(s.mean - 2)).toBeLessThan((6 * 0.5) / Math.sqrt(n));
    expect(Math.abs(s.std - 0.5)).toBeLessThan(0.01);
    // P(|z| > 2) = 0.0455003 for a standard normal.
    let tail = 0;
    for (const v of d) if (Math.abs(v - 2) > 1) tail += 1;
    const p = 0.04550026;
    expect(Math.abs(tail / n - p)).toBeLessThan(6 * Math.sqrt((p * (1 - p)) / n));
    t.dispose();
  });

  it('truncatedNormal stays within 2 std and has the truncated std 0.8796', () => {
    const t = truncatedNormal([n], 0, 1, 'float32', 13);
    const s = moments(t.dataSync());
    expect(s.min).toBeGreaterThanOrEqual(-2);
    expect(s.max).toBeLessThanOrEqual(2);
    expect(Math.abs(s.mean)).toBeLessThan(6 / Math.sqrt(n));
    // Std of a standard normal truncated to [-2, 2]: 0.87962566103423978.
    expect(Math.abs(s.std - 0.87962566103423978)).toBeLessThan(0.01);
    t.dispose();
  });

  it('rejects bad arguments before allocating anything', () => {
    const before = memory().numTensors;
    expect(() => randomUniform([2], 1, 1)).toThrow(/minval must be less than maxval/);
    expect(() => randomNormal([2], 0, -1)).toThrow(/stdDev must be >= 0/);
    expect(() => randomNormal([2.5])).toThrow(/shape must be an array of non-negative integers/);
    expect(() => randomUniform([2], 0, 1, 'bool' as 'int32')).toThrow(/dtype must be 'float32' or 'int32'/);
    expect(memory().numTensors).toBe(before);
  });
});
