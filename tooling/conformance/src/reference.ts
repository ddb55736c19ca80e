/**
 * Float64 references computed in plain JavaScript from the float32 inputs,
 * independent of any backend. Each returns values plus, where rounding grows
 * with the number of terms, the per-element sum of |terms| that bounds the
 * float32 error (|computed - exact| <= K * 2^-24 * sum|terms| for K terms).
 */

/** A dense row-major matrix in float64. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Values with the magnitude each element's rounding error scales with. */
export interface Reference {
  readonly values: Float64Array;
  readonly scale: Float64Array;
}

/** Wraps host data (any typed array) as a float64 matrix. */
export function matrix(data: ArrayLike<number>, rows: number, cols: number): Matrix {
  if (data.length !== rows * cols) throw new Error(`matrix: ${data.length} values for ${rows}x${cols}`);
  return { rows, cols, data: Float64Array.from(data) };
}

/** A (optionally transposed) times B (optionally transposed), plus bias per column. */
export function matMulReference(
  a: Matrix,
  b: Matrix,
  options: { transposeA?: boolean; transposeB?: boolean; bias?: ArrayLike<number>; relu?: boolean } = {},
): Reference {
  const ta = options.transposeA ?? false;
  const tb = options.transposeB ?? false;
  const m = ta ? a.cols : a.rows;
  const k = ta ? a.rows : a.cols;
  const n = tb ? b.rows : b.cols;
  const at = (i: number, p: number) => (ta ? a.data[p * a.cols + i]! : a.data[i * a.cols + p]!);
  const bt = (p: number, j: number) => (tb ? b.data[j * b.cols + p]! : b.data[p * b.cols + j]!);
  const values = new Float64Array(m * n);
  const scale = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      let mag = 0;
      for (let p = 0; p < k; p++) {
        const term = at(i, p) * bt(p, j);
        s += term;
        mag += Math.abs(term);
      }
      const bias = options.bias === undefined ? 0 : options.bias[j]!;
      s += bias;
      mag += Math.abs(bias);
      values[i * n + j] = options.relu === true ? Math.max(s, 0) : s;
      scale[i * n + j] = mag;
    }
  }
  return { values, scale };
}

/** a + b with b broadcast along the rows of a (a is rows x cols, b has cols values). */
export function addRowReference(a: Matrix, b: ArrayLike<number>): Reference {
  const values = new Float64Array(a.data.length);
  const scale = new Float64Array(a.data.length);
  for (let i = 0; i < a.data.length; i++) {
    const x = a.data[i]!;
    const y = b[i % a.cols]!;
    values[i] = x + y;
    scale[i] = Math.abs(x) + Math.abs(y);
  }
  return { values, scale };
}

/**
 * Loss and gradients of L(W, b) = mean((X W + b - Y)^2), by hand:
 * R = X W + b - Y, dL/dW = (2/n) X^T R, dL/db = (2/n) * column sums of R,
 * with n the number of elements of Y.
 */
export function squaredErrorGradients(
  x: Matrix,
  w: Matrix,
  bias: ArrayLike<number>,
  y: Matrix,
): { loss: number; dW: Reference; db: Reference } {
  const pred = matMulReference(x, w, { bias });
  const n = y.data.length;
  const r = new Float64Array(n);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    r[i] = pred.values[i]! - y.data[i]!;
    loss += r[i]! * r[i]!;
  }
  const residual = matrix(r, y.rows, y.cols);
  const dW = matMulReference(x, residual, { transposeA: true });
  const dWScaled = { values: dW.values.map((v) => (2 / n) * v), scale: dW.scale.map((v) => (2 / n) * v) };
  const db = new Float64Array(y.cols);
  const dbScale = new Float64Array(y.cols);
  for (let i = 0; i < n; i++) {
    db[i % y.cols]! += (2 / n) * r[i]!;
    dbScale[i % y.cols]! += (2 / n) * Math.abs(r[i]!);
  }
  return { loss: loss / n, dW: dWScaled, db: { values: db, scale: dbScale } };
}
