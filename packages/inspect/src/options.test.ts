import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cpu } from '@lamina/backend-cpu';
import { DisposedError, InvalidArgumentError, memory, ndarray, registerBackend, tensor, variable } from '@lamina/core-tensor';
import { DEFAULT_PRINT_OPTIONS, getPrintOptions, resetPrintOptions, setPrintOptions } from './options.js';
import { repr } from './repr.js';

beforeAll(() => registerBackend(cpu()));
afterEach(() => resetPrintOptions());

const a = ndarray(new Float32Array([1 / 3, 2]), [2]);

describe('print options', () => {
  it("start at numpy's defaults", () => {
    expect(getPrintOptions()).toEqual({
      precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75,
      suppress: false, floatmode: 'maxprec', sign: '-', legacy: false,
    });
  });

  it('setPrintOptions changes only the given names and applies to repr', () => {
    setPrintOptions({ precision: 3 });
    expect(getPrintOptions()).toEqual({ ...DEFAULT_PRINT_OPTIONS, precision: 3 });
    // numpy: np.set_printoptions(precision=3); repr(np.array([1/3, 2], np.float32))
    expect(repr(a)).toBe('array([0.333, 2.   ], dtype=float32)');
    setPrintOptions({ sign: '+' });
    expect(repr(a)).toBe('array([+0.333, +2.   ], dtype=float32)');
  });

  it('per-call options override the global ones', () => {
    setPrintOptions({ precision: 3 });
    expect(repr(a, { precision: 1 })).toBe('array([0.3, 2. ], dtype=float32)');
    expect(getPrintOptions().precision).toBe(3);
  });

  it.each([
    [{ precision: -1 }, 'setPrintOptions: precision must be a non-negative integer. Received: precision=-1'],
    [{ threshold: NaN }, 'setPrintOptions: threshold must be a non-negative number (Infinity to never summarize). Received: threshold=NaN'],
    [{ linewidth: 0 }, 'setPrintOptions: linewidth must be a positive integer. Received: linewidth=0'],
    [{ edgeitems: 1.5 }, 'setPrintOptions: edgeitems must be a non-negative integer. Received: edgeitems=1.5'],
    [{ floatmode: 'short' }, "setPrintOptions: floatmode must be one of 'fixed', 'unique', 'maxprec', 'maxprec_equal'. Received: floatmode='short'"],
    [{ sign: 'x' }, "setPrintOptions: sign must be one of '-', '+', ' '. Received: sign='x'"],
    [{ legacy: '1.13' }, "setPrintOptions: legacy must be false or '2.1'. Received: legacy='1.13'"],
    [{ suppress: 1 }, 'setPrintOptions: suppress must be a boolean. Received: suppress=1'],
    [{ precison: 3 }, "setPrintOptions: unknown option 'precison'"],
  ])('rejects %o with a typed error and changes nothing', (bad, message) => {
    setPrintOptions({ precision: 5 });
    expect(() => setPrintOptions(bad as never)).toThrow(InvalidArgumentError);
    expect(() => setPrintOptions(bad as never)).toThrow(message);
    expect(getPrintOptions()).toEqual({ ...DEFAULT_PRINT_OPTIONS, precision: 5 });
  });

  it('validates per-call options too', () => {
    expect(() => repr(a, { linewidth: 0 })).toThrow('repr: linewidth must be a positive integer. Received: linewidth=0');
    expect(() => repr(a, { toString: 1 } as never)).toThrow("repr: unknown option 'toString'");
  });
});

describe('bad input', () => {
  it('rejects things that are not tensors or NDArrays', () => {
    expect(() => repr([1, 2] as never)).toThrow(InvalidArgumentError);
    expect(() => repr(null as never)).toThrow('repr: expected a Tensor, Variable or NDArray. Received: null');
    expect(() => repr({ shape: [3], dtype: 'float32', data: new Float32Array(2) } as never)).toThrow(
      'repr: NDArray shape [3] needs 3 values. Received: 2 values',
    );
    expect(() => repr({ shape: [2], dtype: 'float64', data: new Float64Array(2) } as never)).toThrow(InvalidArgumentError);
  });

  it('rejects dtypes numpy would print differently', () => {
    const t = tensor(['a', 'b']);
    expect(() => repr(t)).toThrow("repr: dtype must be float32, int32 or bool. Received: dtype='string'");
    t.dispose();
  });

  it('rejects disposed tensors and variables with DisposedError', () => {
    const t = tensor([1, 2]);
    t.dispose();
    expect(() => repr(t)).toThrow(DisposedError);
    const v = variable(tensor([1]), true, 'v:0');
    v.dispose();
    expect(() => repr(v)).toThrow(DisposedError);
  });

  it('leaks no tensor over repeated calls', () => {
    const t = tensor(new Float32Array(5000).map((_, i) => i), [50, 100]);
    const v = variable(tensor([1, 2, 3]), true, 'w:0');
    const before = memory().numTensors;
    for (let k = 0; k < 5; k++) {
      repr(t);
      repr(v);
      repr(t, { threshold: Infinity });
    }
    expect(memory().numTensors).toBe(before);
    t.dispose();
    v.dispose();
  });
});
