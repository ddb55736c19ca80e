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
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      let s = 0;
      for (let i = k; i < m; i++) s += v[i - k]! * a[cj + i]!;
      s *= 2;
      for (let i = k; i < m; i++) a[cj + i] = a[cj + i]! - s * v[i - k]!;
    }
    vs.push(v);
    // R[k][k] = alpha (or x0 when the column was already reduced, vnorm = 0).
    const rkk = vnorm > 0 ? alpha : x0;
    signs[k] = rkk > 0 ? 1 : rkk < 0 ? -1 : 0;
  }
  // Q = H_0 … H_{n-1} [I_n; 0], applied from the last reflection backwards.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k]!;
    for (let j = k; j < n; j++) {
      const cj = j * m;
      let s = 0;
      for (let i = k; i < m; i++) s += v[i - k]! * q[cj + i]!;
      s *= 2;
      for (let i = k; i < m; i++) q[cj + i] = q[cj + i]! - s * v[i - k]!;
    }
  }
  // Keras: q *= sign(diag(r)).
  for (let j = 0; j < n; j++) {
    const sj = signs[j]!;
    for (let i = 0; i < m; i++) q[j * m + i] = q[j * m + i]! * sj;
  }
  return q;
}
