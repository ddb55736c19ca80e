/**
 * Base class of every error Lamina throws on purpose. Catch it to tell Lamina's
 * own validation and state errors apart from bugs.
 *
 * @example
 * ```ts
 * import { LaminaError, setSeed } from '@lamina/core-tensor';
 * try { setSeed(1.5); } catch (e) { console.log(e instanceof LaminaError); } // → true
 * ```
 */
export class LaminaError extends Error {
  override name = 'LaminaError';
}

/**
 * An argument did not have the expected type or value. The message names the
 * argument, what was expected and what was received.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError, setSeed } from '@lamina/core-tensor';
 * try { setSeed(1.5); } catch (e) {
 *   if (e instanceof InvalidArgumentError) console.log(e.message);
 *   // → setSeed: seed must be an integer between -(2^53-1) and 2^53-1. Received: seed=1.5
 * }
 * ```
 */
export class InvalidArgumentError extends LaminaError {
  override name = 'InvalidArgumentError';
}

/**
 * A backend could not be found, registered, started or used.
 *
 * @example
 * ```ts
 * import { BackendError, setBackend } from '@lamina/core-tensor';
 * await setBackend('nope').catch((e) => console.log(e instanceof BackendError)); // → true
 * ```
 */
export class BackendError extends LaminaError {
  override name = 'BackendError';
}

/**
 * A tensor operation ran before any backend was registered.
 *
 * @example
 * ```ts
 * // In a fresh program: no backend registered yet.
 * import { NoBackendError, tensor } from '@lamina/core-tensor';
 * try { tensor([1]); } catch (e) { console.log(e instanceof NoBackendError); } // → true
 * ```
 */
export class NoBackendError extends BackendError {
  override name = 'NoBackendError';
}

/**
 * A tensor or variable was used after `dispose()`.
 *
 * @example
 * ```ts
 * import { DisposedError, scalar, toNDArray } from '@lamina/core-tensor';
 * const t = scalar(1); t.dispose();
 * try { toNDArray(t); } catch (e) { console.log(e instanceof DisposedError); } // → true
 * ```
 */
export class DisposedError extends LaminaError {
  override name = 'DisposedError';
}

/**
 * Describes a received value for error messages: short, one line, never throws.
 *
 * @example
 * ```ts
 * import { formatValue } from '@lamina/core-tensor';
 * console.log(formatValue('x'), formatValue([1, 2]), formatValue(undefined)); // → 'x' [1, 2] undefined
 * ```
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (Array.isArray(value)) {
    const inner = value.slice(0, 8).map(formatValue).join(', ');
    return `[${inner}${value.length > 8 ? ', …' : ''}]`;
  }
  const ctor = (value as { constructor?: { name?: string } }).constructor?.name;
  return ctor !== undefined && ctor !== 'Object' ? `a ${ctor}` : 'an object';
}
