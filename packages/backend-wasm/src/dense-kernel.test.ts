import { describe, expect, it } from 'vitest';
import {
  DENSE_KERNEL,
  memory,
  registerBackend,
  setBackend,
  tfjs,
  tidy,
  type DenseKernelAttrs,
  type Tensor,
} from '@lamina/core-tensor';
import { wasm } from '@lamina/backend-wasm';

function dense(x: Tensor, kernel: Tensor, bias: Tensor | undefined, activation: DenseKernelAttrs['activation']): Tensor {
  const inputs = bias === undefined ? { x, kernel } : { x, kernel, bias };
  return tfjs.engine().runKernel(DENSE_KERNEL, inputs, { activation }) as Tensor;
}

// The reference is tfjs's own wasm kernel, fused.matMul: the kernel calls the
// same XNNPACK routine with the operands viewed as one batch, so the results
// must be identical to the bit.
function reference(x: Tensor, kernel: Tensor, bias: Tensor | undefined, activation: DenseKernelAttrs['activation']): Tensor {
  return bias === undefined
    ? tfjs.fused.matMul({ a: x, b: kernel, activation })
    : tfjs.fused.matMul({ a: x, b: kernel, bias, activation });
}

describe('DENSE_KERNEL on wasm', () => {
  it('is registered when the backend starts, not when the plugin is registered', async () => {
    registerBackend(wasm({ threads: 1 }));
    expect(tfjs.getKernel(DENSE_KERNEL, 'wasm')).toBeUndefined();
    await setBackend('wasm');
    expect(tfjs.getKernel(DENSE_KERNEL, 'wasm')?.kernelName).toBe(DENSE_KERNEL);
  });

  it('computes a product checked by hand, with bias and relu', () => {
    tidy(() => {
      // [[1,2],[3,4]] · [[1,-1],[2,-3]] = [[5,-7],[11,-15]]; + [0.5,10] → [[5.5,3],[11.5,-5]]; relu.
      const y = dense(tfjs.tensor2d([[1, 2], [3, 4]]), tfjs.tensor2d([[1, -1], [2, -3]]), tfjs.tensor1d([0.5, 10]), 'relu');
      expect(y.shape).toEqual([2, 2]);
      expect(Array.from(y.dataSync())).toEqual([5.5, 3, 11.5, 0]);
    });
  });

  const shapes: [number, number, number][] = [[1, 1, 1], [2, 20, 256], [2, 256, 10], [5, 3, 7], [33, 64, 17], [128, 100, 65]];
  const activations: DenseKernelAttrs['activation'][] = ['linear', 'relu', 'sigmoid', 'elu'];
  for (const [m, k, n] of shapes) {
    it(`equals tfjs fused.matMul bit for bit for [${m},${k}]·[${k},${n}], every activation, with and without bias`, () => {
      tidy(() => {
        const x = tfjs.randomUniform([m, k], -1, 1, 'float32', m * 1000 + k);
        const w = tfjs.randomUniform([k, n], -1, 1, 'float32', n * 1000 + k);
        const b = tfjs.randomUniform([n], -1, 1, 'float32', n);
        for (const activation of activations) {
          for (const bias of [b, undefined]) {
            const y = dense(x, w, bias, activation);
            expect(y.shape).toEqual([m, n]);
            expect(Array.from(y.dataSync())).toEqual(Array.from(reference(x, w, bias, activation).dataSync()));
          }
        }
      });
    });
  }

  it('keeps the tensor count unchanged over repeated calls', () => {
    const x = tfjs.randomUniform([9, 12]);
    const w = tfjs.randomUniform([12, 5]);
    const b = tfjs.randomUniform([5]);
    const before = memory().numTensors;
    for (let i = 0; i < 200; i++) dense(x, w, b, 'sigmoid').dispose();
    expect(memory().numTensors).toBe(before);
    tfjs.dispose([x, w, b]);
  });
});
