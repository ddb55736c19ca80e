import { fill, formatValue, InvalidArgumentError } from '@lamina/core-tensor';
import { builtin } from './builtin.js';
import { checkCall, finite } from './options.js';
import type { BuiltinInitializer } from './types.js';

/**
 * Initializer that fills with 0 (Keras `Zeros`). Works for float32 and int32.
 *
 * @example
 * ```ts
 * import { zeros } from '@lamina/initializers';
 * console.log(zeros()([4]).arraySync()); // → [ 0, 0, 0, 0 ]
 * ```
 */
export function zeros(): BuiltinInitializer<Record<string, never>> {
  return builtin('Zeros', {}, (shape, dtype) => {
    checkCall(shape, dtype, 'fill', 'Zeros');
    return fill([...shape], 0, dtype);
  });
}

/**
 * Initializer that fills with 1 (Keras `Ones`). Works for float32 and int32.
 *
 * @example
 * ```ts
 * import { ones } from '@lamina/initializers';
 * console.log(ones()([2, 2]).arraySync()); // → [ [ 1, 1 ], [ 1, 1 ] ]
 * ```
 */
export function ones(): BuiltinInitializer<Record<string, never>> {
  return builtin('Ones', {}, (shape, dtype) => {
    checkCall(shape, dtype, 'fill', 'Ones');
    return fill([...shape], 1, dtype);
  });
}

/**
 * Options of {@link constant}.
 *
 * @example
 * ```ts
 * import { constant } from '@lamina/initializers';
 * constant({ value: 0.5 });
 * ```
 */
export interface ConstantOptions {
  /** The fill value (Keras default 0). */
  readonly value?: number;
}

/**
 * Initializer that fills with one value (Keras `Constant`). Accepts the
 * value itself or `{ value }`; for int32 the value is truncated toward zero,
 * as Keras's cast does.
 *
 * @example
 * ```ts
 * import { constant } from '@lamina/initializers';
 * console.log(constant(0.5)([3]).arraySync()); // → [ 0.5, 0.5, 0.5 ]
 * console.log(constant({ value: 42 })([2]).arraySync()); // → [ 42, 42 ]
 * ```
 */
export function constant(value?: number | ConstantOptions): BuiltinInitializer<{ value: number }> {
  let raw: unknown = value;
  if (value !== null && typeof value === 'object') raw = value.value;
  else if (value !== undefined && typeof value !== 'number') {
    throw new InvalidArgumentError(
      `Constant: value must be a finite number or { value }. Received: ${formatValue(value)}`,
    );
  }
  const v = finite(raw ?? 0, 'value', 'Constant');
  return builtin('Constant', { value: v }, (shape, dtype) => {
    checkCall(shape, dtype, 'fill', 'Constant');
    return fill([...shape], dtype === 'int32' ? Math.trunc(v) : v, dtype);
  });
}
