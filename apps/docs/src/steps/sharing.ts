import { add, dispose, sub, sum, tfjs, tidy, variableGrads, type Tensor, type Variable } from '@lamina/core-tensor';
import { Dense, Flatten, Sequential } from '@lamina/layers';
import { Printer } from '../lib/format.js';
import { needNet } from './access.js';
import type { Session, Step } from './types.js';

/** ∂ sum(net(X)) / ∂v for each of `vars`, as host-free tensors the caller disposes. */
function gradsOf(net: Sequential, X: Tensor, vars: readonly Variable[]): Tensor[] {
  const { value, grads } = variableGrads(() => sum(net.apply(X)), net.trainableWeights);
  value.dispose();
  const picked = vars.map((v) => grads[v.name]!);
  dispose(Object.values(grads).filter((g) => !picked.includes(g)));
  return picked;
}

/**
 * Compares the gradient of the shared kernel with the sum of the gradients of
 * the same network where the two uses are independent copies holding the same
 * values: the chain rule says they are equal.
 */
function summedGradient(session: Session, net: Sequential, shared: Dense, secondActivation: 'relu' | 'tanh', out: Printer): void {
  const { X } = needNet(session);
  const untied = session.own(
    new Sequential([
      new Flatten(),
      new Dense(8, { activation: 'relu' }),
      new Dense(8, { activation: 'relu' }),
      new Dense(8, { activation: secondActivation }),
      new Dense(1),
    ]),
  );
  untied.apply(X).dispose();
  const [k0, b0, k, b, k3, b3] = net.getWeights();
  untied.setWeights([k0!, b0!, k!, b!, k!, b!, k3!, b3!]);
  const [gShared] = gradsOf(net, X, [shared.kernel!]);
  const [gUse1, gUse2] = gradsOf(untied, X, [untied.layers[2]!.weights[0]!, untied.layers[3]!.weights[0]!]);
  tidy(() => {
    out.log(gShared!.shape);
    out.log(tfjs.max(tfjs.abs(sub(gShared!, add(gUse1!, gUse2!)))));
  });
  dispose([gShared!, gUse1!, gUse2!]);
}

function gradientCode(second: 'relu' | 'tanh'): string {
  return `// The gradient of a shared variable is the sum over its uses. Check it against
// the same network where the two uses are independent layers holding the same values.
const untied = new Sequential([new Flatten(), new Dense(8, { activation: 'relu' }),
  new Dense(8, { activation: 'relu' }), new Dense(8, { activation: '${second}' }), new Dense(1)]);
untied.apply(X);
const [k0, b0, k, b, k3, b3] = net.getWeights();
untied.setWeights([k0, b0, k, b, k, b, k3, b3]);

const loss = (model: Sequential) => () => sum(model.apply(X));
const gShared = variableGrads(loss(net), net.trainableWeights).grads[shared.kernel.name];
const g = variableGrads(loss(untied), untied.trainableWeights).grads;
const gUse1 = g[untied.layers[2].weights[0].name];
const gUse2 = g[untied.layers[3].weights[0].name];
console.log(gShared.shape);
console.log(tfjs.max(tfjs.abs(sub(gShared, add(gUse1, gUse2)))));`;
}

const sameInstance: Step = {
  id: 'share-instance',
  section: 'Tied parameters',
  title: 'Sharing by adding one layer twice',
  prose:
    'Adding the same layer instance twice makes both uses one set of variables (as in Keras): an update through one ' +
    'use shows in the other, and `net.weights` lists the pair once.',
  code: `const shared = new Dense(8, { activation: 'relu' });
const net = new Sequential([new Flatten(), new Dense(8, { activation: 'relu' }), shared, shared, new Dense(1)]);
net.apply(X);
console.log(net.layers[2] === net.layers[3]);
console.log(net.layers[2].weights[0] === net.layers[3].weights[0]);
for (const w of net.weights) console.log(w.name, w.shape);
console.log(net.summary());          // the second use is marked, its parameters counted once

const [w, v] = net.layers[2].getWeights();
w.data[0] = 100;
net.layers[2].setWeights([w, v]);
console.log(net.layers[3].getWeights()[0].data[0]);

${gradientCode('relu')}`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const shared = new Dense(8, { activation: 'relu' });
    const net = session.own(
      new Sequential([new Flatten(), new Dense(8, { activation: 'relu' }), shared, shared, new Dense(1)]),
    );
    net.apply(X).dispose();
    out.log(net.layers[2] === net.layers[3]);
    out.log(net.layers[2]!.weights[0] === net.layers[3]!.weights[0]);
    for (const w of net.weights) out.log(w.name, w.shape);
    out.log(net.summary());
    const [k, b] = net.layers[2]!.getWeights();
    k!.data[0] = 100;
    net.layers[2]!.setWeights([k!, b!]);
    out.log(net.layers[3]!.getWeights()[0]!.data[0]);
    out.log('');
    summedGradient(session, net, shared, 'relu', out);
    return { output: out.text() };
  },
};

const shareOption: Step = {
  id: 'share-option',
  section: 'Tied parameters',
  title: 'Sharing with the share option',
  prose:
    '`new Dense(units, { share: other })` makes a new layer, with its own activation, on `other`’s kernel and bias ' +
    '(Gluon’s `params=shared.params`). Built on its own, `shared` names its variables without a model prefix.',
  code: `const shared = new Dense(8, { activation: 'relu' });
shared.build([null, 8]);             // share needs a built layer: its variables must exist
const tied = new Dense(8, { activation: 'tanh', share: shared });
const net = new Sequential([new Flatten(), new Dense(8, { activation: 'relu' }), shared, tied, new Dense(1)]);
net.apply(X);
console.log(tied === shared, tied.kernel === shared.kernel, tied.bias === shared.bias);
for (const w of net.weights) console.log(w.name, w.shape);

${gradientCode('tanh')}`,
  run(session) {
    const { X } = needNet(session);
    const out = new Printer();
    const shared = new Dense(8, { activation: 'relu' });
    shared.build([null, 8]);
    const tied = new Dense(8, { activation: 'tanh', share: shared });
    const net = session.own(
      new Sequential([new Flatten(), new Dense(8, { activation: 'relu' }), shared, tied, new Dense(1)]),
    );
    net.apply(X).dispose();
    out.log(tied === shared, tied.kernel === shared.kernel, tied.bias === shared.bias);
    for (const w of net.weights) out.log(w.name, w.shape);
    out.log('');
    summedGradient(session, net, shared, 'tanh', out);
    return { output: out.text() };
  },
};

/** "Tied parameters" cells. @example `sharingSteps.map((s) => s.title)` */
export const sharingSteps: readonly Step[] = [sameInstance, shareOption];
