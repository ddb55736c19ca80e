/**
 * The Q of the QR decomposition of an m×n matrix (m >= n) normalised so that
 * R's diagonal is positive — the unique factorisation, so the result does not
 * depend on the algorithm (numpy, LAPACK and this agree up to rounding).
 * Householder reflections in float64; `a` is column-major and is overwritten.
 * Returns Q column-major (m×n).
 */
export function orthonormalQ(a: Float64Array, m: number, n: number): Float64Array {
  const vs: Float64Array[] = [];
  const signs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const col = k * m;
    let norm = 0;
    for (let i = k; i < m; i++) norm += a[col + i]! * a[col + i]!;
    norm = Math.sqrt(norm);
    const x0 = a[col + k]!;
    // Reflect x onto -sign(x0) ||x|| e1: no cancellation in v0 = x0 - alpha.
    const alpha = x0 >= 0 ? -norm : norm;
    const v = new Float64Array(m - k);
    for (let i = k; i < m; i++) v[i - k] = a[col + i]!;
    v[0] = x0 - alpha;
    let vnorm = 0;
    for (let i = 0; i < v.length; i++) vnorm += v[i]! * v[i]!;
    vnorm = Math.sqrt(vnorm);
    if (vnorm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / vnorm;
    reflect(v, a, m, k, k + 1, n);
    vs.push(v);
    // R[k][k] = alpha (or x0 when the column was already reduced, vnorm = 0).
    const rkk = vnorm > 0 ? alpha : x0;
    signs[k] = rkk > 0 ? 1 : rkk < 0 ? -1 : 0;
  }
  // Q = H_0 … H_{n-1} [I_n; 0], applied from the last reflection backwards.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    reflect(vs[k]!, q, m, k, k, n);
  }
  // Keras: q *= sign(diag(r)).
  for (let j = 0; j < n; j++) {
    const sj = signs[j]!;
    for (let i = 0; i < m; i++) q[j * m + i] = q[j * m + i]! * sj;
  }
  return q;
}

/**
 * Applies the reflection I - 2 v vᵀ (v unit, acting on rows k..m-1) to
 * columns j0..n-1 of the column-major m-row matrix `a`, eight columns per pass
 * so each element of v is loaded once for eight dot products and eight updates.
 */
function reflect(v: Float64Array, a: Float64Array, m: number, k: number, j0: number, n: number): void {
  const len = m - k;
  let j = j0;
  for (; j + 8 <= n; j += 8) {
    const c0 = j * m + k, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m, c4 = c3 + m, c5 = c4 + m, c6 = c5 + m, c7 = c6 + m;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let i = 0; i < len; i++) {
      const vi = v[i]!;
      s0 += vi * a[c0 + i]!; s1 += vi * a[c1 + i]!; s2 += vi * a[c2 + i]!; s3 += vi * a[c3 + i]!;
      s4 += vi * a[c4 + i]!; s5 += vi * a[c5 + i]!; s6 += vi * a[c6 + i]!; s7 += vi * a[c7 + i]!;
    }
    s0 *= 2; s1 *= 2; s2 *= 2; s3 *= 2; s4 *= 2; s5 *= 2; s6 *= 2; s7 *= 2;
    for (let i = 0; i < len; i++) {
      const vi = v[i]!;
      a[c0 + i] = a[c0 + i]! - s0 * vi; a[c1 + i] = a[c1 + i]! - s1 * vi;
      a[c2 + i] = a[c2 + i]! - s2 * vi; a[c3 + i] = a[c3 + i]! - s3 * vi;
      a[c4 + i] = a[c4 + i]! - s4 * vi; a[c5 + i] = a[c5 + i]! - s5 * vi;
      a[c6 + i] = a[c6 + i]! - s6 * vi; a[c7 + i] = a[c7 + i]! - s7 * vi;
    }
  }
  for (; j < n; j++) {
    const c = j * m + k;
    let s = 0;
    for (let i = 0; i < len; i++) s += v[i]! * a[c + i]!;
    s *= 2;
    for (let i = 0; i < len; i++) a[c + i] = a[c + i]! - s * v[i]!;
  }
}
