import { expect, it } from 'vitest';
import {
  add,
  dispose,
  matMul,
  mean,
  randomUniform,
  sub,
  tensor,
  toNDArray,
  variable,
  tfjs,
  variableGrads,
} from '@lamina/core-tensor';
import { expectBackendsAgree, expectNearReference } from './compare.js';
import { hostValues, withoutLeaks, type SuiteContext } from './context.js';
import { matrix, squaredErrorGradients } from './reference.js';

/** Variables (create, assign, read, across backends) and gradients by variableGrads. */
export function variableCases(ctx: SuiteContext): void {
  const label = ctx.config.label;

  it(`variables assign and read back exactly, also from the other backend (${label})`, () =>
    withoutLeaks(async () => {
      const init = tensor([[1.5, -2], [0.25, 8]]);
      const v = variable(init, true, `conformance/v_${label}:0`);
      expect(v.name).toBe(`conformance/v_${label}:0`);
      expect(Array.from(toNDArray(v).data)).toEqual([1.5, -2, 0.25, 8]);
      const next = tensor([[3, 4], [5, 6]]);
      v.assign(next);
      expect(Array.from(toNDArray(v).data)).toEqual([3, 4, 5, 6]);
      const seen = await ctx.onOther(() => {
        const read = Array.from(toNDArray(v).data);
        const sum = add(v, v);
        v.assign(sum); // assigned while the other backend is current
        sum.dispose();
        return read;
      });
      if (seen !== undefined) {
        expect(seen).toEqual([3, 4, 5, 6]);
        expect(Array.from(toNDArray(v).data)).toEqual([6, 8, 10, 12]);
      }
      const wrongShape = tensor([1, 2, 3]);
      expect(() => v.assign(wrongShape)).toThrow();
      expect(Array.from(toNDArray(v).data)).toEqual(seen === undefined ? [3, 4, 5, 6] : [6, 8, 10, 12]);
      dispose([init, next, wrongShape, v]);
    }));

  it(`variableGrads of a squared error match the hand-derived gradient (${label})`, () =>
    withoutLeaks(async () => {
      const x = randomUniform([8, 5], -1, 1, 'float32', 41);
      const y = randomUniform([8, 3], -1, 1, 'float32', 42);
      const wInit = randomUniform([5, 3], -1, 1, 'float32', 43);
      const bInit = randomUniform([3], -1, 1, 'float32', 44);
      const w = variable(wInit, true, `conformance/w_${label}:0`);
      const b = variable(bInit, true, `conformance/b_${label}:0`);
      const ref = squaredErrorGradients(
        matrix(hostValues(x), 8, 5),
        matrix(hostValues(w), 5, 3),
        hostValues(b),
        matrix(hostValues(y), 8, 3),
      );
      // mean() of a matrix is a scalar; variableGrads wants that in its type.
      const lossFn = () => mean(sub(add(matMul(x, w), b), y).square()) as tfjs.Scalar;
      const grads = () => {
        const { value, grads: g } = variableGrads(lossFn, [w, b]);
        const out = {
          loss: toNDArray(value).data[0]!,
          dW: hostValues(g[w.name]!),
          db: hostValues(g[b.name]!),
        };
        dispose([value, ...Object.values(g)]);
        return out;
      };
      const got = grads();
      expect(Math.abs(got.loss - ref.loss)).toBeLessThan(1e-5 * Math.max(ref.loss, 1));
      expectNearReference(got.dW, ref.dW, 'dL/dW vs hand formula');
      expectNearReference(got.db, ref.db, 'dL/db vs hand formula');
      const other = await ctx.onOther(grads);
      if (other !== undefined) {
        expectBackendsAgree(got.dW, other.dW, ref.dW.scale, 'dL/dW across backends');
        expectBackendsAgree(got.db, other.db, ref.db.scale, 'dL/db across backends');
      }
      dispose([x, y, wInit, bInit, w, b]);
    }));
}
