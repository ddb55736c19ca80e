import { InvalidArgumentError, memory, ones, sum, tensor, variableGrads } from '@lamina/core-tensor';
import type { Variable } from '@lamina/core-tensor';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dense, InputShapeError, LayerStateError, Sequential, clearSession } from './index.js';
import { matmul, transpose } from './testing/backend.js';

const X = [
  [0.5, -1.0, 2.0],
  [1.5, 0.25, -0.5],
];
const W = [
  [0.3, -0.2, 0.5],
  [0.1, 0.4, -0.3],
  [-0.6, 0.2, 0.7],
];
const B = [0.05, -0.1, 0.2];

// Hand-derived: y = (xW + b)W + b, L = sum(y), G = ∂L/∂y = 1.
//   ∂L/∂W = hᵀG + xᵀ(GWᵀ)   (second use + first use), h = xW + b
//   ∂L/∂b = Σ_batch G + Σ_batch GWᵀ
function expectedGrads(): { dW: number[][]; db: number[] } {
  const h = matmul(X, W).map((r) => r.map((v, j) => v + B[j]!));
  const G = X.map(() => B.map(() => 1));
  const GWt = matmul(G, transpose(W));
  const a = matmul(transpose(h), G);
  const c = matmul(transpose(X), GWt);
  const dW = a.map((r, i) => r.map((v, j) => v + c[i]![j]!));
  const db = B.map((_, j) => G.reduce((s, r) => s + r[j]!, 0) + GWt.reduce((s, r) => s + r[j]!, 0));
  return { dW, db };
}

function countDisposes(vars: readonly Variable[]): Map<Variable, number> {
  const counts = new Map<Variable, number>();
  for (const v of vars) {
    const original = v.dispose.bind(v);
    counts.set(v, 0);
    Object.defineProperty(v, 'dispose', {
      configurable: true,
      value: () => {
        counts.set(v, counts.get(v)! + 1);
        original();
      },
    });
  }
  return counts;
}

function twoWays(): [string, () => { net: Sequential; first: Dense; second: Dense }][] {
  return [
    [
      'the same instance added twice',
      () => {
        const d = new Dense(3);
        return { net: new Sequential([d, d]), first: d, second: d };
      },
    ],
    [
      'new Dense(units, { share })',
      () => {
        const d = new Dense(3);
        d.build([null, 3]);
        const tied = new Dense(3, { share: d });
        return { net: new Sequential([d, tied]), first: d, second: tied };
      },
    ],
  ];
}

describe('parameter sharing', () => {
  beforeEach(() => clearSession());

  describe.each(twoWays())('%s', (_, make) => {
    it('uses the same Variable objects, listed once in weights', () => {
      const { net, first, second } = make();
      net.apply(ones([1, 3])).dispose();
      expect(net.layers).toEqual([first, second]);
      expect(second.kernel).toBe(first.kernel);
      expect(second.bias).toBe(first.bias);
      expect(net.weights).toEqual([first.kernel, first.bias]);
      expect(net.countParams()).toBe(12);
      first.setWeights([W, B]); // an update through one use shows in both
      expect(second.kernel.arraySync()).toEqual(first.kernel.arraySync());
      const y = net.apply(tensor(X));
      const h = matmul(X, W).map((r) => r.map((v, j) => v + B[j]!));
      const expected = matmul(h, W).map((r) => r.map((v, j) => v + B[j]!));
      (y.arraySync() as number[][]).forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 5)));
    });

    it('sums the gradient over both uses', () => {
      const { net, first } = make();
      net.build([null, 3]);
      net.setWeights([W, B]);
      const x = tensor(X);
      const { value, grads } = variableGrads(() => sum(net.apply(x)), net.trainableWeights);
      expect(Object.keys(grads)).toHaveLength(2);
      const { dW, db } = expectedGrads();
      const gW = grads[first.kernel.name]!.arraySync() as number[][];
      const gb = grads[first.bias!.name]!.arraySync() as number[];
      gW.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(dW[i]![j]!, 4)));
      gb.forEach((v, j) => expect(v).toBeCloseTo(db[j]!, 4));
      value.dispose();
      Object.values(grads).forEach((g) => g.dispose());
      x.dispose();
    });

    it('dispose() frees each variable exactly once', () => {
      const start = memory().numTensors;
      const { net, first, second } = make();
      const x = ones([1, 3]);
      net.apply(x).dispose();
      x.dispose();
      const counts = countDisposes(net.weights);
      net.dispose();
      expect([...counts.values()]).toEqual([1, 1]);
      expect(first.disposed && second.disposed).toBe(true);
      expect(memory().numTensors).toBe(start);
    });

    it('summary counts shared parameters once and marks the reuse', () => {
      const { net, first, second } = make();
      net.apply(ones([1, 3])).dispose();
      const text = net.summary();
      expect(text).toContain('Total params: 12 (48.00 Byte)');
      const mark = first === second ? `  (use 2 of ${first.name})` : `  (shares ${first.name})`;
      const lines = text.split('\n');
      const rows = lines.filter((l) => l.startsWith(` ${second.name} (Dense)`));
      expect(rows.at(-1)).toMatch(/\(None, 3\) +0 +$/);
      expect(lines[lines.indexOf(rows.at(-1)!) + 1]).toBe(` ${mark}`.padEnd(65));
      expect(text).toMatch(/Shared parameters, counted once: /);
    });
  });

  it('share needs a built Dense of the same units, and says how to build it', () => {
    const base = new Dense(3);
    expect(() => new Dense(3, { share: base })).toThrow(LayerStateError);
    expect(() => new Dense(3, { share: base })).toThrow(/Build it first: call dense\.apply\(x\), add it to a model and call the model, or dense\.build\(\[null, inputDim\]\)/);
    base.build([null, 4]);
    expect(() => new Dense(5, { share: base })).toThrow("Dense: units must equal the shared layer's units. Received: units=5, while Dense 'dense' has units=3");
    expect(() => new Dense(3, { share: {} as Dense })).toThrow(InvalidArgumentError);
    expect(() => new Dense(3, { share: base, useBias: false })).toThrow(/useBias must match/);
    expect(new Dense(3).name).toBe('dense_1'); // the rejected ones took no name
  });

  it('a sharing layer rejects an input of another size than the shared kernel', () => {
    const base = new Dense(3);
    base.build([null, 4]);
    const tied = new Dense(3, { share: base, activation: 'relu' });
    const net = new Sequential([new Dense(5), tied]);
    const before = memory().numTensors;
    expect(() => net.apply(ones([2, 6]))).toThrow(InputShapeError);
    expect(() => net.apply(ones([2, 6]))).toThrow(/Dense 'dense_1': expected an input of rank >= 2 with last dimension 4 \(the kernel of Dense 'dense'\), built for input shape \(None, 4\)\. Received: input shape \(2, 5\)/);
    expect(net.built).toBe(false);
    expect(memory().numTensors).toBe(before + 2);
  });

  it('a sharing layer is built at construction, with the shared variables', () => {
    const base = new Dense(4);
    base.build([null, 6]);
    const tied = new Dense(4, { share: base });
    expect(tied.built).toBe(true);
    expect(tied.weights).toEqual(base.weights);
    expect(tied.kernel).toBe(base.kernel);
    expect(tied.countParams()).toBe(28);
  });

  it('a sharing layer has its own activation', () => {
    const base = new Dense(2, { useBias: false });
    base.build([null, 2]);
    base.setWeights([[[1, -1], [-1, 1]]]);
    const tied = new Dense(2, { share: base, activation: 'relu' });
    const x = tensor([[3, 1]]);
    expect(base.apply(x).arraySync()).toEqual([[2, -2]]);
    expect(tied.apply(x).arraySync()).toEqual([[2, 0]]);
  });
});
