import { builtin } from './builtin.js';
import type { Distribution, FanMode } from './names.js';
import { checkCall, checkOptions, seedOption } from './options.js';
import type { BuiltinInitializer, SeedOption } from './types.js';
import { drawVarianceScaling } from './variance-scaling.js';

// Keras's named VarianceScaling settings. As in Keras 3, their config is only
// { seed }: the scale, mode and distribution are what the name means.

/**
 * Options of the Glorot, He and LeCun initializers.
 *
 * @example
 * ```ts
 * import { glorotUniform } from '@lamina/initializers';
 * glorotUniform({ seed: 42 });
 * ```
 */
export interface SeedOptions {
  /** Integer seed; omitted or null uses the global stream. */
  readonly seed?: SeedOption;
}

/**
 * Config of the Glorot, He and LeCun initializers.
 *
 * @example
 * ```ts
 * import { heNormal } from '@lamina/initializers';
 * console.log(heNormal().getConfig()); // → { seed: null }
 * ```
 */
export interface SeedConfig {
  seed: SeedOption;
}

function preset(
  className: string,
  scale: number,
  mode: FanMode,
  distribution: Distribution,
  options: SeedOptions | undefined,
): BuiltinInitializer<SeedConfig> {
  checkOptions(options, className);
  const seed = seedOption(options?.seed, className);
  const c = { scale, mode, distribution, seed };
  return builtin<SeedConfig>(className, { seed }, (shape, dtype) => {
    checkCall(shape, dtype, 'random', className);
    return drawVarianceScaling(c, shape);
  });
}

/**
 * Glorot (Xavier) normal: truncated normal, stddev `sqrt(2 / (fanIn + fanOut)) / 0.8796…`
 * (Keras `GlorotNormal`; Glorot & Bengio, 2010).
 *
 * @example
 * ```ts
 * import { glorotNormal } from '@lamina/initializers';
 * const w = glorotNormal({ seed: 0 })([784, 256]);
 * ```
 */
export function glorotNormal(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('GlorotNormal', 1, 'fanAvg', 'truncatedNormal', options);
}

/**
 * Glorot (Xavier) uniform: uniform in ±`sqrt(6 / (fanIn + fanOut))`
 * (Keras `GlorotUniform`, the default kernel initializer of `Dense`).
 *
 * @example
 * ```ts
 * import { glorotUniform } from '@lamina/initializers';
 * const w = glorotUniform()([784, 256]);
 * console.log(w.abs().max().arraySync() as number <= Math.sqrt(6 / (784 + 256))); // → true  (limit 0.0760)
 * ```
 */
export function glorotUniform(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('GlorotUniform', 1, 'fanAvg', 'uniform', options);
}

/**
 * He normal: truncated normal, stddev `sqrt(2 / fanIn) / 0.8796…`
 * (Keras `HeNormal`; He et al., 2015), for ReLU layers.
 *
 * @example
 * ```ts
 * import { heNormal } from '@lamina/initializers';
 * const w = heNormal()([3, 3, 64, 128]);
 * ```
 */
export function heNormal(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('HeNormal', 2, 'fanIn', 'truncatedNormal', options);
}

/**
 * He uniform: uniform in ±`sqrt(6 / fanIn)` (Keras `HeUniform`).
 *
 * @example
 * ```ts
 * import { heUniform } from '@lamina/initializers';
 * const w = heUniform()([256, 128]);
 * ```
 */
export function heUniform(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('HeUniform', 2, 'fanIn', 'uniform', options);
}

/**
 * LeCun normal: truncated normal, stddev `sqrt(1 / fanIn) / 0.8796…`
 * (Keras `LecunNormal`), for SELU networks.
 *
 * @example
 * ```ts
 * import { lecunNormal } from '@lamina/initializers';
 * const w = lecunNormal()([128, 64]);
 * ```
 */
export function lecunNormal(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('LecunNormal', 1, 'fanIn', 'truncatedNormal', options);
}

/**
 * LeCun uniform: uniform in ±`sqrt(3 / fanIn)` (Keras `LecunUniform`).
 *
 * @example
 * ```ts
 * import { lecunUniform } from '@lamina/initializers';
 * const w = lecunUniform()([128, 64]);
 * ```
 */
export function lecunUniform(options?: SeedOptions): BuiltinInitializer<SeedConfig> {
  return preset('LecunUniform', 1, 'fanIn', 'uniform', options);
}
