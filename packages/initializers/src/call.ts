import { Tensor, formatValue } from '@lamina/core-tensor';
import type { DataType } from '@lamina/core-tensor';
import { InitializerResultError } from './errors.js';
import type { Initializer } from './types.js';

function label(init: Initializer): string {
  const className = (init as { className?: unknown }).className;
  if (typeof className === 'string') return className;
  return init.name !== '' ? init.name : '(anonymous)';
}

/**
 * Calls an initializer and checks what it returned: a live tensor of exactly
 * `shape` and `dtype`. Otherwise throws {@link InitializerResultError}
 * naming the initializer, the weight and both shapes, after disposing the
 * wrong tensor so nothing leaks. Layers use it for every weight they create,
 * so a hand-written initializer's mistake is caught where it happens.
 *
 * @example
 * ```ts
 * import { callInitializer, glorotUniform } from '@lamina/initializers';
 * const kernel = callInitializer(glorotUniform(), [20, 256], 'float32', 'dense/kernel');
 * ```
 */
export function callInitializer(
  init: Initializer,
  shape: readonly number[],
  dtype: DataType = 'float32',
  name?: string,
): Tensor {
  const who = `initializer ${label(init)}${name === undefined ? '' : ` (for ${name})`}`;
  const want = `shape ${formatValue([...shape])} and dtype '${dtype}'`;
  const out: unknown = init(shape, dtype);
  if (!(out instanceof Tensor)) {
    throw new InitializerResultError(
      `callInitializer: ${who} must return a Tensor of ${want}. Received: ${formatValue(out)}`,
    );
  }
  if (out.isDisposed) {
    throw new InitializerResultError(`callInitializer: ${who} returned a disposed tensor; expected a new Tensor of ${want}.`);
  }
  const got: readonly number[] = out.shape;
  const sameShape = got.length === shape.length && got.every((d, i) => d === shape[i]);
  if (!sameShape || out.dtype !== dtype) {
    const received = `shape=${formatValue([...got])}, dtype='${out.dtype}'`;
    out.dispose();
    throw new InitializerResultError(`callInitializer: ${who} must return ${want}. Received: ${received}`);
  }
  return out;
}
