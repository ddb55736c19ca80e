import { DENSE_KERNEL, memory, randomUniform, setBackend, sum, tfjs, toNDArray, variableGrads } from '@lamina/core-tensor';
import { wasm } from '@lamina/backend-wasm';
import { registerBackend } from '@lamina/core-tensor';
import { describe, expect, it } from 'vitest';
import './testing/backend.js';
import { Dense, Sequential } from './index.js';

registerBackend(wasm({ threads: 1 }));

// Host copy of a result, the tensor freed.
function hostOf(f: () => tfjs.Tensor): ReturnType<typeof toNDArray> {
  const t = f();
  const host = toNDArray(t);
  t.dispose();
  return host;
}

// Names of the kernels one call runs, from tfjs's profiler.
async function kernelsOf(f: () => tfjs.Tensor | tfjs.TensorContainer): Promise<string[]> {
  const info = await tfjs.profile(f as () => tfjs.Tensor);
  tfjs.dispose(info.result);
  return info.kernels.map((k) => k.name);
}

describe('Dense inference kernel', () => {
  it("runs the cpu backend's DENSE_KERNEL, once per Dense layer, for inference", async () => {
    await setBackend('cpu');
    const net = new Sequential([new Dense(8, { activation: 'relu' }), new Dense(3, { activation: 'sigmoid' })]);
    const x = randomUniform([5, 4], -1, 1, 'float32', 3);
    net.apply(x).dispose();
    const names = await kernelsOf(() => net.apply(x));
    expect(names.filter((n) => n === DENSE_KERNEL)).toHaveLength(2);
    expect(names).not.toContain('_FusedMatMul');
    net.dispose();
    x.dispose();
  });

  it('gives the same outputs with the kernel removed (tfjs _FusedMatMul), to float32 rounding', async () => {
    await setBackend('cpu');
    const net = new Sequential([new Dense(16, { activation: 'elu' }), new Dense(6)]);
    const x = randomUniform([9, 30], -1, 1, 'float32', 5);
    const withKernel = hostOf(() => net.apply(x));
    const config = tfjs.getKernel(DENSE_KERNEL, 'cpu')!;
    tfjs.unregisterKernel(DENSE_KERNEL, 'cpu');
    try {
      const names = await kernelsOf(() => net.apply(x));
      expect(names).toContain('_FusedMatMul');
      const without = hostOf(() => net.apply(x));
      const diff = Array.from(withKernel.data).reduce((m, v, i) => Math.max(m, Math.abs(v - without.data[i]!)), 0);
      expect(diff).toBeLessThan(1e-6);
    } finally {
      tfjs.registerKernel(config);
    }
    net.dispose();
    x.dispose();
  });

  it('records gradients through ops, not the kernel, and matches the hand formula dL/db = sum over rows', async () => {
    await setBackend('cpu');
    const dense = new Dense(3);
    const x = randomUniform([4, 2], -1, 1, 'float32', 9);
    dense.apply(x).dispose();
    const before = memory().numTensors;
    const recorded = await kernelsOf(() => {
      const r = variableGrads(() => sum(dense.apply(x)), dense.trainableWeights);
      return [r.value, ...Object.values(r.grads)];
    });
    expect(recorded).not.toContain(DENSE_KERNEL);
    expect(memory().numTensors).toBe(before);
    const { value, grads } = variableGrads(() => sum(dense.apply(x)), dense.trainableWeights);
    // L = sum(x·W + b): dL/db_j = batch size, dL/dW_ij = sum over rows of x_i.
    expect(Array.from(grads[dense.bias!.name]!.dataSync())).toEqual([4, 4, 4]);
    const colSums = Array.from(tfjs.tidy(() => sum(x, 0)).dataSync());
    const gW = Array.from(grads[dense.kernel.name]!.dataSync());
    gW.forEach((g, idx) => expect(g).toBeCloseTo(colSums[Math.floor(idx / 3)]!, 5));
    tfjs.dispose([value, ...Object.values(grads)]);
    dense.dispose();
    x.dispose();
  });

  it("runs the wasm backend's DENSE_KERNEL too, and _FusedMatMul with it removed, with identical outputs", async () => {
    await setBackend('wasm');
    const dense = new Dense(4, { activation: 'relu' });
    const x = randomUniform([2, 3], -1, 1, 'float32', 1);
    const withKernel = hostOf(() => dense.apply(x));
    const names = await kernelsOf(() => dense.apply(x));
    expect(names).toContain(DENSE_KERNEL);
    expect(names).not.toContain('Reshape');
    const config = tfjs.getKernel(DENSE_KERNEL, 'wasm')!;
    tfjs.unregisterKernel(DENSE_KERNEL, 'wasm');
    try {
      expect(await kernelsOf(() => dense.apply(x))).toContain('_FusedMatMul');
      // The same XNNPACK routine either way: equal to the bit.
      expect(Array.from(hostOf(() => dense.apply(x)).data)).toEqual(Array.from(withKernel.data));
    } finally {
      tfjs.registerKernel(config);
    }
    dense.dispose();
    x.dispose();
    await setBackend('cpu');
  });
});
