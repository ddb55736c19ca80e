import { ones, randomUniform } from '@lamina/core-tensor';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dense, Flatten, Sequential, clearSession, toSnakeCase } from './index.js';
import './testing/backend.js';

// Expected names are what Keras (tf.keras / Keras 3) prints for the same
// construction order: per-kind counters assigned at construction, variables
// created inside the model's name scope at build time.
describe('Keras names', () => {
  beforeEach(() => clearSession());

  it('numbers layers per kind in construction order, across models', () => {
    const a = new Sequential([new Flatten(), new Dense(8), new Dense(4)]);
    const b = new Sequential([new Dense(3), new Flatten()]);
    expect(a.name).toBe('sequential');
    expect(b.name).toBe('sequential_1');
    expect(a.layers.map((l) => l.name)).toEqual(['flatten', 'dense', 'dense_1']);
    expect(b.layers.map((l) => l.name)).toEqual(['dense_2', 'flatten_1']);
  });

  it('names variables <model>/<layer>/kernel:0 at build time', () => {
    const a = new Sequential([new Flatten(), new Dense(8), new Dense(4)]);
    const b = new Sequential([new Dense(3)]);
    a.apply(randomUniform([2, 5])).dispose();
    b.apply(randomUniform([2, 5])).dispose();
    expect(a.weights.map((v) => v.name)).toEqual([
      'sequential/dense/kernel:0',
      'sequential/dense/bias:0',
      'sequential/dense_1/kernel:0',
      'sequential/dense_1/bias:0',
    ]);
    expect(b.weights.map((v) => v.name)).toEqual(['sequential_1/dense_2/kernel:0', 'sequential_1/dense_2/bias:0']);
  });

  it('names the layer at construction, not when it is added or built', () => {
    const late = new Dense(2); // 'dense'
    const early = new Dense(2); // 'dense_1'
    const net = new Sequential(); // 'sequential'
    net.add(early);
    net.add(late);
    net.apply(ones([1, 3])).dispose();
    expect(net.weights.map((v) => v.name)).toEqual([
      'sequential/dense_1/kernel:0',
      'sequential/dense_1/bias:0',
      'sequential/dense/kernel:0',
      'sequential/dense/bias:0',
    ]);
  });

  it('gives a standalone Dense unprefixed names, which it keeps inside a model', () => {
    const d = new Dense(3);
    d.apply(ones([1, 2])).dispose();
    expect(d.weights.map((v) => v.name)).toEqual(['dense/kernel:0', 'dense/bias:0']);
    const net = new Sequential([d]);
    net.apply(ones([1, 2])).dispose();
    expect(net.weights.map((v) => v.name)).toEqual(['dense/kernel:0', 'dense/bias:0']);
  });

  it('nests model scopes', () => {
    const inner = new Sequential([new Dense(2)]);
    const outer = new Sequential([inner, new Dense(1)]);
    expect(inner.name).toBe('sequential');
    expect(outer.name).toBe('sequential_1');
    outer.apply(ones([1, 3])).dispose();
    expect(outer.weights.map((v) => v.name)).toEqual([
      'sequential_1/sequential/dense/kernel:0',
      'sequential_1/sequential/dense/bias:0',
      'sequential_1/dense_1/kernel:0',
      'sequential_1/dense_1/bias:0',
    ]);
  });

  it('user names do not advance the counters', () => {
    expect(new Dense(1, { name: 'hidden' }).name).toBe('hidden');
    expect(new Dense(1).name).toBe('dense');
    expect(new Sequential([], { name: 'net' }).name).toBe('net');
    expect(new Sequential().name).toBe('sequential');
  });

  it('clearSession resets the counters; old and new variables may share a name', () => {
    const first = new Sequential([new Dense(2)]);
    first.apply(ones([1, 2])).dispose();
    clearSession();
    const second = new Sequential([new Dense(2)]);
    second.apply(ones([1, 2])).dispose();
    expect(second.name).toBe('sequential');
    expect(second.weights[0]!.name).toBe('sequential/dense/kernel:0');
    expect(first.weights[0]!.name).toBe('sequential/dense/kernel:0');
    expect(second.weights[0]).not.toBe(first.weights[0]);
    first.dispose();
    second.dispose();
  });

  it('a rejected constructor takes no name', () => {
    expect(() => new Dense(-3)).toThrow();
    expect(() => new Sequential([{} as never])).toThrow();
    expect(new Dense(1).name).toBe('dense');
    expect(new Sequential().name).toBe('sequential');
  });

  it('snake-cases class names like Keras', () => {
    expect(toSnakeCase('Dense')).toBe('dense');
    expect(toSnakeCase('BatchNormalization')).toBe('batch_normalization');
    expect(toSnakeCase('MyMLPBlock')).toBe('my_mlp_block');
  });
});
