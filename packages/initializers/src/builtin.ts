import type { DataType, Tensor } from '@lamina/core-tensor';
import type { BuiltinInitializer } from './types.js';

/**
 * Turns `fn` into a built-in initializer: sets `className`, a `getConfig`
 * returning a copy of `config`, and the function's `name` (for stack traces
 * and error messages).
 */
export function builtin<C extends object>(
  className: string,
  config: C,
  fn: (shape: readonly number[], dtype: DataType) => Tensor,
): BuiltinInitializer<C> {
  const init = (shape: readonly number[], dtype: DataType = 'float32'): Tensor => fn(shape, dtype);
  Object.defineProperty(init, 'name', { value: className });
  Object.defineProperty(init, 'className', { value: className, enumerable: true });
  Object.defineProperty(init, 'getConfig', { value: (): C => ({ ...config }) });
  return init as BuiltinInitializer<C>;
}
