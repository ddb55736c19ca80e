import { InvalidArgumentError, memory, ndarray, ones, tensor, toNDArray } from '@lamina/core-tensor';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dense, Flatten, InputShapeError, LayerStateError, Sequential, clearSession } from './index.js';
import './testing/backend.js';

function chapterNet(): Sequential {
  const net = new Sequential();
  net.add(new Flatten());
  net.add(new Dense(256, { activation: 'relu' }));
  net.add(new Dense(10));
  return net;
}

describe('Sequential', () => {
  beforeEach(() => clearSession());

  it('builds lazily and lists weights in layer order, kernel before bias', () => {
    const net = chapterNet();
    expect(net.built).toBe(false);
    expect(net.weights).toEqual([]);
    const y = net.apply(ones([2, 20]));
    expect(y.shape).toEqual([2, 10]);
    expect(net.built).toBe(true);
    expect(net.weights.map((v) => [v.name, v.shape])).toEqual([
      ['sequential/dense/kernel:0', [20, 256]],
      ['sequential/dense/bias:0', [256]],
      ['sequential/dense_1/kernel:0', [256, 10]],
      ['sequential/dense_1/bias:0', [10]],
    ]);
    const [, d1, d2] = net.layers as [Flatten, Dense, Dense];
    expect(net.weights).toEqual([d1.kernel, d1.bias, d2.kernel, d2.bias]);
    expect(net.layers[2]!.weights).toEqual([d2.kernel, d2.bias]);
    expect(net.countParams()).toBe(20 * 256 + 256 + 256 * 10 + 10);
    expect(net.trainableWeights).toEqual(net.weights);
    expect(net.nonTrainableWeights).toEqual([]);
  });

  it('Flatten passes rank-2 input through and flattens higher ranks (Keras)', () => {
    const f = new Flatten();
    expect(f.apply(ones([2, 20])).shape).toEqual([2, 20]);
    expect(f.apply(ones([2, 4, 5])).shape).toEqual([2, 20]);
    expect(f.apply(ones([3])).shape).toEqual([3, 1]);
    expect(f.computeOutputShape([null, 4, 5])).toEqual([null, 20]);
  });

  it('getWeights returns host copies that later updates do not touch', () => {
    const net = chapterNet();
    net.apply(ones([1, 20])).dispose();
    const w = net.getWeights();
    expect(w.map((a) => a.shape)).toEqual([[20, 256], [256], [256, 10], [10]]);
    expect(w.every((a) => a.dtype === 'float32' && a.data instanceof Float32Array)).toBe(true);
    const snapshot = Float32Array.from(w[0]!.data as Float32Array);
    expect([...w[0]!.data]).toEqual([...net.weights[0]!.dataSync()]);
    net.reinitialize();
    expect([...w[0]!.data]).toEqual([...snapshot]);
    expect([...net.weights[0]!.dataSync()]).not.toEqual([...snapshot]);
    (w[1]!.data as Float32Array)[0] = 42; // a frozen NDArray's buffer is still a copy
    expect(net.weights[1]!.dataSync()[0]).not.toBe(42);
  });

  it('setWeights takes NDArrays, Tensors or nested arrays, in getWeights order', () => {
    const net = new Sequential([new Dense(2), new Dense(1, { useBias: false })]);
    net.build([null, 3]);
    const k0 = [[1, 2], [3, 4], [5, 6]];
    const t = tensor([0.5, -0.5]);
    net.setWeights([ndarray(k0.flat(), [3, 2]), t, [[1], [-1]]]);
    t.dispose(); // the variable keeps its own reference to the data
    const w = net.getWeights();
    expect([...w[0]!.data]).toEqual(k0.flat());
    expect([...w[1]!.data]).toEqual([0.5, -0.5]);
    expect([...w[2]!.data]).toEqual([1, -1]);
    // x = [1, 1, 1]: h = [9, 12] + [0.5, -0.5] = [9.5, 11.5]; y = 9.5 - 11.5 = -2
    expect(net.predict(ones([1, 3])).arraySync()).toEqual([[-2]]);
  });

  it('setWeights validates count, shape and dtype of all values before assigning any', () => {
    const net = new Sequential([new Dense(2)]);
    net.build([null, 3]);
    const before = net.getWeights();
    const tensorsBefore = memory().numTensors;
    const good = [[1, 2], [3, 4], [5, 6]];
    expect(() => net.setWeights([good])).toThrow(
      "Sequential 'sequential': setWeights expects 2 values ('sequential/dense/kernel:0' [3, 2], 'sequential/dense/bias:0' [2]). Received: 1 values",
    );
    expect(() => net.setWeights([good, [1, 2, 3]])).toThrow(
      "Sequential 'sequential': setWeights value 1 for 'sequential/dense/bias:0' does not fit. Expected: shape [2], dtype float32. Received: shape [3], dtype float32",
    );
    expect(() => net.setWeights([good, ndarray(new Int32Array([1, 2]), [2])])).toThrow(/Expected: shape \[2\], dtype float32\. Received: shape \[2\], dtype int32/);
    expect(() => net.setWeights([good, [[1], 2] as never])).toThrow(InvalidArgumentError);
    expect(() => net.setWeights([good, 'x' as never])).toThrow(/must be an NDArray, a Tensor or nested arrays/);
    expect(net.getWeights()).toEqual(before);
    expect(memory().numTensors).toBe(tensorsBefore);
  });

  it('trainable = false moves variables to nonTrainableWeights', () => {
    const net = chapterNet();
    net.apply(ones([1, 20])).dispose();
    const [, d1, d2] = net.layers as [Flatten, Dense, Dense];
    d1.trainable = false;
    expect(net.trainableWeights).toEqual([d2.kernel, d2.bias]);
    expect(net.nonTrainableWeights).toEqual([d1.kernel, d1.bias]);
    expect(net.weights).toEqual([d1.kernel, d1.bias, d2.kernel, d2.bias]);
    expect(d1.trainableWeights).toEqual([]);
    net.trainable = false;
    expect(net.trainableWeights).toEqual([]);
    expect(d2.trainable).toBe(false);
    net.trainable = true;
    expect(net.trainableWeights).toHaveLength(4);
    // Built after being frozen: variables are created non-trainable.
    const frozen = new Dense(3, { trainable: false });
    frozen.build([null, 2]);
    expect(frozen.nonTrainableWeights).toHaveLength(2);
    expect(frozen.kernel.trainable).toBe(false);
  });

  it('rejects inputs that do not fit, naming the layer, expected and received shapes', () => {
    const net = chapterNet();
    net.apply(ones([2, 20])).dispose();
    const before = memory().numTensors;
    const x = ones([2, 21]);
    expect(() => net.apply(x)).toThrow(InputShapeError);
    expect(() => net.apply(x)).toThrow(
      "Sequential 'sequential': Dense 'dense': expected an input of rank >= 2 with last dimension 20, built for input shape (None, 20). Received: input shape (2, 21)",
    );
    x.dispose();
    expect(memory().numTensors).toBe(before);
    const y = net.apply(ones([7, 20])); // any batch size
    expect(y.shape).toEqual([7, 10]);
  });

  it('rejects a repeated layer whose second use gets another shape, building nothing', () => {
    const d = new Dense(8);
    const net = new Sequential([d, d]);
    const before = memory().numTensors;
    expect(() => net.apply(ones([2, 4]))).toThrow(/Dense 'dense': expected an input of rank >= 2 with last dimension 4\. Received: input shape \(2, 8\)/);
    expect(d.built).toBe(false);
    expect(memory().numTensors).toBe(before + 1);
  });

  it('rejects what is not a layer, duplicate names and empty models', () => {
    const net = new Sequential();
    expect(() => net.add({} as never)).toThrow("Sequential 'sequential': add: expected a Layer (Dense, Flatten, Sequential, …). Received: an object");
    expect(() => net.apply(ones([1, 2]))).toThrow(LayerStateError);
    net.add(new Dense(2, { name: 'a' }));
    expect(() => net.add(new Dense(2, { name: 'a' }))).toThrow(/distinct names/);
    expect(net.layers).toHaveLength(1);
    expect(() => new Sequential('x' as never)).toThrow(InvalidArgumentError);
  });

  it('add on a built model builds the new layer, or rejects it unchanged', () => {
    const net = new Sequential([new Dense(4)]);
    net.apply(ones([1, 3])).dispose();
    net.add(new Dense(2));
    expect(net.weights.map((v) => v.name)).toEqual([
      'sequential/dense/kernel:0',
      'sequential/dense/bias:0',
      'sequential/dense_1/kernel:0',
      'sequential/dense_1/bias:0',
    ]);
    const odd = new Dense(2);
    odd.build([null, 7]);
    expect(() => net.add(odd)).toThrow(InputShapeError);
    expect(net.layers).toHaveLength(2);
    expect(net.apply(ones([1, 3])).shape).toEqual([1, 2]);
  });

  it('getConfig lists the layers with Keras class names', () => {
    const net = new Sequential([new Flatten(), new Dense(3, { activation: 'tanh' })], { name: 'mlp' });
    const config = net.getConfig() as { name: string; layers: { className: string; config: Record<string, unknown> }[] };
    expect(config.name).toBe('mlp');
    expect(config.layers.map((l) => l.className)).toEqual(['Flatten', 'Dense']);
    expect(config.layers[1]!.config).toMatchObject({ name: 'dense', units: 3, activation: 'tanh', useBias: true, trainable: true });
    expect(config.layers[1]!.config['kernelInitializer']).toMatchObject({ className: 'GlorotUniform' });
    expect(config.layers[1]!.config['biasInitializer']).toMatchObject({ className: 'Zeros' });
  });

  it('summary prints a Keras table', () => {
    const net = chapterNet();
    expect(() => net.summary()).toThrow(LayerStateError);
    net.apply(ones([2, 20])).dispose();
    // Keras 2.13+ prints exactly this for the same model.
    expect(net.summary()).toBe(
      [
        'Model: "sequential"',
        '_________________________________________________________________',
        ' Layer (type)                Output Shape              Param #   ',
        '=================================================================',
        ' flatten (Flatten)           (None, 20)                0         ',
        '                                                                 ',
        ' dense (Dense)               (None, 256)               5376      ',
        '                                                                 ',
        ' dense_1 (Dense)             (None, 10)                2570      ',
        '                                                                 ',
        '=================================================================',
        'Total params: 7946 (31.04 KB)',
        'Trainable params: 7946 (31.04 KB)',
        'Non-trainable params: 0 (0.00 Byte)',
        '_________________________________________________________________',
      ].join('\n'),
    );
    (net.layers[1] as Dense).trainable = false;
    expect(net.summary()).toContain('Trainable params: 2570 (10.04 KB)\nNon-trainable params: 5376 (21.00 KB)');
  });

  it('getWeights gives NDArrays that toNDArray agrees with', () => {
    const net = chapterNet();
    net.apply(ones([1, 20])).dispose();
    expect(net.getWeights()).toEqual(net.weights.map((v) => toNDArray(v)));
  });
});
