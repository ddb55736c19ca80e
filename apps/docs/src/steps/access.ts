import { getBackend, listBackends, randomUniform, type Tensor } from '@lamina/core-tensor';
import { Dense, Flatten, Sequential } from '@lamina/layers';
import { Printer } from '../lib/format.js';
import type { Session, Step } from './types.js';

/** The chapter's network: Flatten → Dense(256, relu) → Dense(10), kept in the session. */
function chapterMlp(session: Session): Sequential {
  const net = session.own(new Sequential());
  net.add(new Flatten());
  net.add(new Dense(256, { activation: 'relu' }));
  net.add(new Dense(10));
  return net;
}

/**
 * The session's `X` and `net`, which the "Building the MLP" cell creates;
 * later cells use them as the chapter's cells do.
 *
 * @example
 * ```ts
 * const { X, net } = needNet(session);
 * ```
 */
export function needNet(session: Session): { X: Tensor; net: Sequential } {
  if (session.X === undefined || session.net === undefined) {
    throw new Error('This cell uses `net` and `X` from the "Building the MLP" cell; run the chapter in order.');
  }
  return { X: session.X, net: session.net };
}

const backend: Step = {
  id: 'backend',
  section: 'Setup',
  title: 'Choosing a backend',
  prose:
    'An application picks its kernels once, at start-up: it registers the backend plugins it installed and ' +
    'switches to one. Tensors made before a switch keep their values.',
  code: `import { registerBackend, setBackend, getBackend, listBackends } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { wasm } from '@lamina/backend-wasm';

registerBackend(cpu());
registerBackend(wasm({ threads: 'auto' }));
await setBackend('wasm');            // or 'cpu'
console.log(getBackend());
console.log(listBackends().map((b) => b.name));`,
  run() {
    const out = new Printer();
    out.log(getBackend());
    out.log(listBackends().map((b) => b.name));
    return { output: out.text() };
  },
};

const mlp: Step = {
  id: 'mlp',
  section: 'Parameter access',
  title: 'Building the MLP',
  prose:
    'A multilayer perceptron with one hidden layer of 256 units. Layers build lazily: the weights exist ' +
    'once the network has seen its first input.',
  code: `import { randomUniform } from '@lamina/core-tensor';
import { Dense, Flatten, Sequential } from '@lamina/layers';

const net = new Sequential();
net.add(new Flatten());
net.add(new Dense(256, { activation: 'relu' }));
net.add(new Dense(10));

const X = randomUniform([2, 20]);
const Y = net.apply(X);
console.log(Y.shape);
console.log(Y);`,
  run(session) {
    const out = new Printer();
    const net = chapterMlp(session);
    const X = session.own(randomUniform([2, 20]));
    const Y = net.apply(X);
    out.log(Y.shape);
    out.log(Y);
    Y.dispose();
    session.X = X;
    session.net = net;
    return { output: out.text() };
  },
};

const weights: Step = {
  id: 'weights',
  section: 'Parameter access',
  title: 'Every parameter, by name',
  prose:
    '`net.weights` lists the variables in layer order, kernel before bias, with Keras names ' +
    '`<model>/<layer>/kernel:0`.',
  code: `for (const w of net.weights) console.log(w.name, w.shape);
console.log(net.countParams());`,
  run(session) {
    const { net } = needNet(session);
    const out = new Printer();
    for (const w of net.weights) out.log(w.name, w.shape);
    out.log(net.countParams());
    return { output: out.text() };
  },
};

const oneWeight: Step = {
  id: 'weight-0',
  section: 'Parameter access',
  title: 'One parameter',
  prose:
    'Each parameter is a `Variable`: a tensor with a name that can be updated in place. ' +
    'Printing it shows what TensorFlow prints.',
  code: `const w0 = net.weights[0];
console.log(w0.name);
console.log(w0.shape);
console.log(net.layers[2].weights[1]);    // the output layer's bias`,
  run(session) {
    const { net } = needNet(session);
    const out = new Printer();
    const w0 = net.weights[0]!;
    out.log(w0.name);
    out.log(w0.shape);
    out.log(net.layers[2]!.weights[1]!);
    return { output: out.text() };
  },
};

const getWeights: Step = {
  id: 'get-weights',
  section: 'Parameter access',
  title: 'All parameters at once',
  prose: '`getWeights()` copies every parameter to host memory as `NDArray`s, in the order of `net.weights`.',
  code: `const arrays = net.getWeights();
console.log(arrays.map((a) => a.shape));
console.log(arrays[3]);`,
  run(session) {
    const { net } = needNet(session);
    const out = new Printer();
    const arrays = net.getWeights();
    out.log(arrays.map((a) => a.shape));
    out.log(arrays[3]!);
    return { output: out.text() };
  },
};

const summary: Step = {
  id: 'summary',
  section: 'Parameter access',
  title: 'Summary',
  prose: 'The Keras-style table of layers, output shapes and parameter counts.',
  code: `console.log(net.summary());`,
  run(session) {
    const { net } = needNet(session);
    return { output: net.summary() };
  },
};

/** Setup and "Parameter access" cells. @example `accessSteps.map((s) => s.id)` */
export const accessSteps: readonly Step[] = [backend, mlp, weights, oneWeight, getWeights, summary];
