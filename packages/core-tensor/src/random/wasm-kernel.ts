import { KERNEL_WASM_BASE64 } from './kernel-bytes.js';
import type { PhiloxStream } from './philox.js';
import { zigguratTables } from './ziggurat.js';

// The WebAssembly build of the samplers (wasm/random.c): about 3x the speed of
// the JavaScript loops for normal draws. It reads the same Philox stream at
// the same position and writes bit-identical float32 values, so whether it
// runs or not never changes results, only speed. It runs on the host, before
// any backend sees the data, and is single-threaded by design.

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  state_ptr(): number;
  kn_ptr(): number;
  wn_ptr(): number;
  fn_ptr(): number;
  out_ptr(): number;
  out_len(): number;
  begin(): void;
  end(): void;
  normal(n: number, mean: number, stddev: number, truncated: number): void;
  uniform(n: number, minval: number, maxval: number, range: number, below: number): void;
}

/** Float32 samplers backed by WebAssembly; each continues `s` where it stands. */
export interface SampleKernel {
  normal(out: Float32Array, s: PhiloxStream, mean: number, stddev: number, truncated: boolean): void;
  uniform(out: Float32Array, s: PhiloxStream, minval: number, maxval: number, below: number): void;
}

/** `'auto'` uses WebAssembly when the engine can compile it; `'js'` never does. */
export type SampleKernelMode = 'auto' | 'js';

let mode: SampleKernelMode = 'auto';
let cached: SampleKernel | null | undefined;

function instantiate(): SampleKernel | null {
  if (typeof WebAssembly === 'undefined' || typeof atob !== 'function') return null;
  let e: KernelExports;
  try {
    const bytes = Uint8Array.from(atob(KERNEL_WASM_BASE64), (c) => c.charCodeAt(0));
    // Synchronous compile: the module is ~3 KB, under browsers' main-thread limit.
    e = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as KernelExports;
  } catch {
    // A page's CSP may forbid WebAssembly: the JavaScript path gives the same values.
    return null;
  }
  // The kernel never grows its memory, so these views stay attached.
  const buffer = e.memory.buffer;
  new Uint32Array(buffer, e.kn_ptr(), zigguratTables.kn.length).set(zigguratTables.kn);
  new Float64Array(buffer, e.wn_ptr(), zigguratTables.wn.length).set(zigguratTables.wn);
  new Float64Array(buffer, e.fn_ptr(), zigguratTables.fn.length).set(zigguratTables.fn);
  const state = new Uint32Array(buffer, e.state_ptr(), 6);
  const chunk = e.out_len();
  const view = new Float32Array(buffer, e.out_ptr(), chunk);

  function run(out: Float32Array, s: PhiloxStream, fill: (n: number) => void): void {
    const at = s.position;
    state[0] = s.key0;
    state[1] = s.key1;
    state[2] = s.stream0;
    state[3] = s.stream1;
    state[4] = at % 4294967296;
    state[5] = Math.floor(at / 4294967296);
    e.begin();
    for (let offset = 0; offset < out.length; offset += chunk) {
      const n = Math.min(chunk, out.length - offset);
      fill(n);
      out.set(n === chunk ? view : view.subarray(0, n), offset);
    }
    e.end();
    s.seek(state[5]! * 4294967296 + state[4]!);
  }

  return {
    normal(out, s, mean, stddev, truncated) {
      run(out, s, (n) => e.normal(n, mean, stddev, truncated ? 1 : 0));
    },
    uniform(out, s, minval, maxval, below) {
      run(out, s, (n) => e.uniform(n, minval, maxval, maxval - minval, below));
    },
  };
}

/**
 * The WebAssembly samplers, or `undefined` when they cannot run here (or the
 * mode is `'js'`); compiled on first use.
 */
export function sampleKernel(): SampleKernel | undefined {
  if (mode === 'js') return undefined;
  if (cached === undefined) cached = instantiate();
  return cached ?? undefined;
}

/**
 * Chooses between the WebAssembly and the JavaScript samplers. Both give
 * identical values; tests use `'js'` to prove it.
 */
export function setSampleKernelMode(next: SampleKernelMode): void {
  mode = next;
}
