import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, listBackends, tfjs } from '@lamina/core-tensor';
import { wasm } from '@lamina/backend-wasm';

describe('wasm() options', () => {
  it.each([
    [0, 'threads=0'],
    [-2, 'threads=-2'],
    [1.5, 'threads=1.5'],
    [Number.NaN, 'threads=NaN'],
    [Number.POSITIVE_INFINITY, 'threads=Infinity'],
    [9, 'threads=9'],
    ['two', "threads='two'"],
    ['AUTO', "threads='AUTO'"],
    [null, 'threads=null'],
  ])('rejects threads %s with an InvalidArgumentError naming it', (threads, shown) => {
    const call = () => wasm({ threads: threads as number });
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(`wasm: threads must be an integer from 1 to 8, or 'auto'. Received: ${shown}`);
  });

  it('rejects a non-boolean simd, unknown keys and threads > 1 without SIMD', () => {
    expect(() => wasm({ simd: 'yes' as unknown as boolean })).toThrow("Received: simd='yes'");
    expect(() => wasm({ thread: 2 } as unknown as { threads: number })).toThrow("unknown option 'thread'");
    expect(() => wasm({ threads: 2, simd: false })).toThrow('Received: threads=2, simd=false');
    expect(() => wasm(3 as unknown as { threads: number })).toThrow('Received: options=3');
  });

  it('rejects malformed wasmPaths', () => {
    expect(() => wasm({ wasmPaths: '' })).toThrow(InvalidArgumentError);
    expect(() => wasm({ wasmPaths: { 'other.wasm': 'x' } as never })).toThrow("Received: key 'other.wasm'");
    expect(() => wasm({ wasmPaths: { 'tfjs-backend-wasm.wasm': 4 } as never })).toThrow(
      "wasmPaths['tfjs-backend-wasm.wasm'] must be a non-empty string. Received: 4",
    );
  });

  it('accepts the documented forms and reports the options it was made with', () => {
    expect(wasm().options).toEqual({ threads: 'auto', simd: true });
    expect(wasm({ threads: 1, simd: false }).options).toEqual({ threads: 1, simd: false });
    expect(wasm({ threads: 8 }).options).toEqual({ threads: 8, simd: true });
    expect(wasm({ wasmPaths: '/static/' }).options).toEqual({ threads: 'auto', simd: true, wasmPaths: '/static/' });
    const plugin = wasm({ threads: 2 });
    expect(plugin.name).toBe('wasm');
    expect(plugin.isSupported()).toBe(true);
  });

  it('has no side effect: importing and calling wasm() registers and loads nothing', () => {
    wasm({ threads: 2 });
    expect(listBackends()).toEqual([]);
    // tfjs-backend-wasm registers a 'wasm' factory when imported; it must not have been imported yet.
    expect(tfjs.findBackendFactory('wasm')).toBeNull();
  });
});
