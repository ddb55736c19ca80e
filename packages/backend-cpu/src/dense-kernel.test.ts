import { describe, expect, it } from 'vitest';
import { DENSE_KERNEL, getBackend, memory, registerBackend, tfjs, tidy, type DenseKernelAttrs, type Tensor } from '@lamina/core-tensor';
import { cpu } from './index.js';

registerBackend(cpu());
getBackend(); // starts cpu, which registers the kernel

function dense(x: Tensor, kernel: Tensor, bias: Tensor | undefined, activation: DenseKernelAttrs['activation']): Tensor {
  const inputs = bias === undefined ? { x, kernel } : { x, kernel, bias };
  return tfjs.engine().runKernel(DENSE_KERNEL, inputs, { activation }) as Tensor;
}

// The reference is tfjs's own kernels: fused.matMul on the same cpu backend
// (batched matMul, broadcasting add and activation kernels).
function reference(x: Tensor, kernel: Tensor, bias: Tensor | undefined, activation: DenseKernelAttrs['activation']): Tensor {
  return bias === undefined
    ? tfjs.fused.matMul({ a: x, b: kernel, activation })
    : tfjs.fused.matMul({ a: x, b: kernel, bias, activation });
}

function expectClose(actual: Float32Array, expected: Float32Array, k: number): void {
  expect(actual.length).toBe(expected.length);
  // Both sum k float32 products; tfjs rounds to float32 after every block of
  // 48 terms, Lamina once at the end: allow a few ulps per block of the
  // largest magnitude involved.
  const scale = Math.max(1, ...Array.from(expected, Math.abs));
  const tol = 4 * 2 ** -23 * scale * Math.max(1, Math.ceil(k / 48));
  for (let i = 0; i < actual.length; i++) {
    if (Math.abs(actual[i]! - expected[i]!) > tol) {
      throw new Error(`element ${i}: ${actual[i]} vs tfjs ${expected[i]} (tolerance ${tol})`);
    }
  }
}

describe('DENSE_KERNEL on cpu', () => {
  it('computes a product checked by hand, with bias and relu', () => {
    tidy(() => {
      // [[1,2],[3,4]] · [[1,-1],[2,-3]] = [[5,-7],[11,-15]]; + [0.5,10] → [[5.5,3],[11.5,-5]]; relu.
      const y = dense(tfjs.tensor2d([[1, 2], [3, 4]]), tfjs.tensor2d([[1, -1], [2, -3]]), tfjs.tensor1d([0.5, 10]), 'relu');
      expect(y.shape).toEqual([2, 2]);
      expect(y.dtype).toBe('float32');
      expect(Array.from(y.dataSync())).toEqual([5.5, 3, 11.5, 0]);
    });
  });

  it('applies sigmoid and elu as 1/(1+e^-z) and z<0 ? e^z-1 : z', () => {
    tidy(() => {
      const x = tfjs.tensor2d([[1], [-2]]);
      const w = tfjs.tensor2d([[1, 0.5]]);
      const sig = dense(x, w, undefined, 'sigmoid').dataSync();
      const elu = dense(x, w, undefined, 'elu').dataSync();
      const z = [1, 0.5, -2, -1];
      z.forEach((v, i) => {
        expect(sig[i]).toBeCloseTo(1 / (1 + Math.exp(-v)), 6);
        expect(elu[i]).toBeCloseTo(v < 0 ? Math.exp(v) - 1 : v, 6);
      });
    });
  });

  // Rows cover the 4-row blocks (packed from 8 rows on), the 2-row and 1-row
  // remainders; columns the 4-column blocks and the 1–3 column tails.
  const shapes: [number, number, number][] = [
    [1, 1, 1], [1, 7, 3], [2, 20, 256], [2, 256, 10], [3, 5, 7], [4, 9, 4], [5, 3, 6],
    [7, 1, 9], [8, 16, 8], [9, 33, 13], [17, 100, 10], [37, 50, 23], [64, 130, 65],
  ];
  const activations: DenseKernelAttrs['activation'][] = ['linear', 'relu', 'sigmoid', 'elu'];
  for (const [m, k, n] of shapes) {
    it(`agrees with tfjs fused.matMul for [${m},${k}]·[${k},${n}] with every activation, with and without bias`, () => {
      tidy(() => {
        const x = tfjs.randomUniform([m, k], -1, 1, 'float32', m * 1000 + k);
        const w = tfjs.randomUniform([k, n], -1, 1, 'float32', n * 1000 + k);
        const b = tfjs.randomUniform([n], -1, 1, 'float32', n);
        for (const activation of activations) {
          for (const bias of [b, undefined]) {
            const y = dense(x, w, bias, activation);
            expect(y.shape).toEqual([m, n]);
            expectClose(y.dataSync() as Float32Array, reference(x, w, bias, activation).dataSync() as Float32Array, k);
          }
        }
      });
    });
  }

  it('accepts a batch of zero rows and a zero inner dimension (output = activation(bias))', () => {
    tidy(() => {
      expect(dense(tfjs.zeros([0, 3]), tfjs.ones([3, 2]), undefined, 'linear').shape).toEqual([0, 2]);
      const y = dense(tfjs.zeros([2, 0]), tfjs.zeros([0, 3]), tfjs.tensor1d([-1, 0, 2]), 'relu');
      expect(Array.from(y.dataSync())).toEqual([0, 0, 2, 0, 0, 2]);
    });
  });

  it('keeps the tensor count unchanged over repeated calls', () => {
    const x = tfjs.randomUniform([9, 12]);
    const w = tfjs.randomUniform([12, 5]);
    const b = tfjs.randomUniform([5]);
    const before = memory().numTensors;
    for (let i = 0; i < 200; i++) dense(x, w, b, 'relu').dispose();
    expect(memory().numTensors).toBe(before);
    tfjs.dispose([x, w, b]);
  });
});
