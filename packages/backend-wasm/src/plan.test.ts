import { describe, expect, it } from 'vitest';
import { planStart, wasmSimdSupported, type HostCapabilities } from './plan.js';
import { resolveWasmOptions } from './options.js';
import { locator } from './start-module.js';

const twoCores: HostCapabilities = { simd: true, threadsUnavailable: undefined, parallelism: 2 };

describe('planStart', () => {
  it('runs the threaded SIMD build with the requested thread count', () => {
    expect(planStart(resolveWasmOptions({ threads: 2 }), twoCores)).toEqual({
      build: 'threaded-simd',
      threads: 2,
      fallbackReason: undefined,
    });
    // More threads than cores is allowed: the user asked for it explicitly.
    expect(planStart(resolveWasmOptions({ threads: 4 }), twoCores).threads).toBe(4);
  });

  it("resolves 'auto' to the available parallelism, capped at 8", () => {
    expect(planStart(resolveWasmOptions({}), twoCores).threads).toBe(2);
    expect(planStart(resolveWasmOptions({}), { ...twoCores, parallelism: 64 }).threads).toBe(8);
    expect(planStart(resolveWasmOptions({}), { ...twoCores, parallelism: 1 })).toEqual({
      build: 'simd',
      threads: 1,
      fallbackReason: undefined,
    });
  });

  it('uses the single-threaded SIMD build for one thread', () => {
    expect(planStart(resolveWasmOptions({ threads: 1 }), twoCores).build).toBe('simd');
  });

  it('falls back to single-threaded SIMD, with the reason, where threads cannot run', () => {
    const page: HostCapabilities = { ...twoCores, threadsUnavailable: 'This page is not cross-origin isolated.' };
    const plan = planStart(resolveWasmOptions({ threads: 2 }), page);
    expect(plan.build).toBe('simd');
    expect(plan.threads).toBe(1);
    expect(plan.fallbackReason).toBe(
      'This page is not cross-origin isolated. Running single-threaded SIMD instead of 2 threads.',
    );
    // Asking for one thread is not a fallback.
    expect(planStart(resolveWasmOptions({ threads: 1 }), page).fallbackReason).toBeUndefined();
  });

  it('uses the plain build when SIMD is off or unsupported', () => {
    expect(planStart(resolveWasmOptions({ simd: false }), twoCores)).toEqual({
      build: 'plain',
      threads: 1,
      fallbackReason: undefined,
    });
    const noSimd = planStart(resolveWasmOptions({ threads: 2 }), { ...twoCores, simd: false });
    expect(noSimd.build).toBe('plain');
    expect(noSimd.fallbackReason).toMatch(/SIMD is not supported/);
  });

  it('detects SIMD in this Node.js (>= 16 compiles v128)', () => {
    expect(wasmSimdSupported()).toBe(true);
  });
});

describe('locator', () => {
  it('joins a folder with or without a trailing slash, and reads maps', () => {
    expect(locator('/a/b', '/d/').wasm('tfjs-backend-wasm.wasm')).toBe('/a/b/tfjs-backend-wasm.wasm');
    expect(locator('https://x.test/w/', '/d/').wasm('tfjs-backend-wasm.wasm')).toBe(
      'https://x.test/w/tfjs-backend-wasm.wasm',
    );
    expect(locator(undefined, '/d/').wasm('tfjs-backend-wasm-simd.wasm')).toBe('/d/tfjs-backend-wasm-simd.wasm');
    const map = { 'tfjs-backend-wasm-simd.wasm': '/assets/simd-123.wasm' };
    expect(locator(map, '/d/').wasm('tfjs-backend-wasm-simd.wasm')).toBe('/assets/simd-123.wasm');
    expect(() => locator(map, '/d/').wasm('tfjs-backend-wasm-threaded-simd.wasm')).toThrow(
      "the wasmPaths map has no entry for 'tfjs-backend-wasm-threaded-simd.wasm'",
    );
  });

  it('names the threaded glue only when the options do', () => {
    expect(locator(undefined, '/d/').glue()).toBeUndefined();
    expect(locator('/w', '/d/').glue()).toEqual({ url: '/w/tfjs-backend-wasm-threaded-simd.js', required: false });
    expect(locator({ 'tfjs-backend-wasm-threaded-simd.js': '/assets/g.js' }, '/d/').glue()).toEqual({
      url: '/assets/g.js',
      required: true,
    });
    expect(locator({ 'tfjs-backend-wasm.wasm': '/x.wasm' }, '/d/').glue()).toBeUndefined();
  });
});
