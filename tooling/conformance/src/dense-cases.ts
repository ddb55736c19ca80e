import { it } from 'vitest';
import { DENSE_KERNEL, dispose, randomUniform, tfjs, type DenseKernelAttrs, type Tensor } from '@lamina/core-tensor';
import { expectBackendsAgree, expectNearReference } from './compare.js';
import { hostResult, hostValues, withoutLeaks, type SuiteContext } from './context.js';
import { matMulReference, matrix, type Reference } from './reference.js';

type Activation = DenseKernelAttrs['activation'];

// Activations as Keras defines them, applied to the float64 pre-activation.
// Their slopes are at most 1, so the product's error bound still holds.
const ACTIVATIONS: Record<Activation, (z: number) => number> = {
  linear: (z) => z,
  relu: (z) => Math.max(z, 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  elu: (z) => (z > 0 ? z : Math.exp(z) - 1),
};

/**
 * The kernel `@lamina/layers` runs for `Dense` inference: the backend's
 * `DENSE_KERNEL` where it provides one, otherwise tfjs's fused matMul.
 */
function denseInference(x: Tensor, w: Tensor, bias: Tensor, activation: Activation): Tensor {
  if (tfjs.getKernel(DENSE_KERNEL, tfjs.getBackend()) !== undefined) {
    return tfjs.engine().runKernel(DENSE_KERNEL, { x, kernel: w, bias }, { activation }) as Tensor;
  }
  return tfjs.fused.matMul({ a: x, b: w, bias, activation });
}

/** activation(x · w + bias) on every backend, for the shapes of the chapter and odd ones. */
export function denseCases(ctx: SuiteContext): void {
  const label = ctx.config.label;
  // The chapter's first layer (2 rows) and odd sizes that leave row and column remainders.
  const shapes: [number, number, number][] = [[2, 20, 256], [33, 64, 17]];
  for (const [m, k, n] of shapes) {
    it(`Dense inference kernel ${m}x${k} · ${k}x${n} + bias, every fused activation, matches float64 and the other backend (${label})`, () =>
      withoutLeaks(async () => {
        const x = randomUniform([m, k], -1, 1, 'float32', 41 + m);
        const w = randomUniform([k, n], -1, 1, 'float32', 42 + k);
        const bias = randomUniform([n], -1, 1, 'float32', 43 + n);
        const pre = matMulReference(matrix(hostValues(x), m, k), matrix(hostValues(w), k, n), { bias: hostValues(bias) });
        for (const activation of Object.keys(ACTIVATIONS) as Activation[]) {
          const ref: Reference = { values: pre.values.map(ACTIVATIONS[activation]), scale: pre.scale };
          const got = hostResult(() => denseInference(x, w, bias, activation));
          expectNearReference(got, ref, `Dense ${activation} vs float64`);
          const other = await ctx.onOther(() => hostResult(() => denseInference(x, w, bias, activation)));
          if (other !== undefined) expectBackendsAgree(got, other, ref.scale, `Dense ${activation} across backends`);
        }
        dispose([x, w, bias]);
      }));
  }
}
