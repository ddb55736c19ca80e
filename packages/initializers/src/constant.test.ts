import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, memory, registerBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { constant, identity, ones, zeros } from './index.js';

beforeAll(() => registerBackend(cpu()));

const values = (t: { dataSync(): ArrayLike<number>; dispose(): void }): number[] => {
  const v = Array.from(t.dataSync());
  t.dispose();
  return v;
};

describe('zeros, ones, constant', () => {
  it('fill exactly, float32 by default and int32 on request', () => {
    const z = zeros()([2, 3]);
    expect([z.dtype, z.shape]).toEqual(['float32', [2, 3]]);
    expect(values(z)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(values(ones()([3]))).toEqual([1, 1, 1]);
    const i = ones()([2], 'int32');
    expect(i.dtype).toBe('int32');
    expect(values(i)).toEqual([1, 1]);
    expect(values(constant(0.25)([2, 1]))).toEqual([0.25, 0.25]);
    expect(values(constant({ value: -3 })([1]))).toEqual([-3]);
    // Keras's cast truncates toward zero.
    expect(values(constant(-2.7)([2], 'int32'))).toEqual([-2, -2]);
    expect(values(zeros()([]))).toEqual([0]);
    expect(zeros()([0, 4]).shape).toEqual([0, 4]);
  });

  it('honours 0 as a value and defaults constant() to 0 like Keras', () => {
    expect(constant(0).getConfig()).toEqual({ value: 0 });
    expect(constant({ value: 0 }).getConfig()).toEqual({ value: 0 });
    expect(constant().getConfig()).toEqual({ value: 0 });
    expect(values(constant({})([2]))).toEqual([0, 0]);
  });

  it('carry Keras class names and configs', () => {
    expect([zeros().className, ones().className, constant(1).className]).toEqual(['Zeros', 'Ones', 'Constant']);
    expect(zeros().getConfig()).toEqual({});
    expect(constant(7).getConfig()).toEqual({ value: 7 });
  });

  it.each([
    [() => constant(Number.NaN), /Constant: value must be a finite number\. Received: value=NaN/],
    [() => constant('1' as unknown as number), /Constant: value must be a finite number or \{ value \}/],
    [() => constant({ value: Infinity }), /Received: value=Infinity/],
    [() => zeros()([2, -1]), /Zeros: shape must be an array of non-negative integers\. Received: shape=\[2, -1\]/],
    [() => ones()([1.5]), /Ones: shape must be/],
    [() => ones()([2], 'bool'), /Ones: dtype must be 'float32' or 'int32'\. Received: dtype='bool'/],
  ])('rejects bad input %#', (f, message) => {
    const before = memory().numTensors;
    expect(f).toThrow(InvalidArgumentError);
    expect(f).toThrow(message);
    expect(memory().numTensors).toBe(before);
  });
});

describe('identity', () => {
  it('is gain times the identity, square or not', () => {
    expect(values(identity()([3, 3]))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(values(identity({ gain: 2 })([2, 3]))).toEqual([2, 0, 0, 0, 2, 0]);
    expect(values(identity({ gain: -0.5 })([3, 2]))).toEqual([-0.5, 0, 0, -0.5, 0, 0]);
    expect(values(identity({ gain: 0 })([2, 2]))).toEqual([0, 0, 0, 0]);
    const i = identity({ gain: 3 })([2, 2], 'int32');
    expect(i.dtype).toBe('int32');
    expect(values(i)).toEqual([3, 0, 0, 3]);
    expect(identity({ gain: 0 }).getConfig()).toEqual({ gain: 0 });
  });

  it.each([[[3]], [[2, 2, 2]], [[]]])('rejects a shape of rank != 2: %j', (shape) => {
    const before = memory().numTensors;
    expect(() => identity()(shape)).toThrow(InvalidArgumentError);
    expect(() => identity()(shape)).toThrow(/Identity: can only initialize 2-D matrices\. Received: shape=.* of rank/);
    expect(memory().numTensors).toBe(before);
  });

  it('rejects a non-finite gain', () => {
    expect(() => identity({ gain: Number.NaN })).toThrow(/Identity: gain must be a finite number\. Received: gain=NaN/);
  });
});
