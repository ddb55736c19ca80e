import { formatPositional, formatScientific } from './format-float.js';
import type { TrimMode } from './format-float.js';
import type { FloatMode, SignMode } from './options.js';

/** What numpy's `FloatingFormat` needs from the print options. */
export interface FloatFormatterOptions {
  readonly precision: number;
  readonly floatmode: FloatMode;
  readonly suppress: boolean;
  readonly sign: SignMode;
  /** `true` for numpy ≤ 2.2 behaviour (`legacy='2.1'`). */
  readonly legacy: boolean;
}

const EXP_MIN = Math.fround(0.0001);

/**
 * numpy's `FloatingFormat`: looks at every (printed) value once to choose
 * positional or scientific notation, digits and padding, then formats each
 * value to the same width.
 *
 * numpy ≥ 2.3 switches float32 to scientific notation from 1e6 on
 * (`10 ** finfo(float32).precision`); legacy mode keeps the old 1e8. Python
 * float literals compare as float32 (NEP 50), hence the rounded 1e-4.
 */
export function floatFormatter(data: ArrayLike<number>, o: FloatFormatterOptions): (x: number) => string {
  const finite: number[] = [];
  let maxAbs = 0;
  let minAbs = Infinity;
  let anyNegative = false;
  let anyNegInf = false;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    if (Number.isFinite(x)) {
      finite.push(x);
      if (x < 0 || Object.is(x, -0)) anyNegative = true;
      const a = Math.abs(x);
      if (a !== 0) {
        if (a > maxAbs) maxAbs = a;
        if (a < minAbs) minAbs = a;
      }
    } else if (x === -Infinity) {
      anyNegInf = true;
    }
  }
  const unique = o.floatmode !== 'fixed';
  const plus = o.sign === '+';
  let precision = o.floatmode === 'unique' ? -1 : o.precision;
  let expFormat = false;
  if (minAbs !== Infinity) {
    const cutoff = o.legacy ? 1e8 : 1e6;
    const ratio = Math.fround(maxAbs / minAbs);
    expFormat = maxAbs >= cutoff || (!o.suppress && (minAbs < EXP_MIN || ratio > 1000));
  }

  let padLeft = 0;
  let padRight = 0;
  let expSize = -1;
  let minDigits = -1;
  let trim: TrimMode = '.';
  if (finite.length === 0) {
    // Only nan/inf: numpy's defaults, widths come from the special values below.
  } else if (expFormat) {
    const t: TrimMode = unique ? '.' : 'k';
    let frac = 0;
    for (const x of finite) {
      const s = formatScientific(x, { precision, minDigits: -1, unique, trim: t, sign: plus, padLeft: -1, expDigits: -1 });
      const e = s.indexOf('e');
      const mant = s.slice(0, e);
      const dot = mant.indexOf('.');
      padLeft = Math.max(padLeft, dot);
      frac = Math.max(frac, mant.length - dot - 1);
      expSize = Math.max(expSize, s.length - e - 2);
    }
    trim = 'k';
    precision = frac;
    minDigits = frac;
    padRight = expSize + 2 + precision;
  } else {
    const t: TrimMode = unique ? '.' : 'k';
    for (const x of finite) {
      const s = formatPositional(x, {
        precision, minDigits: -1, unique, fractional: true, trim: t, sign: plus, padLeft: -1, padRight: -1,
      });
      const dot = s.indexOf('.');
      padLeft = Math.max(padLeft, dot);
      padRight = Math.max(padRight, s.length - dot - 1);
    }
    if (o.floatmode === 'fixed' || o.floatmode === 'maxprec_equal') {
      precision = padRight;
      minDigits = padRight;
      trim = 'k';
    } else {
      minDigits = 0;
    }
  }
  if (o.sign === ' ' && !anyNegative) padLeft += 1;
  if (finite.length !== data.length) {
    const offset = padRight + 1;
    const negInf = o.sign !== '-' || anyNegInf;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  const width = padLeft + padRight + 1;

  return (x: number): string => {
    if (!Number.isFinite(x)) {
      const text = Number.isNaN(x) ? `${plus ? '+' : ''}nan` : `${x < 0 ? '-' : plus ? '+' : ''}inf`;
      return text.padStart(width, ' ');
    }
    if (expFormat) {
      return formatScientific(x, { precision, minDigits, unique, trim, sign: plus, padLeft, expDigits: expSize });
    }
    return formatPositional(x, { precision, minDigits, unique, fractional: true, trim, sign: plus, padLeft, padRight });
  };
}
