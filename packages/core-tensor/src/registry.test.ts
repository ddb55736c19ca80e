import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { cpu } from '@lamina/backend-cpu';
import {
  BackendError,
  InvalidArgumentError,
  NoBackendError,
  getBackend,
  listBackends,
  memory,
  registerBackend,
  resetBackendsForTesting,
  setBackend,
  tensor,
  variable,
  type BackendPlugin,
} from './index.js';

// A second JavaScript backend under another name: the cpu kernels copied to
// 'cpu2', so that switching can be tested without WebAssembly.
function cpu2(): BackendPlugin {
  for (const k of tf.getKernelsForBackend('cpu')) {
    if (tf.getKernel(k.kernelName, 'cpu2') === undefined) tf.registerKernel({ ...k, backendName: 'cpu2' });
  }
  return {
    name: 'cpu2',
    priority: 0,
    isSupported: () => true,
    create: async () => new MathBackendCPU(),
    info: () => ({ name: 'cpu2', threads: 1, simd: false }),
  };
}

beforeEach(() => resetBackendsForTesting());
afterAll(() => resetBackendsForTesting());

describe('backend registry', () => {
  it('names the backend packages when no backend is registered', () => {
    expect(() => tensor([1, 2])).toThrow(NoBackendError);
    expect(() => tensor([1, 2])).toThrow(/@lamina\/backend-cpu.*@lamina\/backend-wasm/);
    expect(() => getBackend()).toThrow(NoBackendError);
    expect(listBackends()).toEqual([]);
  });

  it('starts cpu on first use after registerBackend(cpu())', () => {
    registerBackend(cpu());
    expect(getBackend()).toEqual({ name: 'cpu', threads: 1, simd: false });
    expect(Array.from(tensor([1, 2]).dataSync())).toEqual([1, 2]);
  });

  it('registers, lists and switches; tensors and variables keep their values', async () => {
    registerBackend(cpu());
    registerBackend(cpu2());
    expect(listBackends().map((b) => b.name)).toEqual(['cpu', 'cpu2']);
    const t = tensor([1.5, -2, 3]);
    const v = variable(tensor([4, 5]), true, 'sequential/dense/bias:0');
    for (const name of ['cpu2', 'cpu', 'cpu2', 'cpu']) {
      const info = await setBackend(name);
      expect(info.name).toBe(name);
      expect(getBackend().name).toBe(name);
      expect(tf.getBackend()).toBe(name);
      expect(Array.from(t.add(1).dataSync())).toEqual([2.5, -1, 4]);
      expect(Array.from(v.dataSync())).toEqual([4, 5]);
    }
    v.assign(tensor([6, 7]));
    await setBackend('cpu2');
    expect(Array.from(v.dataSync())).toEqual([6, 7]);
    t.dispose();
    v.dispose();
  });

  it('rejects an unknown name, listing the registered ones, and keeps the current backend', async () => {
    registerBackend(cpu());
    await setBackend('cpu');
    await expect(setBackend('gpu')).rejects.toThrow(BackendError);
    await expect(setBackend('gpu')).rejects.toThrow(/'gpu'.*Registered: 'cpu'/);
    expect(getBackend().name).toBe('cpu');
  });

  it('rejects plugin objects that lack required fields and leaves the registry as it was', () => {
    registerBackend(cpu());
    const bad: unknown[] = [
      null,
      'cpu',
      {},
      { ...cpu(), name: '' },
      { ...cpu(), name: 'Has Space' },
      { ...cpu(), create: undefined },
      { ...cpu(), info: 3 },
      { ...cpu(), priority: Number.NaN },
    ];
    for (const p of bad) {
      expect(() => registerBackend(p as BackendPlugin)).toThrow(InvalidArgumentError);
    }
    expect(listBackends().map((b) => b.name)).toEqual(['cpu']);
    expect(() => registerBackend({ ...cpu(), create: undefined } as unknown as BackendPlugin)).toThrow(
      /create must be a function \(received undefined\)/,
    );
  });

  it('refuses to replace a started backend with different options', () => {
    const first = cpu();
    registerBackend(first);
    getBackend();
    registerBackend(first);
    expect(() => registerBackend({ ...cpu(), options: { threads: 2 } })).toThrow(/already started/);
    expect(getBackend().name).toBe('cpu');
  });

  it('reports a failing start as a BackendError and keeps the previous backend', async () => {
    registerBackend(cpu());
    await setBackend('cpu');
    registerBackend({
      name: 'broken',
      priority: 0,
      isSupported: () => true,
      create: async () => {
        throw new Error('no such file: /nowhere/tfjs.wasm');
      },
      info: () => ({ name: 'broken', threads: 1, simd: false }),
    });
    await expect(setBackend('broken')).rejects.toThrow(/'broken'.*failed to start: no such file/);
    expect(getBackend().name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(Array.from(tensor([3]).dataSync())).toEqual([3]);
  });

  it('does not leak tensors across switches', async () => {
    registerBackend(cpu());
    registerBackend(cpu2());
    await setBackend('cpu');
    const before = memory().numTensors;
    for (let i = 0; i < 5; i++) {
      await setBackend(i % 2 === 0 ? 'cpu2' : 'cpu');
      tf.tidy(() => {
        tensor([1, 2]).mul(2);
      });
    }
    expect(memory().numTensors).toBe(before);
  });
});
