import { randomNormal, randomUniform, truncatedNormal } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import { builtin } from './builtin.js';
import { computeFans } from './fans.js';
import { parseDistribution, parseMode } from './names.js';
import type { Distribution, FanMode } from './names.js';
import { checkCall, checkOptions, positive, seedOption } from './options.js';
import type { BuiltinInitializer, SeedOption } from './types.js';

/**
 * Std of a standard normal truncated to [-2, 2]; truncated variance-scaling
 * initializers divide their stddev by it so the values keep the intended spread.
 *
 * @example
 * ```ts
 * import { TRUNCATED_STDDEV } from '@lamina/initializers';
 * const stddev = Math.sqrt(2 / 784) / TRUNCATED_STDDEV; // heNormal's for fanIn 784
 * console.log(TRUNCATED_STDDEV.toFixed(8)); // → 0.87962566
 * ```
 */
export const TRUNCATED_STDDEV = 0.87962566103423978;

/**
 * Options of {@link varianceScaling}.
 *
 * @example
 * ```ts
 * import { varianceScaling } from '@lamina/initializers';
 * varianceScaling({ scale: 2, mode: 'fan_in', distribution: 'truncated_normal' });
 * ```
 */
export interface VarianceScalingOptions {
  /** Scaling factor, > 0 (default 1). */
  readonly scale?: number;
  /** Fan to divide by: 'fanIn' (default), 'fanOut', 'fanAvg'; Keras's 'fan_in' etc. too. */
  readonly mode?: FanMode | 'fan_in' | 'fan_out' | 'fan_avg';
  /** 'truncatedNormal' (default), 'untruncatedNormal', 'uniform'; Keras's snake_case too. */
  readonly distribution?: Distribution | 'truncated_normal' | 'untruncated_normal' | 'normal';
  /** Integer seed; omitted or null uses the global stream. */
  readonly seed?: SeedOption;
}

/**
 * Config of {@link varianceScaling}, spelled in camelCase.
 *
 * @example
 * ```ts
 * import { varianceScaling } from '@lamina/initializers';
 * console.log(varianceScaling({ mode: 'fan_avg' }).getConfig().mode); // → fanAvg
 * ```
 */
export interface VarianceScalingConfig {
  scale: number;
  mode: FanMode;
  distribution: Distribution;
  seed: SeedOption;
}

/** Draws for a resolved config (shape and dtype already checked). */
export function drawVarianceScaling(c: VarianceScalingConfig, shape: readonly number[]): Tensor {
  const [fanIn, fanOut] = computeFans(shape);
  const fan = c.mode === 'fanIn' ? fanIn : c.mode === 'fanOut' ? fanOut : (fanIn + fanOut) / 2;
  const scale = c.scale / Math.max(1, fan);
  const seed = c.seed ?? undefined;
  if (c.distribution === 'truncatedNormal') {
    return truncatedNormal(shape, 0, Math.sqrt(scale) / TRUNCATED_STDDEV, 'float32', seed);
  }
  if (c.distribution === 'untruncatedNormal') return randomNormal(shape, 0, Math.sqrt(scale), 'float32', seed);
  const limit = Math.sqrt(3 * scale);
  return randomUniform(shape, -limit, limit, 'float32', seed);
}

/**
 * Resolves and validates VarianceScaling options (shared with the presets).
 */
export function varianceScalingConfig(options: VarianceScalingOptions | undefined, where: string): VarianceScalingConfig {
  checkOptions(options, where);
  return {
    scale: positive(options?.scale ?? 1, 'scale', where),
    mode: parseMode(options?.mode ?? 'fanIn', where),
    distribution: parseDistribution(options?.distribution ?? 'truncatedNormal', where),
    seed: seedOption(options?.seed, where),
  };
}

/**
 * Initializer whose spread adapts to the weight's shape (Keras
 * `VarianceScaling`): variance `scale / max(1, n)` with n the fan chosen by
 * `mode`; truncated normal uses stddev `sqrt(scale / n) / 0.8796…` so the
 * truncated values keep that variance; uniform draws within ±`sqrt(3 scale / n)`.
 *
 * @example
 * ```ts
 * import { varianceScaling } from '@lamina/initializers';
 * const init = varianceScaling({ scale: 2, mode: 'fan_out', distribution: 'untruncated_normal' });
 * const w = init([3, 3, 16, 32]); // std sqrt(2 / 288)
 * ```
 */
export function varianceScaling(options?: VarianceScalingOptions): BuiltinInitializer<VarianceScalingConfig> {
  const c = varianceScalingConfig(options, 'VarianceScaling');
  return builtin('VarianceScaling', c, (shape, dtype) => {
    checkCall(shape, dtype, 'random', 'VarianceScaling');
    return drawVarianceScaling(c, shape);
  });
}
