import { beforeAll, describe as group, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import { ndarray, registerBackend, tensor } from '@lamina/core-tensor';
import { describe, formatPositional, formatScientific, histogram, repr } from './index.js';

beforeAll(() => registerBackend(cpu()));

// The TSDoc examples, checked against numpy's output for the same calls.
group('documented examples', () => {
  it('repr', () => {
    expect(repr(ndarray(new Float32Array([0.5, -1]), [2]))).toBe('array([ 0.5, -1. ], dtype=float32)');
    expect(repr(tensor([[1, 2]]))).toBe('<tf.Tensor: shape=(1, 2), dtype=float32, numpy=array([[1., 2.]], dtype=float32)>');
  });

  it('formatPositional / formatScientific', () => {
    const base = { precision: -1, minDigits: -1, unique: true, sign: false, padLeft: -1 } as const;
    expect(formatPositional(0.1, { ...base, fractional: true, trim: '.', padRight: -1 })).toBe('0.1');
    expect(formatScientific(1.5e-5, { ...base, trim: '.', expDigits: -1 })).toBe('1.5e-05');
  });

  it('describe and histogram', () => {
    const d = describe(tensor([1, 2, 3, 4]));
    expect(d).toEqual({ count: 4, mean: 2.5, std: Math.sqrt(1.25), min: 1, max: 4 });
    expect(histogram(tensor([1, 2, 2, 3]), { bins: 2 })).toEqual({ edges: [1, 2, 3], counts: [1, 3] });
  });
});
