import { InvalidArgumentError, LaminaError, formatValue, tidy } from '@lamina/core-tensor';
import type { DataType, Tensor } from '@lamina/core-tensor';
import { callInitializer, get, serialize } from '@lamina/initializers';
import type { BuiltinInitializer, Initializer, InitializerIdentifier } from '@lamina/initializers';

export type { Initializer, InitializerIdentifier };

/** Resolves an identifier with `@lamina/initializers`' `get`; its typed error gains the option's name. */
export function resolveInitializer(id: InitializerIdentifier, where: string, option: string): Initializer {
  try {
    return get(id);
  } catch (cause) {
    if (cause instanceof LaminaError) {
      // Keep the error's class (e.g. UnknownInitializerError) and say which option was wrong.
      cause.message = `${where}: ${option}: ${cause.message}`;
      throw cause;
    }
    throw new InvalidArgumentError(`${where}: ${option} is not a valid initializer. Received: ${option}=${formatValue(id)}`);
  }
}

/** The config form of an initializer: `{ className, config }` for built-ins, the function itself otherwise. */
export function initializerConfig(init: Initializer): unknown {
  return typeof (init as { className?: unknown }).className === 'string'
    ? serialize(init as BuiltinInitializer<object>)
    : init;
}

/**
 * Draws a variable's value with `callInitializer` (which checks shape and
 * dtype and frees a wrong result); `tidy` frees whatever intermediate tensors
 * a hand-written initializer leaves behind.
 */
export function draw(init: Initializer, shape: readonly number[], dtype: DataType, name: string, where: string): Tensor {
  try {
    return tidy(() => callInitializer(init, [...shape], dtype, name));
  } catch (error) {
    if (error instanceof LaminaError) error.message = `${where}: ${error.message}`;
    throw error;
  }
}
