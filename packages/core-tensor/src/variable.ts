import * as tf from '@tensorflow/tfjs-core';
import type { DataType, Tensor, Variable } from '@tensorflow/tfjs-core';
import { requireBackend } from './backend/registry.js';
import { InvalidArgumentError, formatValue } from './errors.js';

let internalId = 0;

/**
 * Creates a variable, like `tf.variable`, except that `name` may repeat:
 * Keras names such as `sequential/dense/kernel:0` come back after
 * `clearSession()` while older models still live. The TensorFlow.js registry
 * keeps the variable under a unique internal key; `name` is the given one.
 *
 * @example
 * ```ts
 * import { variable, zeros } from '@lamina/core-tensor';
 * const v = variable(zeros([2, 2]), true, 'sequential/dense/kernel:0');
 * console.log(v.name); // → sequential/dense/kernel:0
 * ```
 */
export function variable(
  initialValue: Tensor,
  trainable = true,
  name?: string,
  dtype?: DataType,
): Variable {
  requireBackend();
  if (!(initialValue instanceof tf.Tensor)) {
    throw new InvalidArgumentError(`variable: initialValue must be a Tensor. Received: ${formatValue(initialValue)}`);
  }
  if (name === undefined) return tf.variable(initialValue, trainable, undefined, dtype);
  if (typeof name !== 'string' || name.length === 0) {
    throw new InvalidArgumentError(`variable: name must be a non-empty string. Received: name=${formatValue(name)}`);
  }
  internalId += 1;
  const key = `${name}#lamina${internalId}`;
  const v = tf.variable(initialValue, trainable, key, dtype);
  Object.defineProperty(v, 'name', { value: name, enumerable: true, configurable: true, writable: false });
  const disposeOriginal = v.dispose.bind(v);
  Object.defineProperty(v, 'dispose', {
    configurable: true,
    value: (): void => {
      if (v.isDisposed) return;
      const registered = (tf.engine() as unknown as { state: { registeredVariables: Record<string, Variable> } })
        .state.registeredVariables;
      if (registered[key] === v) delete registered[key];
      disposeOriginal();
    },
  });
  return v;
}
