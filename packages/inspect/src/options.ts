import { InvalidArgumentError, formatValue } from '@lamina/core-tensor';

/**
 * numpy's `floatmode` values.
 *
 * @example
 * ```ts
 * import { ndarray } from '@lamina/core-tensor';
 * import { repr, setPrintOptions, type FloatMode } from '@lamina/inspect';
 * const floatmode: FloatMode = 'fixed';
 * setPrintOptions({ precision: 3, floatmode });
 * console.log(repr(ndarray([0.5, 1], [2]))); // → array([0.500, 1.000], dtype=float32)
 * ```
 */
export type FloatMode = 'fixed' | 'unique' | 'maxprec' | 'maxprec_equal';

/**
 * numpy's `sign` values.
 *
 * @example
 * ```ts
 * import { ndarray } from '@lamina/core-tensor';
 * import { repr, setPrintOptions, type SignMode } from '@lamina/inspect';
 * const sign: SignMode = '+';
 * setPrintOptions({ sign });
 * console.log(repr(ndarray([0.5, -1], [2]))); // → array([+0.5, -1. ], dtype=float32)
 * ```
 */
export type SignMode = '-' | '+' | ' ';

/**
 * Print options, as numpy's `set_printoptions`. `legacy: false` prints like
 * numpy ≥ 2.2 (summarized arrays get a `shape=` suffix; numpy 2.4 is the
 * reference); `legacy: '2.1'` prints like numpy 2.1 and the TensorFlow 2 /
 * numpy 1.x era books (no `shape=`, float32 scientific notation from 1e8).
 *
 * @example
 * ```ts
 * import { getPrintOptions, setPrintOptions, type PrintOptions } from '@lamina/inspect';
 * const saved: PrintOptions = getPrintOptions();
 * setPrintOptions({ precision: 4, suppress: true });
 * console.log(getPrintOptions().precision); // → 4
 * setPrintOptions(saved);
 * ```
 */
export interface PrintOptions {
  /** Digits after the point (8). */
  readonly precision: number;
  /** Summarize arrays with more elements than this (1000). */
  readonly threshold: number;
  /** Items kept at each edge of a summarized axis (3). */
  readonly edgeitems: number;
  /** Characters per line (75). */
  readonly linewidth: number;
  /** Print small values as 0 instead of switching to scientific notation (false). */
  readonly suppress: boolean;
  /** How many digits floats get ('maxprec'). */
  readonly floatmode: FloatMode;
  /** Sign of non-negative values ('-'). */
  readonly sign: SignMode;
  /** `false` (numpy ≥ 2.2) or `'2.1'`. */
  readonly legacy: false | '2.1';
}

/**
 * numpy's default print options (`np.get_printoptions()` after a fresh import).
 *
 * @example
 * ```ts
 * import { DEFAULT_PRINT_OPTIONS, setPrintOptions } from '@lamina/inspect';
 * setPrintOptions(DEFAULT_PRINT_OPTIONS); // same as resetPrintOptions()
 * ```
 */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = Object.freeze({
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  floatmode: 'maxprec',
  sign: '-',
  legacy: false,
});

let current: PrintOptions = DEFAULT_PRINT_OPTIONS;

const FLOAT_MODES: readonly string[] = ['fixed', 'unique', 'maxprec', 'maxprec_equal'];
const SIGNS: readonly string[] = ['-', '+', ' '];

function fail(where: string, name: string, what: string, value: unknown): never {
  throw new InvalidArgumentError(`${where}: ${name} must be ${what}. Received: ${name}=${formatValue(value)}`);
}

function isCount(v: unknown, min: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min;
}

/**
 * Checks a partial options object and merges it over `base`. Throws without
 * changing anything when a name is unknown or a value out of range.
 */
export function resolveOptions(where: string, options: unknown, base: PrintOptions = current): PrintOptions {
  if (options === undefined) return base;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${where}: options must be an object. Received: ${formatValue(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!Object.hasOwn(DEFAULT_PRINT_OPTIONS, key)) {
      throw new InvalidArgumentError(
        `${where}: unknown option '${key}'. Expected one of: ${Object.keys(DEFAULT_PRINT_OPTIONS).join(', ')}. Received: ${key}=${formatValue(o[key])}`,
      );
    }
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, v] of Object.entries(o)) {
    if (v === undefined) continue;
    switch (key) {
      case 'precision':
      case 'edgeitems':
        if (!isCount(v, 0)) fail(where, key, 'a non-negative integer', v);
        break;
      case 'linewidth':
        if (!isCount(v, 1)) fail(where, key, 'a positive integer', v);
        break;
      case 'threshold':
        if (typeof v !== 'number' || Number.isNaN(v) || v < 0) {
          fail(where, key, 'a non-negative number (Infinity to never summarize)', v);
        }
        break;
      case 'suppress':
        if (typeof v !== 'boolean') fail(where, key, 'a boolean', v);
        break;
      case 'floatmode':
        if (typeof v !== 'string' || !FLOAT_MODES.includes(v)) fail(where, key, `one of ${FLOAT_MODES.map((m) => `'${m}'`).join(', ')}`, v);
        break;
      case 'sign':
        if (typeof v !== 'string' || !SIGNS.includes(v)) fail(where, key, "one of '-', '+', ' '", v);
        break;
      case 'legacy':
        if (v !== false && v !== '2.1') fail(where, key, "false or '2.1'", v);
        break;
    }
    out[key] = v;
  }
  return Object.freeze(out) as unknown as PrintOptions;
}

/**
 * Sets the global print options used by `repr` and `console.log`, like numpy's
 * `set_printoptions`: only the given names change.
 *
 * @example
 * ```ts
 * import { ndarray } from '@lamina/core-tensor';
 * import { repr, setPrintOptions } from '@lamina/inspect';
 * setPrintOptions({ precision: 4, suppress: true });
 * console.log(repr(ndarray([1e-9, 1 / 3], [2]))); // → array([0.    , 0.3333], dtype=float32)
 * ```
 */
export function setPrintOptions(options: Partial<PrintOptions>): void {
  current = resolveOptions('setPrintOptions', options, current);
}

/**
 * Returns the current global print options (a frozen copy).
 *
 * @example
 * ```ts
 * import { getPrintOptions } from '@lamina/inspect';
 * console.log(getPrintOptions().precision); // → 8
 * ```
 */
export function getPrintOptions(): PrintOptions {
  return current;
}

/**
 * Restores numpy's default print options.
 *
 * @example
 * ```ts
 * import { getPrintOptions, resetPrintOptions, setPrintOptions } from '@lamina/inspect';
 * setPrintOptions({ precision: 3 });
 * resetPrintOptions();
 * console.log(getPrintOptions().precision); // → 8
 * ```
 */
export function resetPrintOptions(): void {
  current = DEFAULT_PRINT_OPTIONS;
}
