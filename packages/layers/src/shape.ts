import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';

/**
 * A shape with an unknown batch size: `[null, 20]` is Keras's `(None, 20)`.
 *
 * @example
 * ```ts
 * import { Dense, type Shape } from '@lamina/layers';
 * const input: Shape = [null, 20];
 * console.log(new Dense(4).computeOutputShape(input)); // → [ null, 4 ]
 * ```
 */
export type Shape = readonly (number | null)[];

/** Formats a shape the way Keras prints it: `(None, 20)`, `(None,)`. */
export function formatShape(shape: Shape): string {
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  return dims.length === 1 ? `(${dims[0]},)` : `(${dims.join(', ')})`;
}

/** Throws unless `shape` is an array of non-negative integers or `null`s. */
export function checkShapeArgument(shape: unknown, where: string): asserts shape is Shape {
  const ok = Array.isArray(shape) && shape.every((d) => d === null || (Number.isInteger(d) && (d as number) >= 0));
  if (!ok) {
    throw new InvalidArgumentError(`${where}: inputShape must be an array of non-negative integers or null. Received: ${formatValue(shape)}`);
  }
}
