// Philox4x32-10 + ziggurat sampling kernel for WebAssembly.
//
// Mirrors src/random/philox.ts, src/random/ziggurat.ts, src/random/det-math.ts
// and src/random/sample.ts operation by operation, so for a given stream
// position it writes exactly the float32 values the JavaScript path writes
// (tests check this). Built by build.sh with clang --target=wasm32 -nostdlib;
// the output is committed as src/random/kernel-bytes.ts.
//
// No floating-point contraction (-ffp-contract=off) and wasm has no implicit
// fma, so every double operation rounds as in JavaScript.

typedef unsigned int u32;
typedef unsigned long long u64;
typedef int i32;

#define EXPORT(name) __attribute__((export_name(name)))

enum { LAYERS = 128, WORDS = 256, OUT = 16384 };

// Shared with JavaScript: key0, key1, stream0, stream1, word index lo, hi.
static u32 state[6];
// Ziggurat tables, computed once by JavaScript and copied in.
static u32 kn[LAYERS];
static double wn[LAYERS];
static double fn[LAYERS];
static float out[OUT];

static u32 buf[WORDS];
static u32 pos;
static u64 base; // word index of buf[0]

EXPORT("state_ptr") u32* state_ptr(void) { return state; }
EXPORT("kn_ptr") u32* kn_ptr(void) { return kn; }
EXPORT("wn_ptr") double* wn_ptr(void) { return wn; }
EXPORT("fn_ptr") double* fn_ptr(void) { return fn; }
EXPORT("out_ptr") float* out_ptr(void) { return out; }
EXPORT("out_len") u32 out_len(void) { return OUT; }

// Two blocks per iteration: their rounds are independent, so the CPU overlaps
// the multiplies (measured ~8% faster in V8 than one block at a time).
static void refill(void) {
  const u32 k0i = state[0], k1i = state[1], s0 = state[2], s1 = state[3];
  u64 block = base >> 2;
  for (u32 b = 0; b < WORDS; b += 8, block += 2) {
    const u64 next_block = block + 1;
    u32 c0 = (u32)block, c1 = (u32)(block >> 32), c2 = s0, c3 = s1;
    u32 d0 = (u32)next_block, d1 = (u32)(next_block >> 32), d2 = s0, d3 = s1;
    u32 k0 = k0i, k1 = k1i;
    for (int r = 0; r < 10; r++) {
      const u64 p0 = (u64)0xd2511f53u * c0, q0 = (u64)0xd2511f53u * d0;
      const u64 p1 = (u64)0xcd9e8d57u * c2, q1 = (u64)0xcd9e8d57u * d2;
      c0 = (u32)(p1 >> 32) ^ c1 ^ k0;
      d0 = (u32)(q1 >> 32) ^ d1 ^ k0;
      c1 = (u32)p1;
      d1 = (u32)q1;
      c2 = (u32)(p0 >> 32) ^ c3 ^ k1;
      d2 = (u32)(q0 >> 32) ^ d3 ^ k1;
      c3 = (u32)p0;
      d3 = (u32)q0;
      k0 += 0x9e3779b9u;
      k1 += 0xbb67ae85u;
    }
    buf[b] = c0;
    buf[b + 1] = c1;
    buf[b + 2] = c2;
    buf[b + 3] = c3;
    buf[b + 4] = d0;
    buf[b + 5] = d1;
    buf[b + 6] = d2;
    buf[b + 7] = d3;
  }
}

static void load(void) {
  const u64 w = ((u64)state[5] << 32) | state[4];
  base = w & ~(u64)3;
  pos = (u32)(w & 3);
  refill();
}

static void store(void) {
  const u64 w = base + pos;
  state[4] = (u32)w;
  state[5] = (u32)(w >> 32);
}

static inline u32 next(void) {
  if (pos == WORDS) {
    base += WORDS;
    pos = 0;
    refill();
  }
  return buf[pos++];
}

// ---- det-math.ts ----
static inline double from_bits(u64 b) { union { u64 u; double d; } v; v.u = b; return v.d; }
static inline u64 to_bits(double d) { union { u64 u; double d; } v; v.d = d; return v.u; }

static const double LN2_HI = 6.93147180369123816490e-1, LN2_LO = 1.90821492927058770002e-10,
  INV_LN2 = 1.44269504088896338700, P1 = 1.66666666666666019037e-1, P2 = -2.77777777770155933842e-3,
  P3 = 6.61375632143793436117e-5, P4 = -1.65339022054652515390e-6, P5 = 4.13813679705723846039e-8,
  LG1 = 6.666666666666735130e-1, LG2 = 3.999999999940941908e-1, LG3 = 2.857142874366239149e-1,
  LG4 = 2.222219843214978396e-1, LG5 = 1.818357216161805012e-1, LG6 = 1.531383769920937332e-1,
  LG7 = 1.479819860511658591e-1, SQRT2 = 1.4142135623730951;

static double det_exp(double x) {
  const i32 k = (i32)(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  const double hi = x - k * LN2_HI;
  const double lo = k * LN2_LO;
  const double r = hi - lo;
  const double t = r * r;
  const double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return y * from_bits((u64)(u32)(k + 1023) << 52);
}

static double det_log(double x) {
  const u64 bits = to_bits(x);
  i32 k = (i32)(bits >> 52) - 1023;
  double m = from_bits((bits & 0x000fffffffffffffull) | 0x3ff0000000000000ull);
  if (m > SQRT2) {
    m = m * 0.5;
    k = k + 1;
  }
  const double f = m - 1;
  const double s = f / (2 + f);
  const double z = s * s;
  const double w = z * z;
  const double t1 = w * (LG2 + w * (LG4 + w * LG6));
  const double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const double r = t2 + t1;
  const double hfsq = 0.5 * f * f;
  return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
}

// ---- ziggurat.ts ----
static const double R = 3.442619855899;

static inline double open_uniform(void) { return ((double)next() + 0.5) / 4294967296.0; }

// Everything after the ziggurat's fast path, for the word u that failed it;
// kept out of line so the hot loop stays small.
__attribute__((noinline)) static double next_normal_slow(u32 u) {
  for (;;) {
    const u32 i = u & 127;
    const u32 j = u >> 8;
    const int negative = (u & 128) != 0;
    if (j < kn[i]) {
      const double x = j * wn[i];
      return negative ? -x : x;
    }
    if (i == 0) {
      double x, y;
      do {
        x = -det_log(open_uniform()) / R;
        y = -det_log(open_uniform());
      } while (y + y < x * x);
      return negative ? -(R + x) : R + x;
    }
    const double x = j * wn[i];
    if (fn[i] + open_uniform() * (fn[i - 1] - fn[i]) < det_exp(-0.5 * x * x)) {
      return negative ? -x : x;
    }
    u = next();
  }
}

// ---- sample.ts ----
EXPORT("begin") void begin(void) { load(); }
EXPORT("end") void end(void) { store(); }

EXPORT("normal") void normal(u32 n, double mean, double stddev, u32 truncated) {
  u32 p = pos;
  for (u32 i = 0; i < n;) {
    if (p == WORDS) {
      base += WORDS;
      refill();
      p = 0;
    }
    const u32 u = buf[p++];
    const u32 l = u & 127;
    const u32 j = u >> 8;
    double z;
    if (j < kn[l]) {
      // Sign from bit 7 without a branch: a data-dependent branch here would be
      // mispredicted half the time. Same value as `negative ? -x : x`, -0 included.
      z = from_bits(to_bits(j * wn[l]) | ((u64)(u & 128) << 56));
    } else {
      pos = p;
      z = next_normal_slow(u);
      p = pos;
    }
    // Truncation redraws whole normals, as fillTruncatedNormal does.
    if (truncated && (z > 2 || z < -2)) continue;
    out[i++] = (float)(mean + stddev * z);
  }
  pos = p;
}

EXPORT("uniform") void uniform(u32 n, double minval, double maxval, double range, float below) {
  for (u32 i = 0; i < n; i++) {
    const float v = (float)(minval + (double)(next() >> 8) * (1.0 / 16777216.0) * range);
    out[i] = (double)v >= maxval ? below : v;
  }
}
