import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, fillNormal, memory, randomStream, registerBackend } from '@lamina/core-tensor';
import { cpu } from '@lamina/backend-cpu';
import { orthogonal } from './index.js';
import { orthonormalQ } from './qr.js';

beforeAll(() => registerBackend(cpu()));

interface Case {
  m: number;
  n: number;
  a: number[];
  q: number[];
}
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/qr.json', import.meta.url), 'utf8')) as { cases: Case[] };

/** Row-major m×n as column-major. */
function colMajor(rowMajor: ArrayLike<number>, m: number, n: number): Float64Array {
  const a = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[j * m + i] = rowMajor[i * n + j]!;
  return a;
}

/** Gram matrix of the rows (or columns) of a row-major r×c matrix. */
function gram(d: ArrayLike<number>, r: number, c: number, of: 'rows' | 'cols'): number[][] {
  const k = of === 'rows' ? r : c;
  const g = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let x = 0; x < k; x++) {
    for (let y = 0; y < k; y++) {
      let s = 0;
      const len = of === 'rows' ? c : r;
      for (let t = 0; t < len; t++) s += of === 'rows' ? d[x * c + t]! * d[y * c + t]! : d[t * c + x]! * d[t * c + y]!;
      g[x]![y] = s;
    }
  }
  return g;
}

function expectIdentity(g: number[][], gain2: number, tol: number): void {
  g.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - (i === j ? gain2 : 0))).toBeLessThan(tol)));
}

describe('orthonormalQ against numpy.linalg.qr (q * sign(diag r))', () => {
  it.each(fixtures.cases.map((c) => [`${c.m}x${c.n}`, c] as const))('%s', (_, c) => {
    const q = orthonormalQ(colMajor(c.a, c.m, c.n), c.m, c.n);
    const expected = colMajor(c.q, c.m, c.n);
    for (let i = 0; i < q.length; i++) expect(Math.abs(q[i]! - expected[i]!)).toBeLessThan(1e-12);
  });
});

describe('orthogonal', () => {
  // float32 output: Gram entries are sums of up to 512 products rounded to 2^-24.
  it.each([
    [[64, 64], 'cols'],
    [[200, 30], 'cols'],
    [[30, 200], 'rows'],
    [[4, 5, 16], 'cols'], // 20 rows x 16 columns
    [[2, 2, 3, 40], 'rows'], // 12 rows x 40 columns
  ] as const)('%j has orthonormal %s', (shape, of) => {
    const t = orthogonal({ seed: 5 })([...shape]);
    expect([t.shape, t.dtype]).toEqual([[...shape], 'float32']);
    const cols = shape.at(-1)!;
    const rows = t.size / cols;
    expectIdentity(gram(t.dataSync(), rows, cols, of), 1, 1e-5);
    t.dispose();
  });

  it('is the Q of the QR of the seeded normal matrix: Qᵀ A is upper triangular with positive diagonal', () => {
    const [m, n] = [9, 5];
    const q = orthogonal({ seed: 12 })([m, n]);
    const qd = q.dataSync();
    q.dispose();
    const a = new Float32Array(m * n);
    fillNormal(a, randomStream(12), 0, 1);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let r = 0;
        for (let t = 0; t < m; t++) r += qd[t * n + i]! * a[t * n + j]!;
        if (i > j) expect(Math.abs(r)).toBeLessThan(1e-5);
        if (i === j) expect(r).toBeGreaterThan(0);
      }
    }
  });

  it('multiplies by gain, and a seed reproduces', () => {
    const a = orthogonal({ gain: 3, seed: 2 })([6, 6]);
    expectIdentity(gram(a.dataSync(), 6, 6, 'cols'), 9, 1e-4);
    const b = orthogonal({ seed: 2 })([6, 6]);
    const ad = a.dataSync();
    b.dataSync().forEach((v, i) => expect(ad[i]).toBeCloseTo(3 * v, 6));
    const c = orthogonal({ gain: 3, seed: 2 })([6, 6]);
    expect(Array.from(c.dataSync())).toEqual(Array.from(ad));
    [a, b, c].forEach((t) => t.dispose());
    expect(orthogonal({ gain: 0 }).getConfig()).toEqual({ gain: 0, seed: null });
    expect(orthogonal().getConfig()).toEqual({ gain: 1, seed: null });
  });

  it('handles empty shapes', () => {
    const t = orthogonal()([0, 3]);
    expect(t.shape).toEqual([0, 3]);
    t.dispose();
  });

  it.each([
    [() => orthogonal()([5]), /Orthogonal: the shape to initialize must be at least two-dimensional\. Received: shape=\[5\] of rank 1/],
    [() => orthogonal()([]), /Received: shape=\[\] of rank 0/],
    [() => orthogonal()([3, 3], 'int32'), /Orthogonal: dtype must be 'float32'/],
    [() => orthogonal()([3, -3]), /Orthogonal: shape must be an array of non-negative integers/],
    [() => orthogonal({ gain: Number.NaN }), /Orthogonal: gain must be a finite number/],
  ])('typed error, nothing allocated %#', (f, message) => {
    const before = memory().numTensors;
    expect(f).toThrow(InvalidArgumentError);
    expect(f).toThrow(message);
    expect(memory().numTensors).toBe(before);
  });
});
