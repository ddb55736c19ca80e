import { ndarray, toNDArray } from '@lamina/core-tensor';
import { getPrintOptions, histogram, repr } from '@lamina/inspect';
import { Printer } from '../lib/format.js';
import { needNet } from './access.js';
import type { Step } from './types.js';

const printing: Step = {
  id: 'printing',
  section: 'Printing',
  title: 'Printing like Python',
  prose:
    '`repr` prints an `NDArray`, `Tensor` or `Variable` exactly as numpy and TensorFlow do, with numpy’s print ' +
    'options; `histogram` bins values like `numpy.histogram`.',
  code: `import { repr, getPrintOptions, histogram } from '@lamina/inspect';

const Y = net.apply(X);
console.log(repr(Y, { precision: 3 }));
console.log(repr(toNDArray(Y), { precision: 4, suppress: true }));
console.log(repr(net.weights[0], { legacy: '2.1', edgeitems: 2 }));
console.log(getPrintOptions());
const { edges, counts } = histogram(net.weights[0], { bins: 4 });
console.log(counts);
console.log(repr(ndarray(edges, [edges.length])));`,
  run(session) {
    const { X, net } = needNet(session);
    const out = new Printer();
    const Y = net.apply(X);
    out.log(repr(Y, { precision: 3 }));
    out.log(repr(toNDArray(Y), { precision: 4, suppress: true }));
    out.log(repr(net.weights[0]!, { legacy: '2.1', edgeitems: 2 }));
    out.log(getPrintOptions());
    const { edges, counts } = histogram(net.weights[0]!, { bins: 4 });
    out.log(counts);
    out.log(repr(ndarray(edges, [edges.length])));
    Y.dispose();
    return { output: out.text() };
  },
};

/** The printing cell. @example `printingSteps[0].title` */
export const printingSteps: readonly Step[] = [printing];
