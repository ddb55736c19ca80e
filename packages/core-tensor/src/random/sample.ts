import { PhiloxStream } from './philox.js';
import { nextNormal } from './ziggurat.js';

const TWO_NEG_24 = 1 / 16777216;

/** Fills `out` with uniform values in [minval, maxval). */
export function fillUniform(out: Float32Array, s: PhiloxStream, minval: number, maxval: number): void {
  const range = maxval - minval;
  const below = nextBelow(maxval);
  for (let i = 0; i < out.length; i++) {
    const v = Math.fround(minval + (s.nextU32() >>> 8) * TWO_NEG_24 * range);
    // Rounding to float32 can land on maxval itself; keep the interval half-open.
    out[i] = v >= maxval ? below : v;
  }
}

/** Fills `out` with integers uniform in [minval, maxval). */
export function fillUniformInt(out: Int32Array, s: PhiloxStream, minval: number, maxval: number): void {
  const range = maxval - minval;
  for (let i = 0; i < out.length; i++) out[i] = minval + Math.floor(s.nextDouble() * range);
}

/** Fills `out` with normal values of the given mean and standard deviation. */
export function fillNormal(out: Float32Array | Int32Array, s: PhiloxStream, mean: number, stddev: number): void {
  const round = out instanceof Int32Array;
  for (let i = 0; i < out.length; i++) {
    const v = mean + stddev * nextNormal(s);
    out[i] = round ? Math.round(v) : v;
  }
}

/** Fills `out` with normal values redrawn until within two standard deviations of the mean. */
export function fillTruncatedNormal(
  out: Float32Array | Int32Array,
  s: PhiloxStream,
  mean: number,
  stddev: number,
): void {
  const round = out instanceof Int32Array;
  for (let i = 0; i < out.length; i++) {
    let z = nextNormal(s);
    while (z > 2 || z < -2) z = nextNormal(s);
    const v = mean + stddev * z;
    out[i] = round ? Math.round(v) : v;
  }
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
/** The largest float32 strictly below `x` (finite x). */
function nextBelow(x: number): number {
  f32[0] = x;
  if (f32[0]! < x) return f32[0]!;
  if (f32[0] === 0) return -1.401298464324817e-45;
  u32[0] = u32[0]! + (f32[0]! > 0 ? -1 : 1);
  return f32[0]!;
}
