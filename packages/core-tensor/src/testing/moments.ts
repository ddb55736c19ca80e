/** Sample mean, population std, min and max (float64 two-pass), for statistical tests. */
export function moments(d: ArrayLike<number>): { mean: number; std: number; min: number; max: number } {
  let s = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    s += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = s / d.length;
  let q = 0;
  for (let i = 0; i < d.length; i++) q += (d[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(q / d.length), min, max };
}
