import { InvalidArgumentError, formatValue, validateSeed, validateShape } from '@lamina/core-tensor';
import type { DataType } from '@lamina/core-tensor';
import type { SeedOption } from './types.js';

// Boundary checks shared by the factories. Each throws before anything is
// allocated, with the class name first, as Keras's messages do.

/** Rejects anything but a plain options object (or undefined). */
export function checkOptions(options: unknown, where: string): void {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new InvalidArgumentError(`${where}: options must be an object. Received: ${formatValue(options)}`);
  }
}

/** A finite number. */
export function finite(value: unknown, name: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(`${where}: ${name} must be a finite number. Received: ${name}=${formatValue(value)}`);
  }
  return value;
}

/** A finite number >= 0 (a standard deviation; 0 gives a constant tensor, as in Keras). */
export function nonNegative(value: unknown, name: string, where: string): number {
  const v = finite(value, name, where);
  if (v < 0) throw new InvalidArgumentError(`${where}: ${name} must be >= 0. Received: ${name}=${v}`);
  return v;
}

/** A finite number > 0. */
export function positive(value: unknown, name: string, where: string): number {
  const v = finite(value, name, where);
  if (!(v > 0)) throw new InvalidArgumentError(`${where}: ${name} must be a positive number. Received: ${name}=${v}`);
  return v;
}

/** An integer seed, or null when absent. */
export function seedOption(value: unknown, where: string): SeedOption {
  if (value === undefined || value === null) return null;
  validateSeed(value, where);
  return value;
}

/**
 * Dtypes an initializer can produce: Keras's random initializers are
 * floating point only; zeros, ones, constant and identity also fill int32.
 */
export type DTypeKind = 'random' | 'fill';

const ALLOWED: Record<DTypeKind, readonly DataType[]> = { random: ['float32'], fill: ['float32', 'int32'] };

/** Validates a call's shape and dtype; returns the element count. */
export function checkCall(shape: unknown, dtype: unknown, kind: DTypeKind, where: string): number {
  const size = validateShape(shape, where);
  const allowed = ALLOWED[kind];
  if (!allowed.includes(dtype as DataType)) {
    const list = allowed.map((d) => `'${d}'`).join(' or ');
    const why = kind === 'random' ? ' (random initializers produce floating-point values only)' : '';
    throw new InvalidArgumentError(`${where}: dtype must be ${list}${why}. Received: dtype=${formatValue(dtype)}`);
  }
  return size;
}
