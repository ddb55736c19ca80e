import { decodeFloat32, dragon4 } from './dragon4.js';

/**
 * numpy's trim modes: `'k'` keep trailing zeros, `'.'` trim zeros but keep the
 * point, `'0'` trim zeros but leave one after the point, `'-'` trim zeros and
 * the point.
 *
 * @example
 * ```ts
 * import { formatPositional, type PositionalArgs, type TrimMode } from '@lamina/inspect';
 * const base: PositionalArgs = { precision: 3, minDigits: -1, unique: false, fractional: true,
 *   trim: 'k', sign: false, padLeft: -1, padRight: -1 };
 * const modes: TrimMode[] = ['k', '.', '0', '-'];
 * console.log(modes.map((trim) => formatPositional(2, { ...base, trim }))); // → [ '2.000', '2.', '2.0', '2' ]
 * ```
 */
export type TrimMode = 'k' | '.' | '0' | '-';

/**
 * Arguments shared by the positional and scientific formatters (numpy's names).
 *
 * @example
 * ```ts
 * import { formatPositional, formatScientific, type FloatFormatArgs } from '@lamina/inspect';
 * const shared: FloatFormatArgs = { precision: -1, minDigits: -1, unique: true, trim: '.', sign: true, padLeft: -1 };
 * console.log(formatPositional(0.5, { ...shared, fractional: true, padRight: -1 })); // → +0.5
 * console.log(formatScientific(0.5, { ...shared, expDigits: -1 })); // → +5.e-01
 * ```
 */
export interface FloatFormatArgs {
  /** -1 for no limit. */
  readonly precision: number;
  /** -1 for none. */
  readonly minDigits: number;
  readonly unique: boolean;
  readonly trim: TrimMode;
  /** Print `+` for non-negative values. */
  readonly sign: boolean;
  /** -1 for no padding. */
  readonly padLeft: number;
}

/**
 * Extra arguments of {@link formatPositional}.
 *
 * @example
 * ```ts
 * import { formatPositional, type PositionalArgs } from '@lamina/inspect';
 * const args: PositionalArgs = { precision: 4, minDigits: -1, unique: false, fractional: true,
 *   trim: 'k', sign: false, padLeft: 3, padRight: -1 };
 * console.log(JSON.stringify(formatPositional(3.14159, args))); // → "  3.1416"
 * ```
 */
export interface PositionalArgs extends FloatFormatArgs {
  /** `precision`/`minDigits` count digits after the point (numpy's `fractional`). */
  readonly fractional: boolean;
  /** -1 for no padding. */
  readonly padRight: number;
}

/**
 * Extra arguments of {@link formatScientific}.
 *
 * @example
 * ```ts
 * import { formatScientific, type ScientificArgs } from '@lamina/inspect';
 * const args: ScientificArgs = { precision: 3, minDigits: -1, unique: false, trim: 'k',
 *   sign: false, padLeft: -1, expDigits: 3 };
 * console.log(formatScientific(12345, args)); // → 1.234e+004
 * ```
 */
export interface ScientificArgs extends FloatFormatArgs {
  /** Minimum exponent digits; -1 for numpy's default of 2. */
  readonly expDigits: number;
}

function signOf(negative: boolean, plus: boolean): string {
  return negative ? '-' : plus ? '+' : '';
}

function specialText(value: number, sign: string): string {
  return Number.isNaN(value) ? 'nan' : `${sign}inf`;
}

/** Removes trailing zeros after the point, as numpy does after rounding. */
function trimZeros(body: string, frac: number, trim: TrimMode, dropPoint: boolean): [string, number] {
  let s = body;
  let n = frac;
  if (trim === 'k' || n <= 0) return [s, n];
  while (s.endsWith('0')) {
    s = s.slice(0, -1);
    n -= 1;
  }
  if (s.endsWith('.')) {
    if (trim === '0') {
      s += '0';
      n += 1;
    } else if (trim === '-' && dropPoint) {
      s = s.slice(0, -1);
    }
  }
  return [s, n];
}

/**
 * numpy's `format_float_positional` for a float32 value (`dragon4_positional`).
 *
 * @example
 * ```ts
 * import { formatPositional } from '@lamina/inspect';
 * console.log(formatPositional(0.1, { precision: -1, minDigits: -1, unique: true, fractional: true,
 *   trim: '.', sign: false, padLeft: -1, padRight: -1 })); // → 0.1
 * ```
 */
export function formatPositional(value: number, a: PositionalArgs): string {
  const v = decodeFloat32(value);
  const sign = signOf(v.negative, a.sign);
  if (v.special) return specialText(value, sign);
  const { digits, exponent } = dragon4(v, {
    unique: a.unique,
    fractional: a.fractional,
    cutoffMax: a.precision,
    cutoffMin: a.minDigits,
  });
  let body: string;
  let whole: number;
  let frac: number;
  if (exponent >= 0) {
    whole = exponent + 1;
    if (digits.length <= whole) {
      body = digits + '0'.repeat(whole - digits.length);
      frac = 0;
    } else {
      body = `${digits.slice(0, whole)}.${digits.slice(whole)}`;
      frac = digits.length - whole;
    }
  } else {
    const zeros = -(exponent + 1);
    body = `0.${'0'.repeat(zeros)}${digits}`;
    frac = digits.length + zeros;
    whole = 1;
  }
  if (a.trim !== '-' && frac === 0) body += '.';
  const add = a.unique ? a.minDigits : a.precision;
  const desired = a.fractional ? Math.max(add, 0) : add - whole;
  if (a.trim === '0') {
    if (frac === 0) {
      body += '0';
      frac += 1;
    }
  } else if (a.trim === 'k' && desired > frac) {
    body += '0'.repeat(desired - frac);
    frac = desired;
  }
  [body, frac] = trimZeros(body, frac, a.trim, true);
  if (a.padRight >= frac) {
    if (a.trim === '-' && frac === 0) body += ' ';
    body += ' '.repeat(a.padRight - frac);
  }
  const left = a.padLeft - (whole + sign.length);
  return (left > 0 ? ' '.repeat(left) : '') + sign + body;
}

/**
 * numpy's `format_float_scientific` for a float32 value (`dragon4_scientific`).
 *
 * @example
 * ```ts
 * import { formatScientific } from '@lamina/inspect';
 * console.log(formatScientific(1.5e-5, { precision: -1, minDigits: -1, unique: true, trim: '.',
 *   sign: false, padLeft: -1, expDigits: -1 })); // → 1.5e-05
 * ```
 */
export function formatScientific(value: number, a: ScientificArgs): string {
  const v = decodeFloat32(value);
  const sign = signOf(v.negative, a.sign);
  if (v.special) return specialText(value, sign);
  const left = a.padLeft - (1 + sign.length);
  const pad = left > 0 ? ' '.repeat(left) : '';
  const { digits, exponent } = dragon4(v, {
    unique: a.unique,
    fractional: false,
    cutoffMax: a.precision < 0 ? -1 : a.precision + 1,
    cutoffMin: a.minDigits < 0 ? -1 : a.minDigits + 1,
  });
  let frac = digits.length - 1;
  let body = frac > 0 ? `${digits[0]!}.${digits.slice(1)}` : digits;
  if (a.trim !== '-' && frac === 0) body += '.';
  const add = Math.max(a.unique ? a.minDigits : a.precision, 0);
  if (a.trim === '0') {
    if (frac === 0) {
      body += '0';
      frac += 1;
    }
  } else if (a.trim === 'k' && add > frac) {
    body += '0'.repeat(add - frac);
    frac = add;
  }
  // numpy keeps a trailing point here even in '-' mode (only digits are trimmed).
  [body] = trimZeros(body, frac, a.trim, false);
  const expDigits = Math.min(a.expDigits < 0 ? 2 : a.expDigits, 5);
  const expSign = exponent >= 0 ? '+' : '-';
  const expText = String(Math.abs(exponent)).padStart(expDigits, '0');
  return `${pad}${sign}${body}e${expSign}${expText}`;
}
