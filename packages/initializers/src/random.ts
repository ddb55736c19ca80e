import {
  InvalidArgumentError,
  randomNormal as normalOp,
  randomUniform as uniformOp,
  truncatedNormal as truncatedOp,
} from '@lamina/core-tensor';
import { builtin } from './builtin.js';
import { checkCall, checkOptions, finite, nonNegative, seedOption } from './options.js';
import type { BuiltinInitializer, SeedOption } from './types.js';

// With a seed, every call draws the same values (Keras 3); without one, each
// call draws the next stream of the global seed (`setSeed`). Sampling happens
// on the host (Philox4x32-10), so values do not depend on the backend.

/**
 * Options of {@link randomNormal} and {@link truncatedNormal}.
 *
 * @example
 * ```ts
 * import { randomNormal } from '@lamina/initializers';
 * randomNormal({ mean: 0, stddev: 0.01, seed: 1 });
 * ```
 */
export interface NormalOptions {
  /** Mean (default 0). */
  readonly mean?: number;
  /** Standard deviation, >= 0 (default 0.05). */
  readonly stddev?: number;
  /** Integer seed; omitted or null uses the global stream. */
  readonly seed?: SeedOption;
}

/**
 * Config of {@link randomNormal} and {@link truncatedNormal}.
 *
 * @example
 * ```ts
 * import { randomNormal } from '@lamina/initializers';
 * console.log(randomNormal().getConfig()); // → { mean: 0, stddev: 0.05, seed: null }
 * ```
 */
export interface NormalConfig {
  mean: number;
  stddev: number;
  seed: SeedOption;
}

function normalConfig(options: NormalOptions | undefined, where: string): NormalConfig {
  checkOptions(options, where);
  return {
    mean: finite(options?.mean ?? 0, 'mean', where),
    stddev: nonNegative(options?.stddev ?? 0.05, 'stddev', where),
    seed: seedOption(options?.seed, where),
  };
}

/**
 * Initializer drawing from a normal distribution (Keras `RandomNormal`).
 *
 * @example
 * ```ts
 * import { randomNormal } from '@lamina/initializers';
 * const w = randomNormal({ mean: 0, stddev: 0.01, seed: 1 })([20, 256]);
 * ```
 */
export function randomNormal(options?: NormalOptions): BuiltinInitializer<NormalConfig> {
  const c = normalConfig(options, 'RandomNormal');
  return builtin('RandomNormal', c, (shape, dtype) => {
    checkCall(shape, dtype, 'random', 'RandomNormal');
    return normalOp(shape, c.mean, c.stddev, 'float32', c.seed ?? undefined);
  });
}

/**
 * Initializer drawing from a normal distribution whose values beyond two
 * standard deviations from the mean are redrawn (Keras `TruncatedNormal`).
 * The resulting spread is about 0.88 `stddev`.
 *
 * @example
 * ```ts
 * import { truncatedNormal } from '@lamina/initializers';
 * const w = truncatedNormal({ stddev: 0.02 })([768, 768]);
 * console.log(w.abs().max().arraySync() as number <= 0.04); // → true  (within two standard deviations)
 * ```
 */
export function truncatedNormal(options?: NormalOptions): BuiltinInitializer<NormalConfig> {
  const c = normalConfig(options, 'TruncatedNormal');
  return builtin('TruncatedNormal', c, (shape, dtype) => {
    checkCall(shape, dtype, 'random', 'TruncatedNormal');
    return truncatedOp(shape, c.mean, c.stddev, 'float32', c.seed ?? undefined);
  });
}

/**
 * Options of {@link randomUniform}.
 *
 * @example
 * ```ts
 * import { randomUniform } from '@lamina/initializers';
 * randomUniform({ minval: 0, maxval: 1 });
 * ```
 */
export interface UniformOptions {
  /** Lower bound, inclusive (default -0.05). */
  readonly minval?: number;
  /** Upper bound, exclusive; must exceed `minval` (default 0.05). */
  readonly maxval?: number;
  /** Integer seed; omitted or null uses the global stream. */
  readonly seed?: SeedOption;
}

/**
 * Config of {@link randomUniform}.
 *
 * @example
 * ```ts
 * import { randomUniform } from '@lamina/initializers';
 * console.log(randomUniform().getConfig()); // → { minval: -0.05, maxval: 0.05, seed: null }
 * ```
 */
export interface UniformConfig {
  minval: number;
  maxval: number;
  seed: SeedOption;
}

/**
 * Initializer drawing uniformly from [minval, maxval) (Keras `RandomUniform`).
 *
 * @example
 * ```ts
 * import { randomUniform } from '@lamina/initializers';
 * const w = randomUniform({ minval: 0, maxval: 1 })([3, 3]); // 0 is a value, not "default"
 * console.log(w.min().arraySync() as number >= 0); // → true
 * ```
 */
export function randomUniform(options?: UniformOptions): BuiltinInitializer<UniformConfig> {
  checkOptions(options, 'RandomUniform');
  const minval = finite(options?.minval ?? -0.05, 'minval', 'RandomUniform');
  const maxval = finite(options?.maxval ?? 0.05, 'maxval', 'RandomUniform');
  if (!(minval < maxval)) {
    throw new InvalidArgumentError(
      `RandomUniform: minval must be less than maxval. Received: minval=${minval}, maxval=${maxval}`,
    );
  }
  const c: UniformConfig = { minval, maxval, seed: seedOption(options?.seed, 'RandomUniform') };
  return builtin('RandomUniform', c, (shape, dtype) => {
    checkCall(shape, dtype, 'random', 'RandomUniform');
    return uniformOp(shape, c.minval, c.maxval, 'float32', c.seed ?? undefined);
  });
}
