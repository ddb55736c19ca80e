import { expect, it } from 'vitest';
import { add, dispose, matMul, randomUniform, relu, reshape, tensor, tfjs, toNDArray } from '@lamina/core-tensor';
import { expectBackendsAgree, expectNearReference } from './compare.js';
import { hostResult, hostValues, withoutLeaks, type SuiteContext } from './context.js';
import { addRowReference, matMulReference, matrix } from './reference.js';

// Odd sizes so that no kernel gets away with a full-tile fast path only.
const M = 33;
const K = 64;
const N = 17;

/** matMul (plain, transposed, fused with bias + relu), add, relu and reshape. */
export function linearCases(ctx: SuiteContext): void {
  const label = ctx.config.label;

  it(`matMul ${M}x${K} · ${K}x${N} matches float64 and the other backend (${label})`, () =>
    withoutLeaks(async () => {
      const a = randomUniform([M, K], -1, 1, 'float32', 11);
      const b = randomUniform([K, N], -1, 1, 'float32', 12);
      const ref = matMulReference(matrix(hostValues(a), M, K), matrix(hostValues(b), K, N));
      const got = hostResult(() => matMul(a, b));
      expectNearReference(got, ref, 'matMul vs float64');
      const other = await ctx.onOther(() => hostResult(() => matMul(a, b)));
      if (other !== undefined) expectBackendsAgree(got, other, ref.scale, 'matMul across backends');
      dispose([a, b]);
    }));

  it(`matMul with transposeB matches float64 (${label})`, () =>
    withoutLeaks(() => {
      const a = randomUniform([M, K], -1, 1, 'float32', 13);
      const bt = randomUniform([N, K], -1, 1, 'float32', 14);
      const ref = matMulReference(matrix(hostValues(a), M, K), matrix(hostValues(bt), N, K), { transposeB: true });
      expectNearReference(hostResult(() => matMul(a, bt, false, true)), ref, 'matMul transposeB vs float64');
      dispose([a, bt]);
    }));

  it(`fused matMul + bias + relu matches float64 and the other backend (${label})`, () =>
    withoutLeaks(async () => {
      const a = randomUniform([M, K], -1, 1, 'float32', 21);
      const b = randomUniform([K, N], -1, 1, 'float32', 22);
      const bias = randomUniform([N], -1, 1, 'float32', 23);
      const ref = matMulReference(matrix(hostValues(a), M, K), matrix(hostValues(b), K, N), {
        bias: hostValues(bias),
        relu: true,
      });
      const fused = () => tfjs.fused.matMul({ a, b, bias, activation: 'relu' });
      const got = hostResult(fused);
      expectNearReference(got, ref, 'fused matMul vs float64');
      // About half the pre-activations are negative: relu really clipped something.
      expect(got.filter((v) => v === 0).length).toBeGreaterThan(M * N * 0.25);
      const other = await ctx.onOther(() => hostResult(fused));
      if (other !== undefined) expectBackendsAgree(got, other, ref.scale, 'fused matMul across backends');
      dispose([a, b, bias]);
    }));

  it(`add with a broadcast row matches float64 and the other backend (${label})`, () =>
    withoutLeaks(async () => {
      const a = randomUniform([M, N], -10, 10, 'float32', 31);
      const row = randomUniform([N], -10, 10, 'float32', 32);
      const ref = addRowReference(matrix(hostValues(a), M, N), hostValues(row));
      const got = hostResult(() => add(a, row));
      expectNearReference(got, ref, 'add vs float64');
      const other = await ctx.onOther(() => hostResult(() => add(a, row)));
      if (other !== undefined) expectBackendsAgree(got, other, ref.scale, 'add across backends');
      dispose([a, row]);
    }));

  it(`relu is exact (${label})`, () =>
    withoutLeaks(() => {
      const x = tensor([-2, -0.5, 0, 0.5, 3, -1e-30, 1e-30, 65504]);
      expect(Array.from(hostResult(() => relu(x)))).toEqual([0, 0, 0, 0.5, 3, 0, Math.fround(1e-30), 65504]);
      x.dispose();
    }));

  it(`reshape keeps row-major order and infers -1 (${label})`, () =>
    withoutLeaks(() => {
      const x = tensor(Array.from({ length: 24 }, (_, i) => i), [2, 3, 4]);
      const y = reshape(x, [4, 6]);
      expect(y.shape).toEqual([4, 6]);
      expect(Array.from(toNDArray(y).data)).toEqual(Array.from({ length: 24 }, (_, i) => i));
      const z = reshape(x, [-1, 8]);
      expect(z.shape).toEqual([3, 8]);
      expect(() => reshape(x, [5, 5])).toThrow();
      dispose([x, y, z]);
    }));
}
