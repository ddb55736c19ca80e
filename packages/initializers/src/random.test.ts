import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, memory, registerBackend, setSeed } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { randomNormal, randomUniform, truncatedNormal } from './index.js';
import { expectMoments, stats } from './testing/stats.js';

beforeAll(() => registerBackend(cpu()));

describe('randomNormal', () => {
  it('defaults to Keras mean 0, stddev 0.05', () => {
    expect(randomNormal().getConfig()).toEqual({ mean: 0, stddev: 0.05, seed: null });
    const s = stats(randomNormal({ seed: 1 })([300, 400]));
    expectMoments(s, 0, 0.05);
  });

  it.each([
    [[100_000], 2, 0.5],
    [[250, 400], -1, 3],
    [[5, 5, 40, 100], 0, 1e-3],
  ])('shape %j: mean %d, stddev %d within 6 standard errors', (shape, mean, stddev) => {
    const t = randomNormal({ mean, stddev, seed: 7 })(shape);
    expect([t.shape, t.dtype]).toEqual([shape, 'float32']);
    const s = stats(t);
    expectMoments(s, mean, stddev);
    // A normal sample of 100k has values beyond 4 sigma (P(miss) ~ e^-6), not beyond 7.
    expect(s.max - mean).toBeGreaterThan(4 * stddev);
    expect(Math.max(s.max - mean, mean - s.min)).toBeLessThan(7 * stddev);
  });

  it('stddev 0 is honoured: every value is the mean', () => {
    const s = stats(randomNormal({ mean: 3, stddev: 0 })([1000]));
    expect([s.min, s.max]).toEqual([3, 3]);
  });
});

describe('truncatedNormal', () => {
  it.each([
    [[200_000], 0, 0.05],
    [[300, 500], 5, 2],
  ])('shape %j: never beyond 2 stddev; std is 0.8796 stddev', (shape, mean, stddev) => {
    const s = stats(truncatedNormal({ mean, stddev, seed: 3 })(shape));
    expect(s.min).toBeGreaterThanOrEqual(mean - 2 * stddev);
    expect(s.max).toBeLessThanOrEqual(mean + 2 * stddev);
    expect(s.max).toBeGreaterThan(mean + 1.99 * stddev);
    expectMoments(s, mean, 0.87962566103423978 * stddev);
  });

  it('defaults to Keras mean 0, stddev 0.05', () => {
    expect(truncatedNormal().getConfig()).toEqual({ mean: 0, stddev: 0.05, seed: null });
  });
});

describe('randomUniform', () => {
  it('defaults to Keras [-0.05, 0.05)', () => {
    expect(randomUniform().getConfig()).toEqual({ minval: -0.05, maxval: 0.05, seed: null });
    const s = stats(randomUniform()([400, 500]));
    expect(s.min).toBeGreaterThanOrEqual(-0.05);
    expect(s.max).toBeLessThan(0.05);
    expectMoments(s, 0, 0.1 / Math.sqrt(12));
  });

  it('minval: 0 is a value, not a missing option: draws from [0, 1)', () => {
    const init = randomUniform({ minval: 0, maxval: 1, seed: 4 });
    expect(init.getConfig()).toEqual({ minval: 0, maxval: 1, seed: 4 });
    const s = stats(init([100_000]));
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.min).toBeLessThan(1e-3);
    expect(s.max).toBeLessThan(1);
    expect(s.max).toBeGreaterThan(0.999);
    expectMoments(s, 0.5, 1 / Math.sqrt(12));
  });

  it.each([
    [[10, 20, 30], -7, -3],
    [[1000, 100], 100, 100.5],
  ])('shape %j in [%d, %d)', (shape, minval, maxval) => {
    const s = stats(randomUniform({ minval, maxval, seed: 9 })(shape));
    expect(s.min).toBeGreaterThanOrEqual(minval);
    expect(s.max).toBeLessThan(maxval);
    expectMoments(s, (minval + maxval) / 2, (maxval - minval) / Math.sqrt(12));
  });
});

describe('seeds', () => {
  const inits = [
    () => randomNormal({ seed: 11 }),
    () => randomUniform({ seed: 11 }),
    () => truncatedNormal({ seed: 11 }),
  ];
  it.each(inits.map((f) => [f().className, f]))('%s: a seeded initializer gives the same values every call and from a fresh instance', (_, make) => {
    const init = make();
    const a = init([30, 7]);
    const b = init([30, 7]);
    const c = make()([30, 7]);
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    expect(Array.from(c.dataSync())).toEqual(Array.from(a.dataSync()));
    [a, b, c].forEach((t) => t.dispose());
  });

  it('without a seed, calls differ, and setSeed makes the sequence reproducible', () => {
    const init = randomNormal();
    const run = (): number[][] => {
      const ts = [init([50]), init([50]), truncatedNormal()([50])];
      const v = ts.map((t) => Array.from(t.dataSync()));
      ts.forEach((t) => t.dispose());
      return v;
    };
    setSeed(2024);
    const first = run();
    setSeed(2024);
    const second = run();
    expect(second).toEqual(first);
    expect(first[1]).not.toEqual(first[0]);
  });

  it('different seeds give different values', () => {
    const a = randomUniform({ seed: 1 })([20]);
    const b = randomUniform({ seed: 2 })([20]);
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(b.dataSync()));
    a.dispose();
    b.dispose();
  });
});

describe('bad input', () => {
  it.each([
    [() => randomNormal({ stddev: -1 }), /RandomNormal: stddev must be >= 0\. Received: stddev=-1/],
    [() => randomNormal({ stddev: Number.NaN }), /RandomNormal: stddev must be a finite number\. Received: stddev=NaN/],
    [() => truncatedNormal({ stddev: -0.1 }), /TruncatedNormal: stddev must be >= 0/],
    [() => truncatedNormal({ mean: Number.NaN }), /TruncatedNormal: mean must be a finite number/],
    [() => randomUniform({ minval: 1, maxval: 1 }), /RandomUniform: minval must be less than maxval\. Received: minval=1, maxval=1/],
    [() => randomUniform({ minval: 2, maxval: 1 }), /minval must be less than maxval/],
    [() => randomUniform({ maxval: Number.NaN }), /RandomUniform: maxval must be a finite number/],
    [() => randomNormal({ seed: 1.5 }), /RandomNormal: seed must be an integer/],
    [() => randomNormal([0.1] as never), /RandomNormal: options must be an object/],
    [() => randomNormal()([2, Number.NaN]), /RandomNormal: shape must be an array of non-negative integers\. Received: shape=\[2, NaN\]/],
    [() => randomUniform()([-3]), /RandomUniform: shape must be/],
    [() => randomNormal()([2], 'int32'), /RandomNormal: dtype must be 'float32' \(random initializers produce floating-point values only\)\. Received: dtype='int32'/],
    [() => truncatedNormal()([2], 'int32'), /TruncatedNormal: dtype must be 'float32'/],
    [() => randomUniform()([2], 'bool'), /RandomUniform: dtype must be 'float32'/],
  ])('typed error, nothing allocated: %#', (f, message) => {
    setSeed(5);
    const before = memory().numTensors;
    expect(f).toThrow(InvalidArgumentError);
    expect(f).toThrow(message);
    expect(memory().numTensors).toBe(before);
    // Bad input does not advance the global stream either.
    const a = randomUniform()([3]);
    setSeed(5);
    const b = randomUniform()([3]);
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    a.dispose();
    b.dispose();
  });

  it('repeated calls leave only the tensors they return', () => {
    const before = memory().numTensors;
    for (const init of [randomNormal(), randomUniform(), truncatedNormal({ seed: 1 })]) {
      for (let i = 0; i < 5; i++) init([4, 4]).dispose();
    }
    expect(memory().numTensors).toBe(before);
  });
});
