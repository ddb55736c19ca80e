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

function median(sorted: readonly number[]): number {
  return quantile(sorted, 0.5);
}

function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((x, y) => x - y);
  const mid = median(sorted);
  return {
    median: mid,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    mad: median(sorted.map((v) => Math.abs(v - mid)).sort((x, y) => x - y)),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    samples: sorted.length,
  };
}

// Each task starts on a collected heap, so one contender's garbage is not
// collected on another's clock (needs node --expose-gc, which the runner sets).
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * A contender: a function, or one with set-up and tear-down around each of
 * its phases (warm-up, timed run), which are not timed.
 */
export type Contender = (() => unknown) | { readonly run: () => unknown; readonly before: () => void; readonly after: () => void };

/**
 * Measures each function with tinybench (warm-up, then timed iterations) and
 * returns median, interquartile range and MAD per name, in ms per call. Fast
 * calls are measured in three rounds with the order rotated, and their
 * samples pooled: the task measured first after a warm-up was seen to be
 * slowed (JIT, GC), and rotating keeps that from always hitting the same
 * contender. Calls that take seconds get one round.
 */
export function measure(tasks: Readonly<Record<string, Contender>>, budget: Budget): Record<string, Stats> {
  const names = Object.keys(tasks);
  const rounds = budget.time > 0 ? 3 : 1;
  const pooled = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      iterations: Math.ceil(budget.iterations / rounds),
      time: budget.time / rounds,
      warmup: budget.warmupIterations > 0,
      warmupIterations: budget.warmupIterations,
      warmupTime: budget.warmupTime / rounds,
      retainSamples: true,
      throws: true,
    });
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const task = tasks[name]!;
      if (typeof task === 'function') {
        bench.add(name, task, { beforeAll: collectGarbage });
      } else {
        bench.add(name, task.run, {
          beforeAll: () => {
            task.before();
            collectGarbage();
          },
          afterAll: task.after,
        });
      }
    }
    bench.runSync();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') {
        const detail = result.state === 'errored' ? `: ${result.error.message}` : '';
        throw new Error(`benchmark task '${task.name}' did not complete (${result.state})${detail}`);
      }
      pooled.get(task.name)!.push(...(result.latency.samples ?? [result.latency.p50]));
    }
  }
  return Object.fromEntries(names.map((n) => [n, statsOf(pooled.get(n)!)]));
}

/** The stats for `name`, which `measure` guarantees to exist. */
export function pick(stats: Readonly<Record<string, Stats>>, name: string): Stats {
  const s = stats[name];
  if (s === undefined) throw new Error(`no measurement named '${name}'`);
  return s;
}
