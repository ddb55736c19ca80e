import { InvalidArgumentError, LaminaError } from '@lamina/core-tensor';

/**
 * `get` was given a name (or `className`) that no initializer has. The
 * message lists the closest valid names; `suggestions` holds them too.
 *
 * @example
 * ```ts
 * import { get, UnknownInitializerError } from '@lamina/initializers';
 * try { get('glorot_unifrom'); } catch (e) {
 *   if (e instanceof UnknownInitializerError) console.log(e.suggestions); // → [ 'glorot_uniform', 'random_uniform', 'glorot_normal' ]
 * }
 * ```
 */
export class UnknownInitializerError extends InvalidArgumentError {
  override name = 'UnknownInitializerError';
  constructor(
    message: string,
    /** The closest valid names, best first. */
    readonly suggestions: readonly string[],
  ) {
    super(message);
  }
}

/**
 * An initializer returned something other than a tensor of the requested
 * shape and dtype. Thrown by `callInitializer`, which disposes the wrong result.
 *
 * @example
 * ```ts
 * import { callInitializer, InitializerResultError } from '@lamina/initializers';
 * import { zeros } from '@lamina/core-tensor';
 * try { callInitializer(() => zeros([3]), [2, 2], 'float32', 'kernel'); } catch (e) {
 *   console.log(e instanceof InitializerResultError); // → true
 * }
 * ```
 */
export class InitializerResultError extends LaminaError {
  override name = 'InitializerResultError';
}
