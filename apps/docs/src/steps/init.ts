// The initializers package has its own randomUniform (a factory); the tensor op is renamed here.
import { add, mul, randomUniform as uniformTensor, tfjs, tidy, type DataType, type Tensor } from '@lamina/core-tensor';
import { constant, glorotNormal, randomNormal, zeros } from '@lamina/initializers';
import { describe } from '@lamina/inspect';
import { Dense, Flatten, Sequential } from '@lamina/layers';
import { myInitDensity, normalDensity, truncatedNormalDensity } from '../lib/density.js';
import { Printer } from '../lib/format.js';
import { needNet } from './access.js';
import { plotOf } from './plot.js';
import type { Step } from './types.js';

const initNormal: Step = {
  id: 'init-normal',
  section: 'Parameter initialization',
  title: 'Built-in initializers: normal and zeros',
  prose:
    'Initializers are passed per layer. Here the hidden kernel is drawn from N(0, 0.01²) and its bias is zero.',
  code: `import { randomNormal, zeros } from '@lamina/initializers';

const net = new Sequential([
  new Flatten(),
  new Dense(256, {
    activation: 'relu',
    kernelInitializer: randomNormal({ mean: 0, stddev: 0.01 }),
    biasInitializer: zeros(),
  }),
  new Dense(10),
]);
net.apply(X);
console.log(net.weights[0]);
console.log(describe(net.weights[0]));
console.log(describe(net.weights[1]));`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const net = session.own(
      new Sequential([
        new Flatten(),
        new Dense(256, {
          activation: 'relu',
          kernelInitializer: randomNormal({ mean: 0, stddev: 0.01 }),
          biasInitializer: zeros(),
        }),
        new Dense(10),
      ]),
    );
    net.apply(X).dispose();
    const kernel = net.weights[0]!;
    out.log(kernel);
    out.log(describe(kernel));
    out.log(describe(net.weights[1]!));
    return { output: out.text(), histograms: [plotOf('randomNormal({ mean: 0, stddev: 0.01 })', kernel, normalDensity(0, 0.01))] };
  },
};

const initConstant: Step = {
  id: 'init-constant',
  section: 'Parameter initialization',
  title: 'A constant',
  prose: 'Every kernel entry set to 1: a poor choice for learning (all units stay alike), but easy to check.',
  code: `import { constant, zeros } from '@lamina/initializers';

const net = new Sequential([
  new Flatten(),
  new Dense(256, { activation: 'relu', kernelInitializer: constant(1), biasInitializer: zeros() }),
  new Dense(10),
]);
net.apply(X);
console.log(net.weights[0]);
console.log(describe(net.weights[0]));
console.log(net.weights[1].shape, describe(net.weights[1]));`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const net = session.own(
      new Sequential([
        new Flatten(),
        new Dense(256, { activation: 'relu', kernelInitializer: constant(1), biasInitializer: zeros() }),
        new Dense(10),
      ]),
    );
    net.apply(X).dispose();
    const kernel = net.weights[0]!;
    out.log(kernel);
    out.log(describe(kernel));
    out.log(net.weights[1]!.shape, describe(net.weights[1]!));
    const pointMass = { label: 'all mass at 1', pdf: () => 0, atoms: [{ x: 1, mass: 1 }] };
    return { output: out.text(), histograms: [plotOf('constant(1)', kernel, pointMass)] };
  },
};

// Keras's TruncatedNormal cut at ±2σ has std 0.8796 σ; VarianceScaling divides it out.
const TRUNCATED_STD = 0.87962566103423978;

const initGlorot: Step = {
  id: 'init-glorot',
  section: 'Parameter initialization',
  title: 'Different initializers per layer',
  prose:
    'Glorot (Xavier) normal for the hidden layer, the constant 42 for the output layer. Glorot normal draws from a ' +
    'normal truncated at two standard deviations, scaled to keep the variance at 2 / (fan_in + fan_out).',
  code: `import { constant, glorotNormal } from '@lamina/initializers';

const net = new Sequential([
  new Flatten(),
  new Dense(256, { activation: 'relu', kernelInitializer: glorotNormal() }),
  new Dense(10, { kernelInitializer: constant(42) }),
]);
net.apply(X);
console.log(net.layers[1].weights[0]);
console.log(net.layers[2].weights[0]);`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const net = session.own(
      new Sequential([
        new Flatten(),
        new Dense(256, { activation: 'relu', kernelInitializer: glorotNormal() }),
        new Dense(10, { kernelInitializer: constant(42) }),
      ]),
    );
    net.apply(X).dispose();
    const kernel = net.layers[1]!.weights[0]!;
    out.log(kernel);
    out.log(net.layers[2]!.weights[0]!);
    const [fanIn, fanOut] = kernel.shape as [number, number];
    const sigma = Math.sqrt(2 / (fanIn + fanOut)) / TRUNCATED_STD;
    return { output: out.text(), histograms: [plotOf('glorotNormal()', kernel, truncatedNormalDensity(0, sigma))] };
  },
};

/** The chapter's my_init, written as a user would: any `(shape, dtype)` function is an initializer. */
function makeMyInit(out: Printer): (shape: readonly number[], dtype?: DataType) => Tensor {
  return (shape, dtype) => {
    out.log('Init', shape);
    return tidy(() => {
      const data = uniformTensor(shape, -10, 10);
      const factor = tfjs.cast(tfjs.greaterEqual(tfjs.abs(data), 5), 'float32');
      return tfjs.cast(mul(data, factor), dtype ?? 'float32');
    });
  };
}

const initCustom: Step = {
  id: 'init-custom',
  section: 'Parameter initialization',
  title: 'Your own initializer',
  prose:
    'Any function `(shape, dtype) => Tensor` is an initializer. This one draws from U(-10, 10) and zeroes every ' +
    'weight with |w| < 5, as in the chapter.',
  code: `import { randomUniform, mul, tidy, tfjs } from '@lamina/core-tensor';

function myInit(shape: readonly number[], dtype?: DataType): Tensor {
  console.log('Init', shape);
  return tidy(() => {
    const data = randomUniform(shape, -10, 10);
    const factor = tfjs.cast(tfjs.greaterEqual(tfjs.abs(data), 5), 'float32');
    return tfjs.cast(mul(data, factor), dtype ?? 'float32');
  });
}

const net = new Sequential([
  new Flatten(),
  new Dense(256, { activation: 'relu', kernelInitializer: myInit }),
  new Dense(10),
]);
net.apply(X);
console.log(net.layers[1].weights[0]);`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const net = session.own(
      new Sequential([
        new Flatten(),
        new Dense(256, { activation: 'relu', kernelInitializer: makeMyInit(out) }),
        new Dense(10),
      ]),
    );
    net.apply(X).dispose();
    const kernel = net.layers[1]!.weights[0]!;
    out.log(kernel);
    session.custom = net;
    return { output: out.text(), histograms: [plotOf('myInit', kernel, myInitDensity())] };
  },
};

const setDirectly: Step = {
  id: 'init-direct',
  section: 'Parameter initialization',
  title: 'Setting values directly',
  prose:
    'A `Variable` can be assigned a new tensor; `setWeights` writes host arrays back (here after editing ' +
    'one entry of the copy `getWeights` returned).',
  code: `const dense = net.layers[1];
const kernel = dense.weights[0];
kernel.assign(add(kernel, 1));
const [k, b] = dense.getWeights();
k.data[0] = 42;                      // k is a host copy: edit it, then write it back
dense.setWeights([k, b]);
console.log(kernel);`,
  run(session) {
    const net = session.custom;
    if (net === undefined) throw new Error('This cell uses `net` from the "Your own initializer" cell.');
    const out = new Printer();
    const dense = net.layers[1]!;
    const kernel = dense.weights[0]!;
    tidy(() => kernel.assign(add(kernel, 1)));
    const [k, b] = dense.getWeights();
    k!.data[0] = 42;
    dense.setWeights([k!, b!]);
    out.log(kernel);
    return { output: out.text() };
  },
};

/** "Parameter initialization" cells, each with a histogram. @example `initSteps.length` */
export const initSteps: readonly Step[] = [initNormal, initConstant, initGlorot, initCustom, setDirectly];
