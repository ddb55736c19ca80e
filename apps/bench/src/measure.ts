import { Bench } from 'tinybench';
import type { Stats } from './types.js';

/** How long to sample each task; both minimums must be reached (tinybench semantics). */
export interface Budget {
  /** Minimum measured iterations. */
  readonly iterations: number;
  /** Minimum measured time in ms. */
  readonly time: number;
  readonly warmupIterations: number;
  readonly warmupTime: number;
}

/**
 * Budget for calls that take seconds each: one warm-up call, then a few calls
 * with no time minimum (their spread is small; the whole run must stay short).
 */
export function slowBudget(quick: boolean, iterations = 4, warmupIterations = 1): Budget {
  return { iterations: quick ? 2 : iterations, time: 0, warmupIterations, warmupTime: 0 };
}

/** Budget for calls of a few ms or less: run for a while, many samples. */
export function fastBudget(quick: boolean): Budget {
  return quick
    ? { iterations: 5, time: 20, warmupIterations: 2, warmupTime: 0 }
    : { iterations: 20, time: 1500, warmupIterations: 20, warmupTime: 300 };
}

function quantile(sorted: readonly number[], q: number): number {
  // Linear interpolation between order statistics, as tinybench does for p50/p75.
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

/**
 * Measures each function with tinybench (warm-up, then timed iterations) and
 * returns median, interquartile range and MAD per name. Tasks run one after
 * another in the order given, so a reference is measured under the same
 * conditions as ours.
 */
export function measure(tasks: Readonly<Record<string, () => unknown>>, budget: Budget): Record<string, Stats> {
  const bench = new Bench({
    iterations: budget.iterations,
    time: budget.time,
    warmup: budget.warmupIterations > 0,
    warmupIterations: budget.warmupIterations,
    warmupTime: budget.warmupTime,
    retainSamples: true,
    throws: true,
  });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  bench.runSync();
  const out: Record<string, Stats> = {};
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') {
      const detail = result.state === 'errored' ? `: ${result.error.message}` : '';
      throw new Error(`benchmark task '${task.name}' did not complete (${result.state})${detail}`);
    }
    const lat = result.latency;
    const sorted = [...(lat.samples ?? [lat.p50])].sort((x, y) => x - y);
    out[task.name] = {
      median: lat.p50,
      p25: quantile(sorted, 0.25),
      p75: lat.p75,
      mad: lat.mad,
      min: lat.min,
      max: lat.max,
      mean: lat.mean,
      samples: lat.samplesCount,
    };
  }
  return out;
}

/** The stats for `name`, which `measure` guarantees to exist. */
export function pick(stats: Readonly<Record<string, Stats>>, name: string): Stats {
  const s = stats[name];
  if (s === undefined) throw new Error(`no measurement named '${name}'`);
  return s;
}
