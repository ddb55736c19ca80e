import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { NamedTensorInfoMap, TensorInfo } from '@tensorflow/tfjs-core';
import type { DENSE_KERNEL, DenseKernelAttrs, PluginKernel } from '@lamina/core-tensor';

// core-tensor's constant, spelled out so that this package imports only types
// from core-tensor (DESIGN.md); the annotation keeps the two equal.
const KERNEL_NAME: typeof DENSE_KERNEL = 'LaminaDense';

type Values = ArrayLike<number>;

/**
 * `c = a · b` for row-major `a` `[m, k]`, `b` `[k, n]`, `c` `[m, n]`, in
 * register blocks of 4 rows × 4 columns: each step of the inner loop loads 4
 * values of `a` and 4 of `b` for 16 multiply-adds, which V8 keeps in
 * registers. Sums are float64 over the whole of `k` and rounded once into `c`.
 * With 8 rows or more, `b` is first packed into 4-column panels so the inner
 * loop reads it contiguously; fewer rows read `b` in place.
 */
export function gemm(a: Values, b: Values, m: number, k: number, n: number, c: Float32Array): void {
  const m4 = m - (m % 4);
  if (m4 >= 8) {
    const n4 = n - (n % 4);
    const packed = pack(b, k, n, n4);
    for (let i = 0; i < m4; i += 4) rows4Packed(a, packed, i, k, n, n4, c);
    for (let i = 0; i < m4; i += 4) tailColumns(a, b, i, 4, k, n, n4, c);
  } else {
    for (let i = 0; i < m4; i += 4) rows4(a, b, i, k, n, c);
  }
  let i = m4;
  if (m - i >= 2) {
    rows2(a, b, i, k, n, c);
    i += 2;
  }
  if (i < m) row1(a, b, i, k, n, c);
}

// b's first n4 columns as panels of 4: panel j/4 holds b[p, j..j+3] at 4p.
function pack(b: Values, k: number, n: number, n4: number): Float32Array {
  const packed = new Float32Array(k * n4);
  for (let j = 0; j < n4; j += 4) {
    const base = j * k;
    for (let p = 0, src = j, dst = base; p < k; p++, src += n, dst += 4) {
      packed[dst] = b[src]!;
      packed[dst + 1] = b[src + 1]!;
      packed[dst + 2] = b[src + 2]!;
      packed[dst + 3] = b[src + 3]!;
    }
  }
  return packed;
}

function rows4Packed(a: Values, packed: Float32Array, i: number, k: number, n: number, n4: number, c: Float32Array): void {
  for (let j = 0; j < n4; j += 4) block4x4(a, packed, i, k, n, j, j * k, 4, c);
}

function rows4(a: Values, b: Values, i: number, k: number, n: number, c: Float32Array): void {
  const n4 = n - (n % 4);
  for (let j = 0; j < n4; j += 4) block4x4(a, b, i, k, n, j, j, n, c);
  tailColumns(a, b, i, 4, k, n, n4, c);
}

// c[i..i+3, j..j+3] = a[i..i+3, :] · b's 4 columns, whose row p starts at
// q0 + p·step in `b` (step n in place, 4 in a packed panel).
function block4x4(a: Values, b: Values, i: number, k: number, n: number, j: number, q0: number, step: number, c: Float32Array): void {
  const a0 = i * k;
  const a1 = a0 + k;
  const a2 = a1 + k;
  const a3 = a2 + k;
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let p = 0, q = q0; p < k; p++, q += step) {
    const b0 = b[q]!, b1 = b[q + 1]!, b2 = b[q + 2]!, b3 = b[q + 3]!;
    const x0 = a[a0 + p]!, x1 = a[a1 + p]!, x2 = a[a2 + p]!, x3 = a[a3 + p]!;
    c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
    c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
    c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
    c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
  }
  const r0 = i * n + j, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
  c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
  c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
  c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
  c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
}

function rows2(a: Values, b: Values, i: number, k: number, n: number, c: Float32Array): void {
  const a0 = i * k;
  const a1 = a0 + k;
  const n4 = n - (n % 4);
  for (let j = 0; j < n4; j += 4) {
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    for (let p = 0, q = j; p < k; p++, q += n) {
      const b0 = b[q]!, b1 = b[q + 1]!, b2 = b[q + 2]!, b3 = b[q + 3]!;
      const x0 = a[a0 + p]!, x1 = a[a1 + p]!;
      c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
      c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
    }
    const r0 = i * n + j, r1 = r0 + n;
    c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
    c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
  }
  tailColumns(a, b, i, 2, k, n, n4, c);
}

function row1(a: Values, b: Values, i: number, k: number, n: number, c: Float32Array): void {
  const a0 = i * k;
  const n4 = n - (n % 4);
  for (let j = 0; j < n4; j += 4) {
    let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    for (let p = 0, q = j; p < k; p++, q += n) {
      const x = a[a0 + p]!;
      c0 += x * b[q]!; c1 += x * b[q + 1]!; c2 += x * b[q + 2]!; c3 += x * b[q + 3]!;
    }
    const r = i * n + j;
    c[r] = c0; c[r + 1] = c1; c[r + 2] = c2; c[r + 3] = c3;
  }
  tailColumns(a, b, i, 1, k, n, n4, c);
}

// Columns n4..n-1 (fewer than 4) of rows i..i+rows-1, one dot product each.
function tailColumns(a: Values, b: Values, i: number, rows: number, k: number, n: number, n4: number, c: Float32Array): void {
  for (let r = i; r < i + rows; r++) {
    const ar = r * k;
    for (let j = n4; j < n; j++) {
      let s = 0;
      for (let p = 0, q = j; p < k; p++, q += n) s += a[ar + p]! * b[q]!;
      c[r * n + j] = s;
    }
  }
}

/**
 * Adds `bias` to each row of `c` (`[m, n]`) and applies the activation in
 * place, with TensorFlow.js's cpu definitions of each: the product is rounded
 * to float32 first, the sum again, as in its separate kernels.
 */
export function epilogue(c: Float32Array, bias: Values | undefined, n: number, activation: DenseKernelAttrs['activation']): void {
  if (bias !== undefined) {
    for (let r = 0; r < c.length; r += n) {
      for (let j = 0; j < n; j++) c[r + j] = c[r + j]! + bias[j]!;
    }
  }
  switch (activation) {
    case 'linear':
      return;
    case 'relu':
      for (let i = 0; i < c.length; i++) if (c[i]! < 0) c[i] = 0;
      return;
    case 'sigmoid':
      for (let i = 0; i < c.length; i++) c[i] = 1 / (1 + Math.exp(-c[i]!));
      return;
    case 'elu':
      for (let i = 0; i < c.length; i++) {
        const v = c[i]!;
        if (!(v >= 0)) c[i] = Math.exp(v) - 1;
      }
      return;
  }
}

/**
 * `DENSE_KERNEL` for TensorFlow.js's cpu backend: the matrix product, bias
 * and activation written straight into one output buffer, with no
 * intermediate tensors (tfjs's own `_FusedMatMul` on cpu runs a batched
 * matMul, a broadcasting add and the activation as three kernels).
 */
export const denseKernel: PluginKernel = {
  kernelName: KERNEL_NAME,
  kernelFunc: ({ inputs, backend, attrs }) => {
    const cpu = backend as MathBackendCPU;
    const x = required(inputs, 'x');
    const kernel = required(inputs, 'kernel');
    const bias = inputs['bias'];
    const m = x.shape[0]!;
    const k = x.shape[1]!;
    const n = kernel.shape[1]!;
    const out = new Float32Array(m * n);
    gemm(values(cpu, x), values(cpu, kernel), m, k, n, out);
    const activation = (attrs?.['activation'] ?? 'linear') as DenseKernelAttrs['activation'];
    epilogue(out, bias === undefined ? undefined : values(cpu, bias), n, activation);
    return cpu.makeTensorInfo([m, n], 'float32', out);
  },
};

function required(inputs: NamedTensorInfoMap, name: string): TensorInfo {
  const t = inputs[name];
  if (t === undefined) throw new Error(`${KERNEL_NAME}: missing input '${name}'`);
  return t;
}

function values(cpu: MathBackendCPU, t: TensorInfo): Values {
  return cpu.data.get(t.dataId).values as Values;
}
