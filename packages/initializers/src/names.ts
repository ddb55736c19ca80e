import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';

/**
 * How {@link varianceScaling} picks the fan it divides `scale` by.
 *
 * @example
 * ```ts
 * import { varianceScaling } from '@lamina/initializers';
 * varianceScaling({ mode: 'fanOut' });
 * ```
 */
export type FanMode = 'fanIn' | 'fanOut' | 'fanAvg';
/**
 * The distribution {@link varianceScaling} draws from.
 *
 * @example
 * ```ts
 * import { varianceScaling } from '@lamina/initializers';
 * varianceScaling({ distribution: 'uniform' });
 * ```
 */
export type Distribution = 'truncatedNormal' | 'untruncatedNormal' | 'uniform';

const MODES: Record<string, FanMode> = { fanin: 'fanIn', fanout: 'fanOut', fanavg: 'fanAvg' };
// Keras maps the legacy 'normal' to 'truncated_normal'.
const DISTRIBUTIONS: Record<string, Distribution> = {
  truncatednormal: 'truncatedNormal',
  untruncatednormal: 'untruncatedNormal',
  uniform: 'uniform',
  normal: 'truncatedNormal',
};

/** Lower case without `_`/`-`: 'fan_in', 'fanIn' and 'FanIn' become 'fanin'. */
export function squash(name: string): string {
  return name.replace(/[_-]/g, '').toLowerCase();
}

function lookup<T>(table: Record<string, T>, value: unknown, name: string, valid: string, where: string): T {
  const hit = typeof value === 'string' ? table[squash(value)] : undefined;
  if (hit === undefined) {
    throw new InvalidArgumentError(`${where}: ${name} must be one of ${valid}. Received: ${name}=${formatValue(value)}`);
  }
  return hit;
}

/** Parses a fan mode in Keras or camelCase spelling. */
export function parseMode(value: unknown, where: string): FanMode {
  return lookup(MODES, value, 'mode', "'fanIn', 'fanOut', 'fanAvg' (or 'fan_in', 'fan_out', 'fan_avg')", where);
}

/** Parses a distribution in Keras or camelCase spelling ('normal' = truncated). */
export function parseDistribution(value: unknown, where: string): Distribution {
  return lookup(
    DISTRIBUTIONS,
    value,
    'distribution',
    "'truncatedNormal', 'untruncatedNormal', 'uniform' (or 'truncated_normal', 'untruncated_normal'; 'normal' means truncated)",
    where,
  );
}
