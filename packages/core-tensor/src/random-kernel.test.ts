import { afterEach, describe, expect, it } from 'vitest';
import { detExp, detLog } from './random/det-math.js';
import { KERNEL_WASM_BASE64 } from './random/kernel-bytes.js';
import { PhiloxStream, philoxFill } from './random/philox.js';
import { fillNormal, fillTruncatedNormal, fillUniform } from './random/sample.js';
import { sampleKernel, setSampleKernelMode } from './random/wasm-kernel.js';

afterEach(() => setSampleKernelMode('auto'));

type Fill = (out: Float32Array, s: PhiloxStream) => void;
const fills: Array<[string, Fill]> = [
  ['normal', (o, s) => fillNormal(o, s, 0.25, 3)],
  ['truncated normal', (o, s) => fillTruncatedNormal(o, s, -1, 0.05)],
  ['uniform', (o, s) => fillUniform(o, s, -0.05, 0.05)],
  ['uniform [0, 1)', (o, s) => fillUniform(o, s, 0, 1)],
];

/** Draws with the given kernel mode; returns the values and the stream's next words. */
function draw(mode: 'auto' | 'js', fill: Fill, n: number, skip: number): { values: Float32Array; after: number[] } {
  setSampleKernelMode(mode);
  const s = new PhiloxStream(0xdeadbeef, 17, 3, 1);
  for (let i = 0; i < skip; i++) s.nextU32();
  const values = new Float32Array(n);
  fill(values, s);
  // Two fills in a row, then raw words: the stream must stand at the same place.
  const more = new Float32Array(5);
  fill(more, s);
  return { values, after: [...more, s.nextU32(), s.nextU32()] };
}

describe('WebAssembly sampling kernel', () => {
  it('is available in Node', () => {
    expect(sampleKernel()).toBeDefined();
  });

  it('stays under 4 KB, the size Chrome still compiles synchronously on the main thread', () => {
    expect(atob(KERNEL_WASM_BASE64).length).toBeLessThan(4096);
  });

  // 40_003 values cross the kernel's 16_384-value output chunks and the
  // stream's 4_096-word buffers at odd offsets.
  it.each(fills)('%s: gives bit-identical values to the JavaScript loop', (_, fill) => {
    for (const [n, skip] of [
      [40_003, 0],
      [1, 3],
      [7, 4095],
    ] as const) {
      const js = draw('js', fill, n, skip);
      const wasm = draw('auto', fill, n, skip);
      expect(Buffer.from(wasm.values.buffer).equals(Buffer.from(js.values.buffer))).toBe(true);
      expect(wasm.after).toEqual(js.after);
    }
  });
});

describe('PhiloxStream position and seek', () => {
  it('reads words in counter order across buffer refills and resumes after seek', () => {
    const words = new Uint32Array(4 * 3000);
    philoxFill(words, 5, 6, 0, 0, 7, 8);
    const s = new PhiloxStream(5, 6, 7, 8);
    for (let i = 0; i < 5000; i++) expect(s.nextU32()).toBe(words[i]);
    expect(s.position).toBe(5000);
    for (const at of [4095, 4096, 1, 9001, 0]) {
      s.seek(at);
      expect(s.position).toBe(at);
      expect([s.nextU32(), s.nextU32()]).toEqual([words[at], words[at + 1]]);
      expect(s.position).toBe(at + 2);
    }
  });

  it('carries the block counter into its high word beyond 2^32 blocks', () => {
    const s = new PhiloxStream(1, 2, 3, 4);
    s.seek(4 * 0xffffffff + 2);
    const expected = new Uint32Array(8);
    philoxFill(expected, 1, 2, 0xffffffff, 0, 3, 4);
    expect([s.nextU32(), s.nextU32(), s.nextU32()]).toEqual([expected[2], expected[3], expected[4]]);
  });
});

describe('deterministic exp and log', () => {
  // Reference: the engine's own Math.exp/log (not ours); fdlibm's error
  // bound is below 1 ulp, so a relative error of 4e-16 leaves margin.
  it('agree with Math.exp over the ziggurat range', () => {
    for (let x = -40; x <= 40; x += 0.0137) {
      expect(Math.abs(detExp(x) / Math.exp(x) - 1)).toBeLessThan(4e-16);
    }
    expect(detExp(0)).toBe(1);
  });

  it('agree with Math.log on (0, 2^40]', () => {
    for (let x = 2 ** -33; x < 2 ** 40; x *= 1.37) {
      const ref = Math.log(x);
      expect(Math.abs(detLog(x) - ref)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(ref)));
    }
    expect(detLog(1)).toBe(0);
    expect(detLog(Math.SQRT2 * 1.0000001)).toBeCloseTo(Math.log(Math.SQRT2 * 1.0000001), 15);
  });
});
