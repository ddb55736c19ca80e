import { getBackend, memory, randomUniform, registerBackend, setBackend, sum, tidy, toNDArray, variableGrads } from '@lamina/core-tensor';
import type { NDArray } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { Dense, Flatten, Sequential } from './index.js';

// Same model, same weights, run on cpu and wasm alternately: the layers code
// never looks at the backend, so results must agree to float32 rounding.
const close = (a: NDArray, b: NDArray): number =>
  Array.from(a.data).reduce((m, v, i) => Math.max(m, Math.abs(v - b.data[i]!)), 0);

registerBackend(cpu());
registerBackend(wasm({ threads: 1 }));
await setBackend('cpu');

describe('backends: cpu and wasm, switching between calls', () => {
  afterAll(async () => {
    await setBackend('cpu');
  });

  it('gives the same outputs, gradients and seeded re-draws on both, switching freely', async () => {
    const net = new Sequential([new Flatten(), new Dense(32, { activation: 'relu' }), new Dense(16, { activation: 'elu' }), new Dense(4, { activation: 'softmax' })]);
    const x = randomUniform([3, 4, 5], -1, 1, 'float32', 7);
    const run = (): NDArray => {
      const y = net.apply(x);
      const host = toNDArray(y);
      y.dispose();
      return host;
    };
    const grads = (): NDArray[] => {
      const { value, grads: g } = variableGrads(() => tidy(() => sum(net.apply(x).square())), net.trainableWeights);
      const host = net.trainableWeights.map((v) => toNDArray(g[v.name]!));
      value.dispose();
      Object.values(g).forEach((t) => t.dispose());
      return host;
    };

    const onCpu = run();
    const gradsCpu = grads();
    await setBackend('wasm');
    expect(getBackend().name).toBe('wasm');
    const baseline = memory().numTensors;
    const onWasm = run();
    expect(close(onCpu, onWasm)).toBeLessThan(1e-5);
    grads().forEach((g, i) => expect(close(g, gradsCpu[i]!)).toBeLessThan(1e-4));
    expect(memory().numTensors).toBe(baseline);

    // A seeded re-draw on wasm equals the same re-draw on cpu (values are drawn on the host).
    net.reinitialize({ seed: 3 });
    const drawnOnWasm = net.getWeights();
    await setBackend('cpu');
    net.reinitialize({ seed: 3 });
    expect(net.getWeights()).toEqual(drawnOnWasm);

    for (const name of ['wasm', 'cpu', 'wasm', 'cpu']) {
      await setBackend(name);
      expect(close(run(), run())).toBe(0);
    }
    await setBackend('wasm');
    const again = run();
    await setBackend('cpu');
    expect(close(again, run())).toBeLessThan(1e-5);
    const before = memory().numTensors;
    net.dispose();
    x.dispose();
    expect(memory().numTensors).toBe(before - 7);
  });
});
