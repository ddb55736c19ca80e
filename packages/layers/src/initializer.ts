import { InvalidArgumentError, Tensor, formatValue, tidy } from '@lamina/core-tensor';
import type { DataType } from '@lamina/core-tensor';
import { get, serialize } from '@lamina/initializers';

/** What `kernelInitializer`/`biasInitializer` accept: anything `@lamina/initializers`' `get` resolves. */
export type InitializerIdentifier = Parameters<typeof get>[0];

/** A resolved initializer: `(shape, dtype) => Tensor`. */
export type InitializerFn = (shape: readonly number[], dtype?: DataType) => Tensor;

/** Resolves an identifier with `@lamina/initializers`' `get`, naming the option on failure. */
export function resolveInitializer(id: InitializerIdentifier, where: string, option: string): InitializerFn {
  try {
    return get(id) as InitializerFn;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new InvalidArgumentError(`${where}: ${option} is not a valid initializer. Received: ${option}=${formatValue(id)}. ${reason}`);
    (error as { cause?: unknown }).cause = cause;
    throw error;
  }
}

/** The config form of an initializer: `{ className, config }` for built-ins, the function itself otherwise. */
export function initializerConfig(init: InitializerFn): unknown {
  const named = init as InitializerFn & { className?: unknown };
  return typeof named.className === 'string' ? serialize(init as Parameters<typeof serialize>[0]) : init;
}

/**
 * Calls an initializer and checks what it returns: a live tensor of exactly
 * `shape` and `dtype`. Intermediate tensors a hand-written initializer makes
 * are freed; a wrong result is freed and reported with the variable's name.
 */
export function draw(init: InitializerFn, shape: readonly number[], dtype: DataType, what: string): Tensor {
  const value = tidy(() => init([...shape], dtype));
  if (!(value instanceof Tensor)) {
    throw new InvalidArgumentError(`${what}: the initializer must return a Tensor. Received: ${formatValue(value)}`);
  }
  const sameShape = value.shape.length === shape.length && value.shape.every((d, i) => d === shape[i]);
  if (!sameShape || value.dtype !== dtype) {
    const received = `shape [${value.shape.join(', ')}], dtype ${value.dtype}`;
    value.dispose();
    throw new InvalidArgumentError(
      `${what}: the initializer returned a tensor of the wrong shape or dtype. Expected: shape [${shape.join(', ')}], dtype ${dtype}. Received: ${received}`,
    );
  }
  return value;
}
