import { InvalidArgumentError, formatValue, validateSeed, withSeed } from '@lamina/core-tensor';
import type { Tensor, Variable } from '@lamina/core-tensor';
import { draw, resolveInitializer } from './initializer.js';
import type { Initializer, InitializerIdentifier } from './initializer.js';

/**
 * A variable with its kind and the initializer it was created with.
 *
 * @example
 * ```ts
 * import { Dense } from '@lamina/layers';
 * const d = new Dense(2);
 * d.build([null, 3]);
 * console.log(d.weightSpecs().map((s) => s.kind)); // → [ 'kernel', 'bias' ]
 * ```
 */
export interface WeightSpec {
  readonly variable: Variable;
  /** `'kernel'` or `'bias'` for `Dense`; selects the override in `reinitialize`. */
  readonly kind: string;
  readonly initializer: Initializer;
}

/**
 * Options of `reinitialize`. Every variable `filter` selects (all without a
 * filter) is redrawn, with the override for its kind when given, else with its
 * own initializer. Overrides apply to this call only.
 *
 * @example
 * ```ts
 * import { Dense, type ReinitializeOptions } from '@lamina/layers';
 * const d = new Dense(2);
 * d.build([null, 3]);
 * const options: ReinitializeOptions = { filter: /kernel/, kernelInitializer: 'ones', seed: 1 };
 * d.reinitialize(options);
 * console.log(d.getWeights()[0]?.data); // → Float32Array(6) [ 1, 1, 1, 1, 1, 1 ]
 * ```
 */
export interface ReinitializeOptions {
  /** Initializer for the selected kernels, this call only. */
  kernelInitializer?: InitializerIdentifier;
  /** Initializer for the selected biases, this call only. */
  biasInitializer?: InitializerIdentifier;
  /** Tested on variable names (`/kernel/`), or a predicate on each `Variable`. */
  filter?: RegExp | ((v: Variable) => boolean);
  /** Draw as if `setSeed(seed)` had just been called; the global seed is left as it was. */
  seed?: number;
}

const KEYS = new Set(['kernelInitializer', 'biasInitializer', 'filter', 'seed']);

function selector(filter: ReinitializeOptions['filter'], where: string): (v: Variable) => boolean {
  if (filter === undefined) return () => true;
  if (filter instanceof RegExp) {
    // A /g or /y RegExp remembers lastIndex between tests; start each test afresh.
    return (v) => {
      filter.lastIndex = 0;
      return filter.test(v.name);
    };
  }
  if (typeof filter === 'function') return (v) => filter(v) === true;
  throw new InvalidArgumentError(`${where}: filter must be a RegExp or a function (v: Variable) => boolean. Received: filter=${formatValue(filter)}`);
}

/**
 * Validates the options, draws new values for every selected variable, and
 * only when all draws succeeded assigns them (same `Variable` objects).
 */
export function reinitializeVariables(where: string, specs: readonly WeightSpec[], options: ReinitializeOptions): void {
  const label = `${where}: reinitialize`;
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`${label} expects an options object. Received: ${formatValue(options)}`);
  }
  const unknown = Object.keys(options).filter((k) => !KEYS.has(k));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`${label}: unknown option ${unknown.map((k) => `'${k}'`).join(', ')}. Valid options: ${[...KEYS].join(', ')}`);
  }
  const overrides: Record<string, Initializer | undefined> = {
    kernel: options.kernelInitializer === undefined ? undefined : resolveInitializer(options.kernelInitializer, label, 'kernelInitializer'),
    bias: options.biasInitializer === undefined ? undefined : resolveInitializer(options.biasInitializer, label, 'biasInitializer'),
  };
  const selects = selector(options.filter, label);
  if (options.seed !== undefined) validateSeed(options.seed, label);
  const selected = specs.filter((s) => selects(s.variable));

  const drawAll = (): Tensor[] => {
    const drawn: Tensor[] = [];
    try {
      for (const s of selected) {
        const init = overrides[s.kind] ?? s.initializer;
        drawn.push(draw(init, s.variable.shape, s.variable.dtype, s.variable.name, label));
      }
    } catch (error) {
      for (const t of drawn) t.dispose();
      throw error;
    }
    return drawn;
  };
  const values = options.seed === undefined ? drawAll() : withSeed(options.seed, drawAll);
  selected.forEach((s, i) => {
    s.variable.assign(values[i]!);
    values[i]!.dispose();
  });
}
