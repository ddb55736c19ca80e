import { describe, expect, it } from 'vitest';
import {
  add,
  getBackend,
  matMul,
  memory,
  registerBackend,
  setBackend,
  tensor,
  tfjs,
  tidy,
  toNDArray,
  variable,
} from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';

const values = (t: Parameters<typeof toNDArray>[0]) => Array.from(toNDArray(t).data);

describe('switching cpu <-> wasm at runtime', () => {
  it('keeps tensors and variables valid, with their values, across many switches', async () => {
    registerBackend(cpu());
    registerBackend(wasm({ threads: 2 }));
    await setBackend('cpu');
    const onCpu = tensor([[1, 2], [3, 4]]);
    const v = variable(tensor([10, 20]), true, 'switch/v:0');
    await setBackend('wasm');
    const onWasm = tensor([[5, 6], [7, 8]]);

    const baseline = memory().numTensors;
    for (let round = 0; round < 4; round++) {
      const name = round % 2 === 0 ? 'cpu' : 'wasm';
      const info = await setBackend(name);
      expect(info.name).toBe(name);
      expect(tfjs.getBackend()).toBe(name);
      // [[1,2],[3,4]] x [[5,6],[7,8]] = [[19,22],[43,50]], by hand.
      expect(tidy(() => values(matMul(onCpu, onWasm)))).toEqual([19, 22, 43, 50]);
      expect(values(onCpu)).toEqual([1, 2, 3, 4]);
      expect(values(onWasm)).toEqual([5, 6, 7, 8]);
      // A variable assigned on one backend reads back on the next.
      expect(values(v)).toEqual([10 + round, 20 + round]);
      tidy(() => v.assign(add(v, tensor([1, 1]))));
      expect(memory().numTensors).toBe(baseline);
    }
    expect(getBackend()).toEqual({ name: 'wasm', threads: 2, simd: true });
    expect(values(v)).toEqual([14, 24]);
  });

  it('frees moved data on the backend that holds it', async () => {
    await setBackend('wasm');
    const wasmBackend = tfjs.engine().findBackend('wasm')!;
    const before = memory().numTensors;
    const wasmIdsBefore = wasmBackend.numDataIds();
    const t = tensor([1, 2, 3]);
    expect(wasmBackend.numDataIds()).toBe(wasmIdsBefore + 1);
    await setBackend('cpu');
    // Using t on cpu moves its data there (tfjs moves lazily).
    expect(tidy(() => values(add(t, t)))).toEqual([2, 4, 6]);
    expect(wasmBackend.numDataIds()).toBe(wasmIdsBefore);
    t.dispose();
    expect(memory().numTensors).toBe(before);
  });
});
