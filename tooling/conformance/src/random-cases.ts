import { expect, it } from 'vitest';
import { randomNormal, randomUniform, setSeed } from '@lamina/core-tensor';
import { expectSameBits } from './compare.js';
import { hostResult, withoutLeaks, type SuiteContext } from './context.js';

const SIZE = 4096;

function meanAndStd(values: Float32Array): { mean: number; std: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  return { mean, std: Math.sqrt(sq / values.length) };
}

/** Seeded randomUniform / randomNormal: reproducible, distributed right, identical across backends. */
export function randomCases(ctx: SuiteContext): void {
  const label = ctx.config.label;

  it(`randomUniform with a seed is reproducible and uniform on [0, 1) (${label})`, () =>
    withoutLeaks(async () => {
      const draw = () => hostResult(() => randomUniform([SIZE], 0, 1, 'float32', 1234));
      const first = draw();
      expectSameBits(draw(), first, 'same seed, same backend');
      const otherSeed = hostResult(() => randomUniform([SIZE], 0, 1, 'float32', 1235));
      expect(otherSeed.some((v, i) => v !== first[i])).toBe(true);
      expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
      // Uniform(0,1): mean 1/2, std 1/sqrt(12); bounds are 6 standard errors.
      const { mean, std } = meanAndStd(first);
      expect(Math.abs(mean - 0.5)).toBeLessThan(6 * Math.sqrt(1 / 12 / SIZE));
      expect(Math.abs(std - Math.sqrt(1 / 12))).toBeLessThan(0.02);
      const other = await ctx.onOther(draw);
      if (other !== undefined) expectSameBits(first, other, 'randomUniform across backends');
    }));

  it(`randomNormal with a seed is reproducible and standard normal (${label})`, () =>
    withoutLeaks(async () => {
      const draw = () => hostResult(() => randomNormal([SIZE], 0, 1, 'float32', 99));
      const first = draw();
      expectSameBits(draw(), first, 'same seed, same backend');
      // N(0,1): standard error of the mean 1/sqrt(n), of the std about 1/sqrt(2n); 6 of each.
      const { mean, std } = meanAndStd(first);
      expect(Math.abs(mean)).toBeLessThan(6 / Math.sqrt(SIZE));
      expect(Math.abs(std - 1)).toBeLessThan(6 / Math.sqrt(2 * SIZE));
      const other = await ctx.onOther(draw);
      if (other !== undefined) expectSameBits(first, other, 'randomNormal across backends');
    }));

  it(`setSeed makes unseeded draws repeat, on every backend (${label})`, () =>
    withoutLeaks(async () => {
      const drawAfterSeed = () => {
        setSeed(7);
        return hostResult(() => randomNormal([64], 2, 3));
      };
      const first = drawAfterSeed();
      expectSameBits(drawAfterSeed(), first, 'after setSeed(7), same backend');
      const other = await ctx.onOther(drawAfterSeed);
      if (other !== undefined) expectSameBits(first, other, 'after setSeed(7), across backends');
    }));
}
