import { beforeAll, describe as group, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import { InvalidArgumentError, memory, ndarray, registerBackend, tensor } from '@lamina/core-tensor';
import { describe } from './describe.js';
import { histogram } from './histogram.js';
import { arrayOf, loadFixture } from './testing/fixtures.js';
import type { StoredArray } from './testing/fixtures.js';

interface DescribeCase extends StoredArray {
  count: number;
  mean: number;
  std: number;
  min: number;
  max: number;
}
interface HistCase extends StoredArray {
  bins: number;
  edges?: number[];
  counts?: number[];
  error?: string;
}
const fx = loadFixture<{ describe: DescribeCase[]; histogram: HistCase[] }>('stats');

beforeAll(() => registerBackend(cpu()));

const close = (got: number, want: number): void => {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(want), 1e-300));
};

group('describe', () => {
  it.each(fx.describe.map((c, i) => [i, c] as const))('matches numpy float64 statistics (case %i)', (_i, c) => {
    const d = describe(arrayOf(c));
    expect(d.count).toBe(c.count);
    expect(d.min).toBe(c.min);
    expect(d.max).toBe(c.max);
    close(d.mean, c.mean);
    close(d.std, c.std);
  });

  it('stays exact on a large tensor with a large mean (float32 sums would drift)', () => {
    const n = 1_000_000;
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = i % 2 === 0 ? 10000.5 : 9999.5;
    const t = tensor(data, [1000, 1000]);
    const d = describe(t);
    expect(d).toEqual({ count: n, mean: 10000, std: 0.5, min: 9999.5, max: 10000.5 });
    t.dispose();
  });

  it('propagates NaN like numpy and leaks no tensor', () => {
    const t = tensor([1, NaN, 3]);
    const before = memory().numTensors;
    for (let k = 0; k < 3; k++) expect(Number.isNaN(describe(t).mean)).toBe(true);
    expect(memory().numTensors).toBe(before);
    t.dispose();
  });

  it('rejects what is not a tensor', () => {
    expect(() => describe([1, 2] as never)).toThrow(InvalidArgumentError);
  });
});

group('histogram', () => {
  it.each(fx.histogram.map((c, i) => [i, c] as const))('matches numpy.histogram (case %i)', (_i, c) => {
    if (c.error !== undefined) {
      expect(() => histogram(arrayOf(c), { bins: c.bins })).toThrow(/too many bins/);
      return;
    }
    const h = histogram(arrayOf(c), { bins: c.bins });
    expect(h.edges).toEqual(c.edges);
    expect(h.counts).toEqual(c.counts);
  });

  it('defaults to 10 bins and counts every item', () => {
    const h = histogram(tensor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(h.counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
  });

  it('rejects bad bins and non-finite ranges', () => {
    const a = ndarray(new Float32Array([1, 2]), [2]);
    expect(() => histogram(a, { bins: 0 })).toThrow('histogram: bins must be a positive integer. Received: bins=0');
    expect(() => histogram(a, { bins: 2.5 })).toThrow(InvalidArgumentError);
    expect(() => histogram(ndarray(new Float32Array([1, Infinity]), [2]))).toThrow(/finite/);
    expect(() => histogram(ndarray(new Float32Array([1, NaN]), [2]))).toThrow(/finite/);
  });
});
