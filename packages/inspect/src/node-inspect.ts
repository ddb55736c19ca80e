import { DisposedError, Tensor } from '@lamina/core-tensor';
import { shapeText } from './array-repr.js';
import { repr } from './repr.js';

/*
 * The package's one side effect: Node's console.log and util.inspect print
 * tensors and variables as TensorFlow does. A disposed tensor prints a
 * placeholder, as TensorFlow prints `numpy=<unavailable>`, because a
 * console.log must not throw.
 */
const custom = Symbol.for('nodejs.util.inspect.custom');

Object.defineProperty(Tensor.prototype, custom, {
  configurable: true,
  writable: true,
  enumerable: false,
  value: function inspectTensor(this: Tensor): string {
    try {
      return repr(this);
    } catch (e) {
      if (!(e instanceof DisposedError)) throw e;
      return `<tf.Tensor: shape=${shapeText(this.shape)}, dtype=${this.dtype}, numpy=<disposed>>`;
    }
  },
});
