import { Tensor, randomNormal, randomUniform, setSeed, tensor } from '@lamina/core-tensor';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, Dense, Flatten, Sequential, clearSession } from './index.js';
import type { ActivationName } from './index.js';
import './testing/backend.js';

// @tensorflow/tfjs-layers is the reference: same weights in, same outputs out.

function maxAbsDiff(a: Tensor, b: Tensor): number {
  expect(a.shape).toEqual(b.shape);
  const x = a.dataSync();
  const y = b.dataSync();
  let m = 0;
  for (let i = 0; i < x.length; i += 1) m = Math.max(m, Math.abs(x[i]! - y[i]!));
  return m;
}

// Gives both models the same random weights (ours drawn, then copied into tfjs-layers').
function sameWeights(ours: Sequential, theirs: tfl.LayersModel): void {
  const fresh = ours.weights.map((v) => randomNormal(v.shape, 0, 0.5));
  ours.setWeights(fresh);
  theirs.setWeights(fresh);
  fresh.forEach((t) => t.dispose());
}

describe('parity with @tensorflow/tfjs-layers 4.22.0', () => {
  beforeEach(() => {
    clearSession();
    setSeed(1234);
  });

  it('shares our TensorFlow.js core instance', () => {
    const y = tfl.layers.dense({ units: 2 }).apply(tensor([[1, 2]])) as Tensor;
    expect(y).toBeInstanceOf(Tensor);
  });

  it('the chapter MLP (Flatten → Dense 256 relu → Dense 10)', () => {
    const ours = new Sequential([new Flatten(), new Dense(256, { activation: 'relu' }), new Dense(10)]);
    const theirs = tfl.sequential({
      layers: [
        tfl.layers.flatten({ inputShape: [4, 5] }),
        tfl.layers.dense({ units: 256, activation: 'relu' }),
        tfl.layers.dense({ units: 10 }),
      ],
    });
    ours.build([null, 4, 5]);
    sameWeights(ours, theirs);
    const x = randomUniform([2, 4, 5]);
    expect(maxAbsDiff(ours.apply(x), theirs.predict(x) as Tensor)).toBeLessThan(1e-5);
    const big = randomUniform([64, 4, 5]);
    expect(maxAbsDiff(ours.predict(big), theirs.predict(big) as Tensor)).toBeLessThan(1e-5);
  });

  it.each(ACTIVATION_NAMES)('activation %s, two layers, with and without bias', (name) => {
    const act = name as ActivationName;
    const ours = new Sequential([new Dense(16, { activation: act }), new Dense(6, { activation: act, useBias: false })]);
    const theirs = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 16, activation: act, inputShape: [12] }),
        tfl.layers.dense({ units: 6, activation: act, useBias: false }),
      ],
    });
    ours.build([null, 12]);
    sameWeights(ours, theirs);
    const x = randomNormal([5, 12]);
    expect(maxAbsDiff(ours.apply(x), theirs.predict(x) as Tensor)).toBeLessThan(1e-5);
  });

  it('Dense on rank-3 inputs (last axis)', () => {
    const ours = new Sequential([new Dense(7, { activation: 'tanh' }), new Dense(3, { activation: 'sigmoid' })]);
    const theirs = tfl.sequential({
      layers: [tfl.layers.dense({ units: 7, activation: 'tanh', inputShape: [4, 6] }), tfl.layers.dense({ units: 3, activation: 'sigmoid' })],
    });
    ours.build([null, 4, 6]);
    sameWeights(ours, theirs);
    const x = randomNormal([3, 4, 6]);
    expect(maxAbsDiff(ours.apply(x), theirs.predict(x) as Tensor)).toBeLessThan(1e-5);
  });

  it('a layer used twice (tfjs-layers functional model with a shared layer)', () => {
    const d = new Dense(8, { activation: 'elu' });
    const ours = new Sequential([d, d, new Dense(2, { activation: 'softmax' })]);
    const input = tfl.input({ shape: [8] });
    const shared = tfl.layers.dense({ units: 8, activation: 'elu' });
    const out = tfl.layers.dense({ units: 2, activation: 'softmax' }).apply(shared.apply(shared.apply(input))) as tfl.SymbolicTensor;
    const theirs = tfl.model({ inputs: input, outputs: out });
    ours.build([null, 8]);
    expect(theirs.weights).toHaveLength(ours.weights.length); // both list the shared variables once
    sameWeights(ours, theirs);
    const x = randomNormal([4, 8]);
    expect(maxAbsDiff(ours.apply(x), theirs.predict(x) as Tensor)).toBeLessThan(1e-5);
  });

  it('differs where Keras differs from tfjs-layers: Flatten on rank-2 input (we follow Keras)', () => {
    expect(() => tfl.sequential({ layers: [tfl.layers.flatten({ inputShape: [20] })] })).toThrow(/ndim|rank/i);
    const x = randomUniform([2, 20]);
    const y = new Flatten().apply(x);
    expect(y.shape).toEqual([2, 20]);
    expect(maxAbsDiff(x, y)).toBe(0);
  });

  it('differs where Keras differs from tfjs-layers: Dense default initializer (we follow Keras: glorot_uniform)', () => {
    const theirs = tfl.layers.dense({ units: 3 }).getConfig()['kernelInitializer'] as { className: string; config: Record<string, unknown> };
    expect(theirs.className).toBe('VarianceScaling');
    expect(theirs.config).toMatchObject({ mode: 'fanAvg', distribution: 'normal' }); // glorotNormal
    const ours = new Dense(3).getConfig()['kernelInitializer'] as { className: string };
    expect(ours.className).toBe('GlorotUniform');
  });

  it('differs where Keras differs from tfjs-layers: names (we follow Keras)', () => {
    const theirs = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3] })] });
    expect(theirs.weights.map((w) => w.name)).toEqual([expect.stringMatching(/^dense_Dense\d+\/kernel$/), expect.stringMatching(/^dense_Dense\d+\/bias$/)]);
    const ours = new Sequential([new Dense(2)]);
    ours.build([null, 3]);
    expect(ours.weights.map((w) => w.name)).toEqual(['sequential/dense/kernel:0', 'sequential/dense/bias:0']);
  });
});
