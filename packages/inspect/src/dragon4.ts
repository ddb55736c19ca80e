/**
 * Digit generation for float32 values with the Dragon4 algorithm (Steele &
 * White, with Burger & Dybvig's refinements), following the variant numpy uses
 * in `dragon4.c`: margins compared inclusively when the mantissa is even,
 * round-half-even on the exact remainder, and two cutoffs (`cutoffMax` stops
 * digit generation, `cutoffMin` forces digits past the shortest unique ones).
 * numpy's printing is defined by this algorithm, so matching it step by step is
 * the only way to be byte-identical in every tie and cutoff case.
 */

/** A float32 split into an integer mantissa and a base-2 exponent. */
export interface DecodedFloat32 {
  readonly negative: boolean;
  /** `true` for NaN and ±Infinity; the other fields are then meaningless. */
  readonly special: boolean;
  readonly mantissa: bigint;
  readonly exponent: number;
  readonly mantissaBit: number;
  /** The gap to the next value up is twice the gap down (powers of two). */
  readonly unequalMargins: boolean;
}

/** Significant digits and the base-10 exponent of the first one. */
export interface Digits {
  readonly digits: string;
  readonly exponent: number;
}

/** How Dragon4 stops: after shortest unique digits, or as exact digits. */
export interface DigitOptions {
  readonly unique: boolean;
  /** `true`: cutoffs count digits after the decimal point; `false`: total digits. */
  readonly fractional: boolean;
  /** Stop after this many digits (-1: no limit). */
  readonly cutoffMax: number;
  /** Print at least this many digits (-1: no minimum). */
  readonly cutoffMin: number;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const LOG10_2 = 0.30102999566398119521373889472449;
// Digits beyond this are never requested for float32; numpy's buffer is larger.
const BUFFER_SIZE = 16384;
const pow10Cache: bigint[] = [1n];

function pow10(n: number): bigint {
  for (let i = pow10Cache.length; i <= n; i++) pow10Cache.push(pow10Cache[i - 1]! * 10n);
  return pow10Cache[n]!;
}

/** Splits a value (rounded to float32) into sign, mantissa and exponent. */
export function decodeFloat32(value: number): DecodedFloat32 {
  f32[0] = value;
  const bits = u32[0]!;
  const fraction = bits & 0x7fffff;
  const biased = (bits >>> 23) & 0xff;
  const negative = bits >>> 31 === 1;
  if (biased === 0xff) {
    return { negative, special: true, mantissa: 0n, exponent: 0, mantissaBit: 0, unequalMargins: false };
  }
  if (biased !== 0) {
    return {
      negative,
      special: false,
      mantissa: BigInt(fraction | 0x800000),
      exponent: biased - 150,
      mantissaBit: 23,
      unequalMargins: biased !== 1 && fraction === 0,
    };
  }
  return {
    negative,
    special: false,
    mantissa: BigInt(fraction),
    exponent: -149,
    mantissaBit: fraction === 0 ? 0 : 31 - Math.clz32(fraction),
    unequalMargins: false,
  };
}

/** Generates the decimal digits of a finite float32 as numpy's Dragon4 does. */
export function dragon4(v: DecodedFloat32, opts: DigitOptions): Digits {
  const { mantissa, exponent } = v;
  if (mantissa === 0n) return { digits: '0', exponent: 0 };
  const isEven = (mantissa & 1n) === 0n;
  // value = scaledValue / scale; margins are half the gaps to the neighbours.
  const extra = v.unequalMargins ? 2 : 1;
  let scaledValue: bigint;
  let scale: bigint;
  let marginLow: bigint;
  if (exponent > 0) {
    scaledValue = mantissa << BigInt(exponent + extra);
    scale = 1n << BigInt(extra);
    marginLow = 1n << BigInt(exponent);
  } else {
    scaledValue = mantissa << BigInt(extra);
    scale = 1n << BigInt(-exponent + extra);
    marginLow = 1n;
  }
  const highFactor = v.unequalMargins ? 2n : 1n;

  let digitExponent = Math.ceil((v.mantissaBit + exponent) * LOG10_2 - 0.69);
  if (opts.cutoffMax >= 0 && opts.fractional && digitExponent <= -opts.cutoffMax) {
    digitExponent = -opts.cutoffMax + 1;
  }
  if (digitExponent > 0) {
    scale *= pow10(digitExponent);
  } else if (digitExponent < 0) {
    const p = pow10(-digitExponent);
    scaledValue *= p;
    marginLow *= p;
  }
  if (scaledValue >= scale) {
    digitExponent += 1;
  } else {
    scaledValue *= 10n;
    marginLow *= 10n;
  }

  let cutoffMaxExp = digitExponent - BUFFER_SIZE;
  if (opts.cutoffMax >= 0) {
    const desired = opts.fractional ? -opts.cutoffMax : digitExponent - opts.cutoffMax;
    if (desired > cutoffMaxExp) cutoffMaxExp = desired;
  }
  let cutoffMinExp = digitExponent;
  if (opts.cutoffMin >= 0) {
    const desired = opts.fractional ? -opts.cutoffMin : digitExponent - opts.cutoffMin;
    if (desired < cutoffMinExp) cutoffMinExp = desired;
  }
  let outExponent = digitExponent - 1;

  let out = '';
  let digit = 0;
  let low = false;
  let high = false;
  for (;;) {
    digitExponent -= 1;
    digit = Number(scaledValue / scale);
    scaledValue %= scale;
    if (opts.unique) {
      const cmpLow = scaledValue - marginLow;
      low = isEven ? cmpLow <= 0n : cmpLow < 0n;
      const cmpHigh = scaledValue + marginLow * highFactor - scale;
      high = isEven ? cmpHigh >= 0n : cmpHigh > 0n;
      if (((low || high) && digitExponent <= cutoffMinExp) || digitExponent === cutoffMaxExp) break;
    } else if (scaledValue === 0n || digitExponent === cutoffMaxExp) {
      break;
    }
    out += String(digit);
    scaledValue *= 10n;
    marginLow *= 10n;
  }

  let roundDown = low;
  if (low === high) {
    const twice = scaledValue * 2n;
    roundDown = twice < scale || (twice === scale && (digit & 1) === 0);
  }
  if (roundDown) return { digits: out + String(digit), exponent: outExponent };
  if (digit < 9) return { digits: out + String(digit + 1), exponent: outExponent };
  // Carry through trailing nines; all nines become a 1 one decade higher.
  let i = out.length - 1;
  while (i >= 0 && out[i] === '9') i -= 1;
  if (i < 0) {
    outExponent += 1;
    return { digits: '1', exponent: outExponent };
  }
  return { digits: out.slice(0, i) + String(Number(out[i]) + 1), exponent: outExponent };
}
