// exp and log written with + - * / only, after fdlibm (Sun Microsystems, 1993).
// Math.exp and Math.log are "implementation-approximated" in ECMAScript, so two
// engines may disagree in the last bit and a seeded ziggurat draw would then
// differ between Node and a browser. These versions give the same double on
// every IEEE-754 engine, and wasm/random.c repeats them operation by operation
// so the WebAssembly kernel draws exactly the values this JavaScript draws.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Typed arrays use the platform's byte order; every JS engine in use is little-endian.
const HI = 1;
const LO = 0;

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const SQRT2 = 1.4142135623730951;

/** 2^k for integer k in [-1022, 1023], built from its bits (exact). */
function pow2(k: number): number {
  u32[HI] = (k + 1023) << 20;
  u32[LO] = 0;
  return f64[0]!;
}

/**
 * e^x for -700 < x < 700, deterministic across engines (fdlibm's reduction
 * x = k ln2 + r and its degree-5 rational approximation, error < 1 ulp).
 */
export function detExp(x: number): number {
  const k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return y * pow2(k);
}

/**
 * Natural logarithm of a positive normal double, deterministic across
 * engines (fdlibm's s = f / (2 + f) series, error < 1 ulp).
 */
export function detLog(x: number): number {
  f64[0] = x;
  let k = (u32[HI]! >>> 20) - 1023;
  // Keep the exponent, set it to 0: m in [1, 2).
  u32[HI] = (u32[HI]! & 0x000fffff) | 0x3ff00000;
  let m = f64[0]!;
  if (m > SQRT2) {
    m = m * 0.5;
    k = k + 1;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
}
