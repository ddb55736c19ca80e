import type { DataType, Tensor } from '@lamina/core-tensor';

/**
 * An initializer: a plain function from a shape (and an optional dtype,
 * `'float32'` when omitted) to a new tensor of that shape. A hand-written
 * function is a valid initializer as it is.
 *
 * @example
 * ```ts
 * import { fill } from '@lamina/core-tensor';
 * import { ones, type Initializer } from '@lamina/initializers';
 * const sevens: Initializer = (shape, dtype) => fill([...shape], 7, dtype);
 * const builtIn: Initializer = ones();
 * console.log(sevens([2]).arraySync(), builtIn([2]).arraySync()); // → [ 7, 7 ] [ 1, 1 ]
 * ```
 */
export type Initializer = (shape: readonly number[], dtype?: DataType) => Tensor;

/**
 * A built-in initializer: an {@link Initializer} that also carries its Keras
 * class name and config, so `serialize` can write it and `get` rebuild it.
 *
 * @example
 * ```ts
 * import { glorotUniform } from '@lamina/initializers';
 * const init = glorotUniform({ seed: 1 });
 * console.log(init.className, init.getConfig()); // → GlorotUniform { seed: 1 }
 * ```
 */
export interface BuiltinInitializer<C extends object = Record<string, unknown>> extends Initializer {
  /** Keras's class name, e.g. `'GlorotUniform'`. */
  readonly className: string;
  /** Keras's config: keys are the factory's option names; a fresh copy each call. */
  getConfig(): C;
}

/**
 * The serialized form of a built-in initializer, as Keras writes it.
 *
 * @example
 * ```ts
 * import { get, type SerializedInitializer } from '@lamina/initializers';
 * const s: SerializedInitializer = { className: 'RandomNormal', config: { stddev: 0.01 } };
 * const init = get(s);
 * ```
 */
export interface SerializedInitializer {
  readonly className: string;
  readonly config?: Readonly<Record<string, unknown>>;
}

/**
 * What `get` accepts: a Keras name in any spelling, an initializer function,
 * or a serialized `{ className, config }`.
 *
 * @example
 * ```ts
 * import { get, type InitializerIdentifier } from '@lamina/initializers';
 * const ids: InitializerIdentifier[] = ['he_normal', 'HeNormal', { className: 'Zeros' }];
 * ids.map(get);
 * ```
 */
export type InitializerIdentifier = string | Initializer | SerializedInitializer;

/**
 * A seed option: an integer, or `null`/absent for the global stream (Keras's `None`).
 *
 * @example
 * ```ts
 * import { randomNormal } from '@lamina/initializers';
 * randomNormal({ seed: null }) // draws from the global stream
 * ```
 */
export type SeedOption = number | null;
