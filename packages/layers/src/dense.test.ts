import { DisposedError, InvalidArgumentError, memory, ones, sum, tensor, variableGrads, zeros } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import { beforeEach, describe, expect, it } from 'vitest';
import { InitializerResultError } from '@lamina/initializers';
import { ACTIVATION_NAMES, Dense, InputShapeError, LayerStateError, clearSession } from './index.js';
import { matmul } from './testing/backend.js';

// Reference formulas, written from the Keras documentation (not from our code).
function erf(x: number): number {
  // Maclaurin series; |x| < 4 here, so 80 terms are far below float32 precision.
  let term = x;
  let total = x;
  for (let n = 1; n < 80; n += 1) {
    term *= (-x * x) / n;
    total += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * total;
}
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;
const elementwise: Record<string, (z: number) => number> = {
  linear: (z) => z,
  relu: (z) => Math.max(0, z),
  sigmoid,
  tanh: Math.tanh,
  elu: (z) => (z > 0 ? z : Math.exp(z) - 1),
  selu: (z) => SELU_SCALE * (z > 0 ? z : SELU_ALPHA * (Math.exp(z) - 1)),
  softplus: (z) => Math.log1p(Math.exp(z)),
  gelu: (z) => 0.5 * z * (1 + erf(z / Math.SQRT2)),
  swish: (z) => z * sigmoid(z),
};
function reference(name: string, z: number[][]): number[][] {
  if (name === 'softmax') {
    return z.map((row) => {
      const m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    });
  }
  return z.map((row) => row.map(elementwise[name]!));
}

const X = [
  [0.5, -1.25, 2.0],
  [-0.75, 0.3, 1.1],
];
const W = [
  [0.2, -0.4, 0.9, 0.05],
  [-0.6, 0.35, 0.1, -0.8],
  [0.7, 0.15, -0.45, 0.3],
];
const B = [0.1, -0.2, 0.05, 0.3];

function closeTo(t: Tensor, expected: number[][], tol = 1e-5): void {
  const got = t.arraySync() as number[][];
  expect(t.shape).toEqual([expected.length, expected[0]!.length]);
  got.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i]![j]!)).toBeLessThan(tol)));
}

describe('Dense', () => {
  beforeEach(() => clearSession());
  const z = matmul(X, W).map((row) => row.map((v, j) => v + B[j]!));

  it.each(ACTIVATION_NAMES)('computes %s(x·W + b) as Keras defines it', (name) => {
    const d = new Dense(4, { activation: name });
    d.build([null, 3]);
    d.setWeights([W, B]);
    const x = tensor(X);
    const y = d.apply(x);
    closeTo(y, reference(name, z));
    expect(d.getConfig()['activation']).toBe(name);
    d.dispose();
    x.dispose();
    y.dispose();
  });

  it('takes an activation function', () => {
    const cube = (t: Tensor): Tensor => t.mul(t).mul(t);
    const d = new Dense(4, { activation: cube, useBias: false });
    d.build([null, 3]);
    d.setWeights([W]);
    const y = d.apply(tensor(X));
    closeTo(y, matmul(X, W).map((r) => r.map((v) => v ** 3)), 1e-4);
    expect(d.weights).toHaveLength(1);
    expect(d.bias).toBeNull();
    expect(d.getConfig()['activation']).toBe(cube);
  });

  it('applies to the last axis of higher-rank inputs', () => {
    const d = new Dense(4);
    d.build([null, 3]);
    d.setWeights([W, B]);
    const y = d.apply(tensor([X, X]));
    expect(y.shape).toEqual([2, 2, 4]);
    const flat = (y.arraySync() as number[][][]).flat();
    flat.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(z[i % 2]![j]!, 5)));
  });

  it('has gradients through every activation, fused ones included', () => {
    for (const name of ['sigmoid', 'elu', 'relu', 'linear'] as const) {
      const d = new Dense(4, { activation: name });
      d.build([null, 3]);
      d.setWeights([W, B]);
      const x = tensor(X);
      const { value, grads } = variableGrads(() => sum(d.apply(x)), d.trainableWeights);
      // d/db sum(f(z)) = sum over the batch of f'(z), by central differences of the formula.
      const f = elementwise[name]!;
      const expected = B.map((_, j) => z.reduce((s, row) => s + (f(row[j]! + 1e-4) - f(row[j]! - 1e-4)) / 2e-4, 0));
      const got = grads[d.bias!.name]!.arraySync() as number[];
      got.forEach((g, j) => expect(g).toBeCloseTo(expected[j]!, 3));
      value.dispose();
      Object.values(grads).forEach((g) => g.dispose());
      x.dispose();
      d.dispose();
    }
  });

  it('defaults to glorotUniform kernels (Keras; tfjs-layers uses glorotNormal) and zero biases', () => {
    const d = new Dense(300);
    d.build([null, 200]);
    const k = d.kernel.dataSync();
    const limit = Math.sqrt(6 / (200 + 300));
    let max = 0;
    let sumSq = 0;
    for (const v of k) {
      max = Math.max(max, Math.abs(v));
      sumSq += v * v;
    }
    expect(max).toBeLessThanOrEqual(limit);
    expect(max).toBeGreaterThan(0.99 * limit); // a normal draw would exceed the limit, a uniform one fills it
    // Var of U(-l, l) is l²/3; 60,000 draws put the sample variance within 2% of it.
    expect(Math.abs(sumSq / k.length / (limit * limit / 3) - 1)).toBeLessThan(0.02);
    expect([...d.bias!.dataSync()].every((v) => v === 0)).toBe(true);
    d.dispose();
  });

  describe('bad input: typed errors, nothing changed, nothing leaked', () => {
    it('rejects units that are not positive integers', () => {
      expect(() => new Dense(-3)).toThrow(new InvalidArgumentError('Dense: units must be a positive integer. Received: units=-3'));
      for (const u of [0, 1.5, '3', Number.NaN]) expect(() => new Dense(u as number)).toThrow(InvalidArgumentError);
    });

    it('lists the valid activation names', () => {
      expect(() => new Dense(2, { activation: 'relu6' as never })).toThrow(
        /unknown activation 'relu6'\. Valid names: linear, relu, sigmoid, tanh, softmax, elu, selu, softplus, gelu, swish/,
      );
    });

    it('names the layer, expected and received shapes for a wrong input', () => {
      const d = new Dense(2);
      d.apply(ones([1, 3])).dispose();
      const kernel = d.kernel.arraySync();
      const x = ones([5, 4]);
      const before = memory().numTensors;
      expect(() => d.apply(x)).toThrow(InputShapeError);
      expect(() => d.apply(x)).toThrow(
        "Dense 'dense': expected an input of rank >= 2 with last dimension 3, built for input shape (None, 3). Received: input shape (5, 4)",
      );
      const v = ones([3]);
      expect(() => d.apply(v)).toThrow(/rank >= 2.*Received: input shape \(3,\)/);
      expect(memory().numTensors).toBe(before + 1);
      expect(d.kernel.arraySync()).toEqual(kernel);
    });

    it('rejects apply after dispose, and reinitialize/kernel before build', () => {
      const d = new Dense(2);
      expect(() => d.reinitialize()).toThrow(LayerStateError);
      expect(() => d.kernel).toThrow(/Build it first: call dense\.apply\(x\)/);
      expect(() => d.countParams()).toThrow(LayerStateError);
      d.apply(ones([1, 2])).dispose();
      d.dispose();
      expect(() => d.apply(ones([1, 2]))).toThrow(DisposedError);
      expect(() => d.getWeights()).toThrow(DisposedError);
    });

    it('a failing initializer leaves no variable and no tensor behind', () => {
      const before = memory().numTensors;
      const wrong = new Dense(2, { biasInitializer: (shape) => zeros([shape[0]! + 1]) });
      expect(() => wrong.apply(ones([1, 2]))).toThrow(
        "Dense 'dense': callInitializer: initializer biasInitializer (for dense/bias:0) must return shape [2] and dtype 'float32'. Received: shape=[3], dtype='float32'",
      );
      expect(() => wrong.apply(ones([1, 2]))).toThrow(InitializerResultError);
      expect(wrong.built).toBe(false);
      expect(wrong.weights).toEqual([]);
      expect(memory().numTensors).toBe(before + 2); // the two ones([1, 2]) inputs
    });
  });
});
