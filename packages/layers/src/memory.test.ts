import { memory, randomUniform, tidy } from '@lamina/core-tensor';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dense, Flatten, Sequential, clearSession } from './index.js';
import './testing/backend.js';

describe('no leaks', () => {
  beforeEach(() => clearSession());

  it('apply: 1,000 calls inside tidy and 1,000 disposed outputs leave numTensors unchanged', () => {
    const start = memory().numTensors;
    const net = new Sequential([
      new Flatten(),
      new Dense(16, { activation: 'relu' }),
      new Dense(8, { activation: 'gelu' }),
      new Dense(4, { activation: 'softmax' }),
    ]);
    const x = randomUniform([2, 4, 5]);
    net.apply(x).dispose(); // builds: 6 variables
    const built = memory().numTensors;
    expect(built).toBe(start + 1 + 6);
    for (let i = 0; i < 1000; i += 1) {
      tidy(() => {
        net.apply(x); // the output is freed with the scope
      });
    }
    expect(memory().numTensors).toBe(built);
    for (let i = 0; i < 1000; i += 1) net.predict(x).dispose();
    expect(memory().numTensors).toBe(built);
    const d = net.layers[1] as Dense;
    const h = randomUniform([2, 20]);
    for (let i = 0; i < 1000; i += 1) d.apply(h).dispose(); // standalone calls of one layer
    h.dispose();
    expect(memory().numTensors).toBe(built);
    net.dispose();
    x.dispose();
    expect(memory().numTensors).toBe(start);
  });

  it('reinitialize, getWeights and setWeights leave numTensors unchanged; dispose returns to the start', () => {
    const start = memory().numTensors;
    const net = new Sequential([new Dense(8, { activation: 'tanh' }), new Dense(3)]);
    net.build([null, 5]);
    const built = memory().numTensors;
    for (let i = 0; i < 20; i += 1) net.reinitialize({ seed: i });
    expect(memory().numTensors).toBe(built);
    for (let i = 0; i < 20; i += 1) net.setWeights(net.getWeights());
    expect(memory().numTensors).toBe(built);
    const asArrays = net.weights.map((v) => v.arraySync() as number[]);
    net.setWeights(asArrays);
    expect(memory().numTensors).toBe(built);
    net.dispose();
    expect(memory().numTensors).toBe(start);
    expect(net.weights.every((v) => v.isDisposed)).toBe(true);
  });
});
