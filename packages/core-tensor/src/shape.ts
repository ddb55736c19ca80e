import { InvalidArgumentError, formatValue } from './errors.js';

/**
 * Throws unless `shape` is an array of non-negative integers; `where` names
 * the caller in the message. Returns the number of elements.
 *
 * @example
 * ```ts
 * import { validateShape } from '@lamina/core-tensor';
 * console.log(validateShape([2, 3], 'zeros')); // → 6
 * ```
 */
export function validateShape(shape: unknown, where: string): number {
  if (!Array.isArray(shape)) {
    throw new InvalidArgumentError(
      `${where}: shape must be an array of non-negative integers. Received: shape=${formatValue(shape)}`,
    );
  }
  let size = 1;
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      throw new InvalidArgumentError(
        `${where}: shape must be an array of non-negative integers. Received: shape=${formatValue(shape)}`,
      );
    }
    size *= d;
  }
  return size;
}
