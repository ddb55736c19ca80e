import { beforeAll, describe, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import {
  DisposedError,
  InvalidArgumentError,
  ndarray,
  registerBackend,
  tensor,
  toNDArray,
  variable,
} from './index.js';

beforeAll(() => registerBackend(cpu()));

describe('toNDArray', () => {
  it('copies shape, dtype and values to host', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]], undefined, 'int32');
    const a = toNDArray(t);
    expect(a.shape).toEqual([2, 3]);
    expect(a.dtype).toBe('int32');
    expect(a.data).toBeInstanceOf(Int32Array);
    expect(Array.from(a.data)).toEqual([1, 2, 3, 4, 5, 6]);
    t.dispose();
  });

  it('is a snapshot: later assignments to the variable do not show', () => {
    const v = variable(tensor([1, 2]), true, 'v:0');
    const snap = toNDArray(v);
    v.assign(tensor([9, 9]));
    expect(Array.from(snap.data)).toEqual([1, 2]);
    // and writing to the snapshot does not reach the variable
    (snap.data as Float32Array)[0] = 42;
    expect(Array.from(v.dataSync())).toEqual([9, 9]);
    v.dispose();
  });

  it('stores bool as Uint8Array', () => {
    const t = tensor([true, false, true]);
    const a = toNDArray(t);
    expect(a.dtype).toBe('bool');
    expect(Array.from(a.data)).toEqual([1, 0, 1]);
    t.dispose();
  });

  it('throws a DisposedError for a disposed tensor', () => {
    const t = tensor([1]);
    t.dispose();
    expect(() => toNDArray(t)).toThrow(DisposedError);
    expect(() => toNDArray(t)).toThrow(/was disposed/);
  });

  it('rejects what is not a tensor', () => {
    expect(() => toNDArray([1, 2] as never)).toThrow(InvalidArgumentError);
  });
});

describe('ndarray', () => {
  it('checks that data fits the shape', () => {
    expect(ndarray([1, 2, 3, 4], [2, 2]).data).toBeInstanceOf(Float32Array);
    expect(() => ndarray([1, 2, 3], [2, 2])).toThrow(/needs 4 values. Received: 3 values/);
  });
});
