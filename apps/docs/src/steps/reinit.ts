import { constant } from '@lamina/initializers';
import { describe } from '@lamina/inspect';
import type { Variable } from '@lamina/core-tensor';
import { Printer } from '../lib/format.js';
import { needNet } from './access.js';
import type { Step } from './types.js';

const reinitialize: Step = {
  id: 'reinit',
  section: 'Re-initializing a built model',
  title: 'reinitialize, with a filter',
  prose:
    'Keras has no way to re-draw the weights of a built model. `reinitialize` does it in place: the same `Variable` ' +
    'objects get new values. A `filter` (a RegExp on names, or a predicate) picks which ones; overrides apply to ' +
    'this call only.',
  code: `const kernel = net.weights[2];            // sequential/dense_1/kernel:0
net.reinitialize({ filter: /dense_1\\//, kernelInitializer: constant(1), biasInitializer: constant(0.5) });
console.log(net.weights[2] === kernel);
for (const w of net.weights) console.log(w.name, describe(w));

// A predicate: every kernel again, each with its own initializer (glorotUniform).
net.reinitialize({ filter: (v) => v.name.endsWith('/kernel:0') });
console.log(describe(kernel));
console.log(net.apply(X));`,
  run(session) {
    const { X, net } = needNet(session);
    const out = new Printer();
    const kernel = net.weights[2]!;
    net.reinitialize({ filter: /dense_1\//, kernelInitializer: constant(1), biasInitializer: constant(0.5) });
    out.log(net.weights[2] === kernel);
    for (const w of net.weights) out.log(w.name, describe(w));
    out.log('');
    net.reinitialize({ filter: (v: Variable) => v.name.endsWith('/kernel:0') });
    out.log(describe(kernel));
    const Y = net.apply(X);
    out.log(Y);
    Y.dispose();
    return { output: out.text() };
  },
};

/** The re-initialization cell. @example `reinitSteps[0].id // 'reinit'` */
export const reinitSteps: readonly Step[] = [reinitialize];
