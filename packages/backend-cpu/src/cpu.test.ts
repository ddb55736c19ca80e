import { describe, expect, it, vi } from 'vitest';
import { DENSE_KERNEL, getBackend, listBackends, matMul, memory, registerBackend, tensor, tfjs, tidy } from '@lamina/core-tensor';
import { cpu } from './index.js';

describe('cpu()', () => {
  it('importing registers nothing; registering makes cpu current', () => {
    expect(listBackends()).toEqual([]);
    const plugin = cpu();
    expect(plugin.name).toBe('cpu');
    expect(listBackends()).toEqual([]);
    expect(tfjs.getKernel(DENSE_KERNEL, 'cpu')).toBeUndefined();
    registerBackend(plugin);
    expect(getBackend()).toEqual({ name: 'cpu', threads: 1, simd: false });
    // Starting the backend adds Lamina's dense kernel to tfjs's cpu kernels.
    expect(tfjs.getKernel(DENSE_KERNEL, 'cpu')?.kernelName).toBe(DENSE_KERNEL);
  });

  it('prints no tfjs-node advice on first use (Lamina chose its backend on purpose)', () => {
    const warn = vi.spyOn(console, 'warn');
    tidy(() => tensor([1, 2, 3]).mul(2));
    const advice = warn.mock.calls.filter((args) => /tfjs-node/.test(args.map(String).join(' ')));
    warn.mockRestore();
    expect(advice).toEqual([]);
  });

  it('computes a matMul checked by hand without leaking', () => {
    const before = memory().numTensors;
    const out = tidy(() => Array.from(matMul(tensor([[1, 2], [3, 4]]), tensor([[5], [6]])).dataSync()));
    expect(out).toEqual([17, 39]);
    expect(memory().numTensors).toBe(before);
  });
});
