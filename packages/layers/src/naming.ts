// Keras keeps one counter per name prefix for the whole process (`backend.get_uid`):
// the first Dense is `dense`, the next `dense_1`, whatever model they end up in.
const counters = new Map<string, number>();
// Keras builds a layer inside the name scopes of the models that contain it, so a
// variable is named `<model>/<layer>/kernel:0`; this stack plays that role.
const scopes: string[] = [];

/**
 * Keras's `to_snake_case` of a class name: `Dense` → `dense`, `MyBlock` → `my_block`.
 *
 * @example
 * ```ts
 * import { toSnakeCase } from '@lamina/layers';
 * console.log(toSnakeCase('BatchNormalization')); // → batch_normalization
 * ```
 */
export function toSnakeCase(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * Next automatic name for a prefix: `dense`, then `dense_1`, `dense_2`, …
 * Names given by the user do not advance the counters (as in Keras).
 *
 * @example
 * ```ts
 * import { uniqueName } from '@lamina/layers';
 * console.log(uniqueName('dense'), uniqueName('dense')); // → dense dense_1
 * ```
 */
export function uniqueName(prefix: string): string {
  const n = counters.get(prefix) ?? 0;
  counters.set(prefix, n + 1);
  return n === 0 ? prefix : `${prefix}_${n}`;
}

/**
 * Resets the automatic layer and model names, like Keras's
 * `keras.backend.clear_session()`: the next Sequential is `sequential` again and
 * the next Dense `dense`. Existing layers and variables are left alone (their
 * names may now repeat, which Lamina variables allow).
 *
 * @example
 * ```ts
 * import { Dense, clearSession } from '@lamina/layers';
 * console.log(new Dense(4).name, new Dense(4).name); // → dense dense_1
 * clearSession();
 * console.log(new Dense(4).name); // → dense
 * ```
 */
export function clearSession(): void {
  counters.clear();
}

/** Runs `fn` inside the name scope `name` (nested scopes join with `/`). */
export function withNameScope<T>(name: string, fn: () => T): T {
  scopes.push(name);
  try {
    return fn();
  } finally {
    scopes.pop();
  }
}

/** The full Keras name of a variable created now: `sequential/dense/kernel:0`. */
export function variableName(name: string): string {
  return `${[...scopes, name].join('/')}:0`;
}
