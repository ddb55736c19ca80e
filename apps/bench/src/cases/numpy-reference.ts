import { spawnSync } from 'node:child_process';
import type { Figure, Stats } from '../types.js';

/** numpy's repr time for the reference figure, when python3 is unavailable. */
const PUBLISHED_MS = 1.2;

// timeit is Python's own benchmark harness: autorange picks the loop count, repeat gives samples.
const SCRIPT = `
import json, sys, timeit
import numpy as np
n = int(sys.argv[1])
a = np.random.default_rng(0).standard_normal((n, n)).astype(np.float32)
t = timeit.Timer(lambda: repr(a))
number, _ = t.autorange()
runs = sorted(x / number * 1000 for x in t.repeat(repeat=7, number=number))
print(json.dumps({"version": np.__version__, "runs": runs}))
`;

function statsOf(sorted: readonly number[]): Stats {
  const at = (q: number): number => sorted[Math.round((sorted.length - 1) * q)] ?? Number.NaN;
  const median = at(0.5);
  const dev = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  return {
    median,
    p25: at(0.25),
    p75: at(0.75),
    mad: dev[Math.floor(dev.length / 2)] ?? 0,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    samples: sorted.length,
  };
}

/**
 * numpy's `repr` of an n×n float32 array, timed in a python3 child with
 * timeit (same machine, same run). Falls back to the published
 * figure, marked as not measured, when python3 or numpy is missing.
 */
export function numpyReprFigure(n: number): { figure: Figure; note?: string } {
  const res = spawnSync('python3', ['-c', SCRIPT, String(n)], { encoding: 'utf8', timeout: 60_000 });
  if (res.status === 0) {
    try {
      const parsed = JSON.parse(res.stdout) as { version: string; runs: number[] };
      const stats = statsOf(parsed.runs);
      return { figure: { label: `numpy ${parsed.version} repr`, value: stats.median, unit: 'ms', higherIsBetter: false, stats, measured: true } };
    } catch {
      // fall through to the published figure
    }
  }
  const why = res.error?.message ?? res.stderr.trim().split('\n').pop() ?? `exit ${res.status}`;
  return {
    figure: { label: 'numpy repr', value: PUBLISHED_MS, unit: 'ms', higherIsBetter: false, measured: false },
    note: `numpy not measured (${why}); its figure is the issue's 1.2 ms`,
  };
}
