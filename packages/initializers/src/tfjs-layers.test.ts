import { beforeAll, describe, expect, it } from 'vitest';
import { registerBackend } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { initializers as tl } from '@tensorflow/tfjs-layers';
import * as ours from './index.js';
import { expectMoments, stats } from './testing/stats.js';

// @tensorflow/tfjs-layers 4.22.0 as an independent reference. Where it
// follows Keras we must agree with it; where it departs from Keras (noted in
// each test) we follow Keras and the test pins down both behaviours.

beforeAll(() => registerBackend(cpu()));

const tfStats = (t: unknown): ReturnType<typeof stats> => stats(t as Tensor);

describe('defaults and configs agree with tfjs-layers', () => {
  it.each([
    ['RandomNormal', () => tl.randomNormal({}), () => ours.randomNormal()],
    ['TruncatedNormal', () => tl.truncatedNormal({}), () => ours.truncatedNormal()],
    ['RandomUniform', () => tl.randomUniform({}), () => ours.randomUniform()],
    ['Orthogonal', () => tl.orthogonal({}), () => ours.orthogonal()],
    ['Identity', () => tl.identity({}), () => ours.identity()],
    ['Constant', () => tl.constant({ value: 3 }), () => ours.constant(3)],
    ['Zeros', () => tl.zeros(), () => ours.zeros()],
    ['Ones', () => tl.ones(), () => ours.ones()],
  ] as const)('%s', (className, theirs, mine) => {
    const t = theirs();
    const m = mine();
    expect(m.className).toBe(className);
    expect(t.getClassName()).toBe(className);
    // tfjs leaves an absent seed undefined; Keras (and we) write null.
    const theirConfig = Object.fromEntries(Object.entries(t.getConfig()).map(([k, v]) => [k, v ?? null]));
    expect(m.getConfig()).toEqual(theirConfig);
  });

  it('VarianceScaling: same scale and mode; tfjs names the truncated distribution "normal"', () => {
    expect(tl.varianceScaling({}).getConfig()).toMatchObject({ scale: 1, mode: 'fanIn', distribution: 'normal' });
    expect(ours.varianceScaling().getConfig()).toMatchObject({ scale: 1, mode: 'fanIn', distribution: 'truncatedNormal' });
  });
});

describe('fans and uniform limits agree for ranks 2 to 5', () => {
  it.each([
    [[300, 500], 'glorotUniform', 'glorotUniform', 1 / 400],
    [[3, 3, 40, 64], 'heUniform', 'heUniform', 2 / 360],
    [[5, 64, 48], 'leCunUniform', 'lecunUniform', 1 / 320],
    [[2, 3, 3, 16, 24], 'glorotUniform', 'glorotUniform', 1 / 360],
  ] as const)('%j %s', (shape, theirName, name, variance) => {
    const theirs = tfStats(tl[theirName]({ seed: 1 }).apply([...shape]));
    const mine = stats(ours[name]({ seed: 1 })([...shape]));
    const limit = Math.sqrt(3 * variance);
    for (const s of [theirs, mine]) {
      expect(s.max).toBeLessThanOrEqual(limit);
      expect(s.min).toBeGreaterThanOrEqual(-limit);
      expectMoments(s, 0, Math.sqrt(variance));
    }
  });
});

describe('where tfjs-layers departs from Keras, we follow Keras', () => {
  it('truncated variance scaling: tfjs omits the 1 / 0.8796 correction, so its spread is 12% too small', () => {
    const shape = [400, 600];
    const theirs = tfStats(tl.glorotNormal({ seed: 2 }).apply(shape));
    const mine = stats(ours.glorotNormal({ seed: 2 })(shape));
    expectMoments(theirs, 0, 0.87962566103423978 * Math.sqrt(1 / 500));
    expectMoments(mine, 0, Math.sqrt(1 / 500));
  });

  it('rank-1 fans: tfjs uses sqrt(size), Keras uses size', () => {
    const shape = [90_000];
    const theirs = tfStats(tl.heUniform({ seed: 3 }).apply(shape));
    const mine = stats(ours.heUniform({ seed: 3 })(shape));
    expectMoments(theirs, 0, Math.sqrt(2 / 300));
    expectMoments(mine, 0, Math.sqrt(2 / 90_000));
  });

  it('randomUniform({ minval: 0 }): tfjs turns the 0 into the default -0.05 (the || trap)', () => {
    expect(tl.randomUniform({ minval: 0, maxval: 1 }).getConfig()).toMatchObject({ minval: -0.05 });
    expect(ours.randomUniform({ minval: 0, maxval: 1 }).getConfig()).toMatchObject({ minval: 0 });
    expect(tl.randomNormal({ stddev: 0 }).getConfig()).toMatchObject({ stddev: 0.05 });
    expect(ours.randomNormal({ stddev: 0 }).getConfig()).toMatchObject({ stddev: 0 });
  });

  it('identity: tfjs accepts only square matrices, Keras any 2-D shape', () => {
    expect(() => tl.identity({}).apply([2, 3])).toThrow(/square/);
    const t = ours.identity()([2, 3]);
    expect(Array.from(t.dataSync())).toEqual([1, 0, 0, 0, 1, 0]);
    t.dispose();
  });

  it('preset class names: tfjs spells LeCunNormal; get() accepts both spellings', () => {
    expect(tl.leCunNormal({}).getConfig()).toMatchObject({ scale: 1, mode: 'fanIn' });
    expect(ours.get('LeCunNormal').className).toBe('LecunNormal');
    expect(ours.get('leCunUniform').className).toBe('LecunUniform');
  });
});

describe('orthogonal agrees with tfjs-layers on the property that defines it', () => {
  it('both give QᵀQ = I for a tall matrix', () => {
    const gramError = (t: Tensor, rows: number, cols: number): number => {
      const d = t.dataSync();
      t.dispose();
      let worst = 0;
      for (let i = 0; i < cols; i++) {
        for (let j = 0; j < cols; j++) {
          let s = 0;
          for (let r = 0; r < rows; r++) s += d[r * cols + i]! * d[r * cols + j]!;
          worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
        }
      }
      return worst;
    };
    expect(gramError(tl.orthogonal({ seed: 1 }).apply([30, 12]) as unknown as Tensor, 30, 12)).toBeLessThan(1e-5);
    expect(gramError(ours.orthogonal({ seed: 1 })([30, 12]), 30, 12)).toBeLessThan(1e-5);
  });
});
