import { beforeAll, describe, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import { memory, ndarray, registerBackend, tensor, variable } from '@lamina/core-tensor';
import type { NDArray } from '@lamina/core-tensor';
import { repr } from './repr.js';
import type { PrintOptions } from './options.js';
import { arrayOf, loadFixture } from './testing/fixtures.js';
import type { StoredArray } from './testing/fixtures.js';

interface ReprCase extends StoredArray {
  name: string;
  options: Partial<PrintOptions>;
  repr: string;
}
interface BigCase {
  rows: number;
  cols: number;
  repr: string;
  legacy: string;
}
const fx = loadFixture<{ cases: ReprCase[]; big: BigCase }>('repr');

beforeAll(() => registerBackend(cpu()));

/** TensorFlow's rule (ops.py `_numpy_text`): a newline before a multi-line array. */
function tfTensorText(a: NDArray, arrayText: string): string {
  const numpy = arrayText.includes('\n') ? `\n${arrayText}` : arrayText;
  const shape = a.shape.length === 1 ? `(${a.shape[0]!},)` : `(${a.shape.join(', ')})`;
  return `<tf.Tensor: shape=${shape}, dtype=${a.dtype}, numpy=${numpy}>`;
}

describe('repr of NDArray matches numpy byte for byte', () => {
  it('has hundreds of fixture cases', () => {
    expect(fx.cases.length).toBeGreaterThan(400);
  });

  it.each(fx.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(repr(arrayOf(c), c.options)).toBe(c.repr);
  });
});

describe('repr of Tensor wraps numpy as TensorFlow does', () => {
  it.each(fx.cases.filter((c) => c.shape.length > 0).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = arrayOf(c);
    const t = tensor(a.data, [...a.shape], a.dtype);
    expect(repr(t, c.options)).toBe(tfTensorText(a, c.repr));
    t.dispose();
  });

  it('prints a one-line array after numpy= without a newline', () => {
    const t = tensor([1, 2], [2], 'int32');
    expect(repr(t)).toBe('<tf.Tensor: shape=(2,), dtype=int32, numpy=array([1, 2], dtype=int32)>');
  });

  it('prints a 0-d tensor with the numpy scalar repr', () => {
    expect(repr(tensor(1, [], 'float32'))).toBe('<tf.Tensor: shape=(), dtype=float32, numpy=np.float32(1.0)>');
    expect(repr(tensor(1, [], 'float32'), { legacy: '2.1' })).toBe('<tf.Tensor: shape=(), dtype=float32, numpy=1.0>');
    expect(repr(tensor(4, [], 'int32'))).toBe('<tf.Tensor: shape=(), dtype=int32, numpy=np.int32(4)>');
    expect(repr(tensor(true, [], 'bool'), { legacy: '2.1' })).toBe('<tf.Tensor: shape=(), dtype=bool, numpy=True>');
  });

  it('prints variables with their Keras name', () => {
    const c = fx.cases.find((k) => k.name === 'keras kernel 20x256')!;
    const a = arrayOf(c);
    const v = variable(tensor(a.data, [...a.shape]), true, 'sequential/dense/kernel:0');
    expect(repr(v, { legacy: '2.1' })).toBe(
      `<tf.Variable 'sequential/dense/kernel:0' shape=(20, 256) dtype=float32, numpy=\n${repr(a, { legacy: '2.1' })}>`,
    );
    expect(repr(a, { legacy: '2.1' })).toBe(repr(ndarray(a.data, a.shape), { legacy: '2.1' }));
    v.dispose();
  });
});

describe('summarized tensors download only their edges', () => {
  const build = (): Float32Array => {
    const { rows, cols } = fx.big;
    const data = new Float32Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) data[i * cols + j] = (((i * 31 + j * 17) % 2001) - 1000) / 64;
    }
    return data;
  };

  it('matches numpy for a 1500x1200 tensor and leaks nothing', () => {
    const t = tensor(build(), [fx.big.rows, fx.big.cols]);
    const wrap = (s: string): string => `<tf.Tensor: shape=(1500, 1200), dtype=float32, numpy=\n${s}>`;
    expect(repr(t)).toBe(wrap(fx.big.repr));
    const before = memory().numTensors;
    for (let k = 0; k < 5; k++) expect(repr(t, { legacy: '2.1' })).toBe(wrap(fx.big.legacy));
    expect(memory().numTensors).toBe(before);
    t.dispose();
  });

  it('never reads the whole tensor', () => {
    const t = tensor(build(), [fx.big.rows, fx.big.cols]);
    const original = t.dataSync.bind(t);
    let fullReads = 0;
    t.dataSync = (() => {
      fullReads += 1;
      return original();
    }) as typeof t.dataSync;
    repr(t);
    expect(fullReads).toBe(0);
    t.dispose();
  });
});
