import type { PhiloxStream } from './philox.js';
import { sampleKernel } from './wasm-kernel.js';
import { nextNormal } from './ziggurat.js';

// Float32 fills run in the WebAssembly kernel when it is available; the loops
// below are the reference it reproduces bit for bit, and the fallback.

const TWO_NEG_24 = 1 / 16777216;

/**
 * Fills `out` with uniform values in [minval, maxval), continuing stream `s`.
 *
 * @example
 * ```ts
 * import { fillUniform, randomStream } from '@lamina/core-tensor';
 * const out = new Float32Array(8);
 * fillUniform(out, randomStream(1), -1, 1);
 * console.log(out.every((v) => v >= -1 && v < 1)); // → true
 * ```
 */
export function fillUniform(out: Float32Array, s: PhiloxStream, minval: number, maxval: number): void {
  const range = maxval - minval;
  const below = nextBelow(maxval);
  const kernel = sampleKernel();
  if (kernel !== undefined) {
    kernel.uniform(out, s, minval, maxval, below);
    return;
  }
  for (let i = 0; i < out.length; i++) {
    const v = Math.fround(minval + (s.nextU32() >>> 8) * TWO_NEG_24 * range);
    // Rounding to float32 can land on maxval itself; keep the interval half-open.
    out[i] = v >= maxval ? below : v;
  }
}

/**
 * Fills `out` with integers uniform in [minval, maxval), continuing stream `s`.
 *
 * @example
 * ```ts
 * import { fillUniformInt, randomStream } from '@lamina/core-tensor';
 * const dice = new Int32Array(10);
 * fillUniformInt(dice, randomStream(1), 1, 7);
 * console.log(dice.every((v) => v >= 1 && v <= 6)); // → true
 * ```
 */
export function fillUniformInt(out: Int32Array, s: PhiloxStream, minval: number, maxval: number): void {
  const range = maxval - minval;
  for (let i = 0; i < out.length; i++) out[i] = minval + Math.floor(s.nextDouble() * range);
}

/**
 * Fills `out` with normal values of the given mean and standard deviation,
 * continuing stream `s` (int32 output is rounded to nearest).
 *
 * @example
 * ```ts
 * import { fillNormal, randomStream } from '@lamina/core-tensor';
 * const out = new Float32Array(8);
 * fillNormal(out, randomStream(1), 0, 0.05);
 * ```
 */
export function fillNormal(out: Float32Array | Int32Array, s: PhiloxStream, mean: number, stddev: number): void {
  const round = out instanceof Int32Array;
  const kernel = round ? undefined : sampleKernel();
  if (kernel !== undefined) {
    kernel.normal(out as Float32Array, s, mean, stddev, false);
    return;
  }
  for (let i = 0; i < out.length; i++) {
    const v = mean + stddev * nextNormal(s);
    out[i] = round ? Math.round(v) : v;
  }
}

/**
 * Fills `out` with normal values redrawn until within two standard deviations
 * of the mean, continuing stream `s`.
 *
 * @example
 * ```ts
 * import { fillTruncatedNormal, randomStream } from '@lamina/core-tensor';
 * const out = new Float32Array(8);
 * fillTruncatedNormal(out, randomStream(1), 0, 1);
 * console.log(out.every((v) => Math.abs(v) <= 2)); // → true
 * ```
 */
export function fillTruncatedNormal(
  out: Float32Array | Int32Array,
  s: PhiloxStream,
  mean: number,
  stddev: number,
): void {
  const round = out instanceof Int32Array;
  const kernel = round ? undefined : sampleKernel();
  if (kernel !== undefined) {
    kernel.normal(out as Float32Array, s, mean, stddev, true);
    return;
  }
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
