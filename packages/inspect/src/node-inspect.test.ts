import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import { registerBackend, tensor, variable } from '@lamina/core-tensor';
import { repr } from './index.js';

beforeAll(() => registerBackend(cpu()));

describe('console.log integration', () => {
  it('prints a tensor as its repr once @lamina/inspect is imported', () => {
    const t = tensor([[1, 2], [3, 4]]);
    expect(inspect(t)).toBe(repr(t));
    expect(inspect(t)).toBe(
      '<tf.Tensor: shape=(2, 2), dtype=float32, numpy=\narray([[1., 2.],\n       [3., 4.]], dtype=float32)>',
    );
    t.dispose();
  });

  it('prints a variable with its name', () => {
    const v = variable(tensor([0.5]), true, 'dense/bias:0');
    expect(inspect(v)).toBe("<tf.Variable 'dense/bias:0' shape=(1,) dtype=float32, numpy=array([0.5], dtype=float32)>");
    v.dispose();
  });

  it('does not throw for a disposed tensor', () => {
    const t = tensor([1, 2, 3], [3], 'int32');
    t.dispose();
    expect(inspect(t)).toBe('<tf.Tensor: shape=(3,), dtype=int32, numpy=<disposed>>');
  });
});
