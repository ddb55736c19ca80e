import { InvalidArgumentError, memory, ones, randomNormal as drawNormal, setSeed, zeros } from '@lamina/core-tensor';
import type { Tensor, Variable } from '@lamina/core-tensor';
import { constant, randomNormal } from '@lamina/initializers';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dense, LayerStateError, Sequential, clearSession } from './index.js';
import './testing/backend.js';

function built(): Sequential {
  const net = new Sequential([new Dense(8, { activation: 'relu' }), new Dense(4)]);
  net.build([null, 5]);
  return net;
}
const values = (v: Variable): number[] => [...v.dataSync()];

describe('reinitialize', () => {
  beforeEach(() => clearSession());

  it('redraws every variable in place: same Variable objects, new values', () => {
    const net = built();
    const vars = net.weights;
    const start = vars.map((v) => (v.shape.length === 2 ? ones(v.shape) : zeros(v.shape)));
    net.setWeights(start);
    start.forEach((t) => t.dispose());
    net.reinitialize();
    expect(net.weights).toEqual(vars);
    expect(net.weights.every((v, i) => v === vars[i])).toBe(true);
    // kernels were all ones: glorotUniform redraws them; biases were zeros and stay zeros
    expect(values(vars[0]!).some((x) => x !== 1)).toBe(true);
    expect(values(vars[1]!).every((x) => x === 0)).toBe(true);
  });

  it('applies overrides to the selected kinds, for this call only', () => {
    const net = built();
    net.reinitialize({ kernelInitializer: constant(0.5), biasInitializer: 'ones' });
    expect(values(net.weights[0]!).every((x) => x === 0.5)).toBe(true);
    expect(values(net.weights[1]!).every((x) => x === 1)).toBe(true);
    net.reinitialize({ filter: /bias/ });
    expect(values(net.weights[1]!).every((x) => x === 0)).toBe(true); // own initializer again: zeros
    expect(values(net.weights[0]!).every((x) => x === 0.5)).toBe(true); // kernels not selected
  });

  it('selects with a RegExp on names (even a /g one) or a predicate', () => {
    const net = built();
    net.reinitialize({ kernelInitializer: constant(1) });
    net.reinitialize({ filter: /dense_1\/kernel/g, kernelInitializer: constant(2) });
    net.reinitialize({ filter: /dense_1\/kernel/g, kernelInitializer: constant(3) });
    expect(values(net.weights[0]!)[0]).toBe(1);
    expect(values(net.weights[2]!)[0]).toBe(3);
    net.reinitialize({ filter: (v) => v.shape[0] === 5, kernelInitializer: 'zeros' });
    expect(values(net.weights[0]!)[0]).toBe(0);
    expect(values(net.weights[2]!)[0]).toBe(3);
  });

  it('seed gives reproducible draws and leaves the global stream where it was', () => {
    const net = built();
    setSeed(11);
    const expectedNext = drawNormal([3]);
    const expectedValues = [...expectedNext.dataSync()];
    setSeed(11);
    net.reinitialize({ seed: 5, kernelInitializer: randomNormal({ stddev: 1 }) });
    const first = net.getWeights();
    net.reinitialize({ seed: 5, kernelInitializer: randomNormal({ stddev: 1 }) });
    expect(net.getWeights()).toEqual(first);
    net.reinitialize({ seed: 6, kernelInitializer: randomNormal({ stddev: 1 }) });
    expect(net.getWeights()[0]).not.toEqual(first[0]);
    const next = drawNormal([3]);
    expect([...next.dataSync()]).toEqual(expectedValues);
  });

  it('takes a hand-written initializer', () => {
    const net = built();
    const myInit = (shape: readonly number[]): Tensor => ones([...shape]).mul(7);
    net.reinitialize({ kernelInitializer: myInit });
    expect(values(net.weights[2]!).every((x) => x === 7)).toBe(true);
  });

  it('rejects bad options and unbuilt layers, changing nothing and leaking nothing', () => {
    expect(() => new Dense(3).reinitialize()).toThrow(LayerStateError);
    const net = built();
    const before = net.getWeights();
    const tensors = memory().numTensors;
    expect(() => net.reinitialize({ filter: 'kernel' as never })).toThrow(InvalidArgumentError);
    expect(() => net.reinitialize({ seed: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => net.reinitialize({ kernelInitializer: 'nope' as never })).toThrow(InvalidArgumentError);
    expect(() => net.reinitialize({ kernelInit: 'zeros' } as never)).toThrow(/unknown option 'kernelInit'/);
    // The second kernel's draw fails after the first succeeded: nothing is assigned.
    const wrong = (shape: readonly number[]): Tensor => (shape[0] === 8 ? zeros([1]) : zeros([...shape]));
    expect(() => net.reinitialize({ kernelInitializer: wrong })).toThrow(
      "Sequential 'sequential': reinitialize: callInitializer: initializer wrong (for sequential/dense_2/kernel:0) must return shape [8, 4] and dtype 'float32'. Received: shape=[1], dtype='float32'",
    );
    expect(net.getWeights()).toEqual(before);
    expect(memory().numTensors).toBe(tensors);
  });

  it('redraws a variable shared by two uses once', () => {
    const d = new Dense(3);
    const net = new Sequential([d, new Dense(3, { share: (d.build([null, 3]), d) }), d]);
    net.build([null, 3]);
    let calls = 0;
    net.reinitialize({
      kernelInitializer: (shape) => {
        calls += 1;
        return ones([...shape]);
      },
    });
    expect(calls).toBe(1);
    expect(net.weights).toHaveLength(2);
  });
});
