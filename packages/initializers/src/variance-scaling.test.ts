import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, memory, registerBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import {
  computeFans,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  lecunNormal,
  lecunUniform,
  varianceScaling,
} from './index.js';
import { expectMoments, stats } from './testing/stats.js';

beforeAll(() => registerBackend(cpu()));

describe('computeFans (Keras compute_fans)', () => {
  it.each([
    [[], 1, 1],
    [[7], 7, 7],
    [[784, 256], 784, 256],
    [[5, 16, 32], 80, 160],
    [[3, 3, 16, 32], 144, 288],
    [[2, 3, 3, 4, 8], 72, 144],
    [[1, 1, 1, 2, 3, 4, 5], 24, 30],
  ])('%j -> fanIn %d, fanOut %d', (shape, fanIn, fanOut) => {
    expect(computeFans(shape)).toEqual([fanIn, fanOut]);
  });
});

// Expected standard deviation, written out from Keras's formulas by hand:
// variance = scale / max(1, fan); truncated normal: stddev = sqrt(variance) / 0.8796…
// whose truncated spread is sqrt(variance) again; uniform: ±sqrt(3 variance).
describe.each([
  // shape, mode, fan (hand-computed)
  [[400, 600], 'fanIn', 400],
  [[400, 600], 'fanOut', 600],
  [[400, 600], 'fanAvg', 500],
  [[3, 3, 32, 64], 'fan_in', 288],
  [[3, 3, 32, 64], 'fan_out', 576],
  [[3, 3, 32, 64], 'fan_avg', 432],
  [[120_000], 'fanIn', 120_000],
  [[200, 1], 'fanOut', 1],
  [[300, 400], 'fanAvg', 350],
] as const)('varianceScaling on %j, mode %s', (shape, mode, fan) => {
  const scale = 2.5;
  const variance = scale / Math.max(1, fan);

  it('truncated normal: spread sqrt(scale / fan), bound 2 sqrt(scale / fan) / 0.8796', () => {
    const s = stats(varianceScaling({ scale, mode, distribution: 'truncated_normal', seed: 1 })([...shape]));
    const stddev = Math.sqrt(variance) / 0.87962566103423978;
    expect(Math.max(s.max, -s.min)).toBeLessThanOrEqual(2 * stddev * (1 + 1e-7));
    expectMoments(s, 0, Math.sqrt(variance));
  });

  it('untruncated normal: std sqrt(scale / fan)', () => {
    const s = stats(varianceScaling({ scale, mode, distribution: 'untruncatedNormal', seed: 2 })([...shape]));
    expectMoments(s, 0, Math.sqrt(variance));
    // Tails exist (P(no value beyond 2.5 sigma in 10^4 draws) < 1e-50); skipped for the small shape.
    if (s.n >= 10_000) expect(Math.max(s.max, -s.min)).toBeGreaterThan(2.5 * Math.sqrt(variance));
  });

  it('uniform: within ±sqrt(3 scale / fan), std sqrt(scale / fan)', () => {
    const s = stats(varianceScaling({ scale, mode, distribution: 'uniform', seed: 3 })([...shape]));
    const limit = Math.sqrt(3 * variance);
    expect(s.min).toBeGreaterThanOrEqual(-limit);
    expect(s.max).toBeLessThan(limit);
    if (s.n >= 10_000) expect(s.max).toBeGreaterThan(0.99 * limit);
    expectMoments(s, 0, Math.sqrt(variance));
  });
});

describe('presets (Keras formulas)', () => {
  // shape [300, 500]: fanIn 300, fanOut 500, fanAvg 400.
  it.each([
    ['GlorotNormal', glorotNormal, 'normal', 1 / 400],
    ['GlorotUniform', glorotUniform, 'uniform', 1 / 400],
    ['HeNormal', heNormal, 'normal', 2 / 300],
    ['HeUniform', heUniform, 'uniform', 2 / 300],
    ['LecunNormal', lecunNormal, 'normal', 1 / 300],
    ['LecunUniform', lecunUniform, 'uniform', 1 / 300],
  ] as const)('%s: variance %d', (className, make, kind, variance) => {
    const init = make({ seed: 8 });
    expect(init.className).toBe(className);
    expect(init.getConfig()).toEqual({ seed: 8 });
    expect(make().getConfig()).toEqual({ seed: null });
    const s = stats(init([300, 500]));
    expectMoments(s, 0, Math.sqrt(variance));
    const bound = kind === 'uniform' ? Math.sqrt(3 * variance) : (2 * Math.sqrt(variance)) / 0.87962566103423978;
    expect(Math.max(s.max, -s.min)).toBeLessThanOrEqual(bound * (1 + 1e-7));
  });

  it('rank-0 and tiny shapes divide by max(1, fan)', () => {
    const s = stats(heUniform({ seed: 1 })([]));
    expect(Math.abs(s.mean)).toBeLessThan(Math.sqrt(6));
    const t = glorotUniform({ seed: 1 })([0, 5]);
    expect(t.shape).toEqual([0, 5]);
    t.dispose();
  });
});

describe('varianceScaling options', () => {
  it('defaults to Keras scale 1, fan_in, truncated normal', () => {
    expect(varianceScaling().getConfig()).toEqual({ scale: 1, mode: 'fanIn', distribution: 'truncatedNormal', seed: null });
    expect(varianceScaling({ mode: 'fan_avg', distribution: 'untruncated_normal' }).getConfig()).toMatchObject({
      mode: 'fanAvg',
      distribution: 'untruncatedNormal',
    });
    // Keras maps the legacy 'normal' to truncated normal.
    expect(varianceScaling({ distribution: 'normal' }).getConfig().distribution).toBe('truncatedNormal');
  });

  it.each([
    [{ scale: 0 }, /VarianceScaling: scale must be a positive number\. Received: scale=0/],
    [{ scale: -1 }, /scale must be a positive number\. Received: scale=-1/],
    [{ scale: Number.NaN }, /VarianceScaling: scale must be a finite number\. Received: scale=NaN/],
    [{ mode: 'fan_sum' }, /VarianceScaling: mode must be one of 'fanIn', 'fanOut', 'fanAvg'.*Received: mode='fan_sum'/],
    [{ distribution: 'gaussian' }, /VarianceScaling: distribution must be one of 'truncatedNormal', 'untruncatedNormal', 'uniform'.*Received: distribution='gaussian'/],
    [{ seed: Number.NaN }, /VarianceScaling: seed must be an integer/],
  ])('rejects %j with a typed error', (options, message) => {
    const f = (): unknown => varianceScaling(options as never);
    expect(f).toThrow(InvalidArgumentError);
    expect(f).toThrow(message);
  });

  it('rejects int32 and bad shapes without allocating', () => {
    const before = memory().numTensors;
    expect(() => glorotUniform()([2, 2], 'int32')).toThrow(/GlorotUniform: dtype must be 'float32'/);
    expect(() => heNormal()([2, 2.5])).toThrow(/HeNormal: shape must be an array of non-negative integers/);
    expect(() => varianceScaling()('3' as never)).toThrow(/VarianceScaling: shape must be/);
    expect(memory().numTensors).toBe(before);
  });
});
