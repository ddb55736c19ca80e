import { InvalidArgumentError, formatValue, tensor } from '@lamina/core-tensor';
import { builtin } from './builtin.js';
import { checkCall, checkOptions, finite } from './options.js';
import type { BuiltinInitializer } from './types.js';

/**
 * Options of {@link identity}.
 *
 * @example
 * ```ts
 * import { identity } from '@lamina/initializers';
 * identity({ gain: 0.5 });
 * ```
 */
export interface IdentityOptions {
  /** Value of the diagonal (default 1). */
  readonly gain?: number;
}

/**
 * Config of {@link identity}.
 *
 * @example
 * ```ts
 * import { identity } from '@lamina/initializers';
 * console.log(identity().getConfig()); // → { gain: 1 }
 * ```
 */
export interface IdentityConfig {
  gain: number;
}

/**
 * Initializer producing `gain` times the identity matrix (Keras `Identity`).
 * Only for 2-D shapes; non-square is allowed (ones on the main diagonal).
 * For int32 the gain is truncated toward zero.
 *
 * @example
 * ```ts
 * import { identity } from '@lamina/initializers';
 * console.log(identity({ gain: 2 })([2, 3]).arraySync()); // → [ [ 2, 0, 0 ], [ 0, 2, 0 ] ]
 * ```
 */
export function identity(options?: IdentityOptions): BuiltinInitializer<IdentityConfig> {
  checkOptions(options, 'Identity');
  const gain = finite(options?.gain ?? 1, 'gain', 'Identity');
  return builtin('Identity', { gain }, (shape, dtype) => {
    const size = checkCall(shape, dtype, 'fill', 'Identity');
    if (shape.length !== 2) {
      throw new InvalidArgumentError(
        `Identity: can only initialize 2-D matrices. Received: shape=${formatValue(shape)} of rank ${shape.length}`,
      );
    }
    const [rows, cols] = shape as [number, number];
    const out = dtype === 'int32' ? new Int32Array(size) : new Float32Array(size);
    const g = dtype === 'int32' ? Math.trunc(gain) : gain;
    for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = g;
    return tensor(out, [rows, cols], dtype);
  });
}
