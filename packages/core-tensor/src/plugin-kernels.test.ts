import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import {
  InvalidArgumentError,
  registerBackend,
  resetBackendsForTesting,
  setBackend,
  tensor,
  type BackendPlugin,
  type PluginKernel,
} from './index.js';

// A JavaScript backend under its own name, with tfjs's cpu kernels copied and
// the extra kernels given; each test uses a fresh name, as tfjs's kernel
// registry outlives resetBackendsForTesting.
let serial = 0;
function plugin(kernels?: readonly PluginKernel[]): BackendPlugin {
  const name = `kernels-test-${++serial}`;
  for (const k of tf.getKernelsForBackend('cpu')) tf.registerKernel({ ...k, backendName: name });
  return {
    name,
    priority: 0,
    isSupported: () => true,
    create: async () => Object.assign(new MathBackendCPU(), { firstUse: false }),
    info: () => ({ name, threads: 1, simd: false }),
    ...(kernels === undefined ? {} : { kernels }),
  };
}

// An extra kernel whose result is known by hand: 10 · x.
const timesTen: PluginKernel = {
  kernelName: 'LaminaTestTimesTen',
  kernelFunc: ({ inputs, backend }) => {
    const x = inputs['x'] as tf.TensorInfo;
    const cpuBackend = backend as MathBackendCPU;
    const values = cpuBackend.data.get(x.dataId).values as Float32Array;
    return cpuBackend.makeTensorInfo(x.shape, 'float32', values.map((v) => v * 10));
  },
};

beforeEach(() => resetBackendsForTesting());
afterAll(() => resetBackendsForTesting());

describe('BackendPlugin.kernels', () => {
  it('registers nothing at registerBackend; registers the kernels when the backend starts', async () => {
    const p = plugin([timesTen]);
    registerBackend(p);
    expect(tf.getKernel('LaminaTestTimesTen', p.name)).toBeUndefined();
    await setBackend(p.name);
    expect(tf.getKernel('LaminaTestTimesTen', p.name)?.backendName).toBe(p.name);
    const x = tensor([1, -2.5]);
    const y = tf.engine().runKernel('LaminaTestTimesTen', { x }) as tf.Tensor;
    expect(Array.from(y.dataSync())).toEqual([10, -25]);
    x.dispose();
    y.dispose();
  });

  it('keeps a kernel already registered under the same name', async () => {
    const p = plugin([timesTen]);
    const own = { ...timesTen, backendName: p.name, kernelFunc: timesTen.kernelFunc };
    tf.registerKernel(own);
    registerBackend(p);
    await setBackend(p.name);
    expect(tf.getKernel('LaminaTestTimesTen', p.name)).toBe(own);
  });

  it('starts a second time (after a reset) without registering twice', async () => {
    const p = plugin([timesTen]);
    registerBackend(p);
    await setBackend(p.name);
    const first = tf.getKernel('LaminaTestTimesTen', p.name);
    resetBackendsForTesting();
    registerBackend(p);
    await setBackend(p.name);
    expect(tf.getKernel('LaminaTestTimesTen', p.name)).toBe(first);
  });

  it('rejects kernels that are not { kernelName, kernelFunc } and registers nothing', () => {
    const bad = { ...plugin(), kernels: [{ kernelName: 'X' }] } as unknown as BackendPlugin;
    expect(() => registerBackend(bad)).toThrow(InvalidArgumentError);
    expect(() => registerBackend(bad)).toThrow(/kernels\[0\] must be \{ kernelName: string, kernelFunc: function \} \(received/);
    const notArray = { ...plugin(), kernels: 'LaminaDense' } as unknown as BackendPlugin;
    expect(() => registerBackend(notArray)).toThrow(/kernels must be an array when given \(received 'LaminaDense'\)/);
  });
});
