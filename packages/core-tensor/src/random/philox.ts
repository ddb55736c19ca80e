// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
// SC'11), the counter-based generator TensorFlow and JAX use. A block is a pure
// function of (key, counter), so any slice of a stream can be computed alone.

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;
const M0_HI = M0 >>> 16;
const M0_LO = M0 & 0xffff;
const M1_HI = M1 >>> 16;
const M1_LO = M1 & 0xffff;
const TWO16 = 65536;

/**
 * Fills `out` with Philox4x32-10 outputs for the 64-bit counters
 * `(startLo, startHi), +1, …` (the counter's high words are the stream id).
 * `out.length` must be a multiple of 4.
 */
export function philoxFill(
  out: Uint32Array,
  key0: number,
  key1: number,
  startLo: number,
  startHi: number,
  stream0: number,
  stream1: number,
): void {
  let lo = startLo >>> 0;
  let hi = startHi >>> 0;
  for (let i = 0; i < out.length; i += 4) {
    let c0 = lo;
    let c1 = hi;
    let c2 = stream0 >>> 0;
    let c3 = stream1 >>> 0;
    let k0 = key0 >>> 0;
    let k1 = key1 >>> 0;
    for (let r = 0; r < 10; r++) {
      // 32x32 -> 64-bit products split so that every double stays exact (< 2^53).
      const p0 = M0_HI * c0 + Math.floor((M0_LO * c0) / TWO16);
      const hi0 = Math.floor(p0 / TWO16);
      const lo0 = Math.imul(M0, c0) >>> 0;
      const p1 = M1_HI * c2 + Math.floor((M1_LO * c2) / TWO16);
      const hi1 = Math.floor(p1 / TWO16);
      const lo1 = Math.imul(M1, c2) >>> 0;
      c0 = (hi1 ^ c1 ^ k0) >>> 0;
      c1 = lo1;
      c2 = (hi0 ^ c3 ^ k1) >>> 0;
      c3 = lo0;
      k0 = (k0 + W0) >>> 0;
      k1 = (k1 + W1) >>> 0;
    }
    out[i] = c0;
    out[i + 1] = c1;
    out[i + 2] = c2;
    out[i + 3] = c3;
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  }
}

const CHUNK = 4096;

/**
 * A sequential reader over one Philox stream: 32-bit words in counter order.
 * Samplers that reject (ziggurat, truncation) consume a variable number of
 * words, so values depend only on the key, the stream id and the call order.
 */
export class PhiloxStream {
  private readonly buf = new Uint32Array(CHUNK);
  private pos = CHUNK;
  private block = 0;

  constructor(
    private readonly key0: number,
    private readonly key1: number,
    private readonly stream0 = 0,
    private readonly stream1 = 0,
  ) {}

  /** Next 32-bit unsigned word. */
  nextU32(): number {
    if (this.pos === CHUNK) this.refill();
    return this.buf[this.pos++]!;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  private refill(): void {
    philoxFill(this.buf, this.key0, this.key1, this.block >>> 0, Math.floor(this.block / 4294967296), this.stream0, this.stream1);
    this.block += CHUNK / 4;
    this.pos = 0;
  }
}
