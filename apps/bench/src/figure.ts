import type { Figure, Stats } from './types.js';

/**
 * A throughput figure: `perCall` units of work per call, divided by the
 * median call time. `perCall` is already scaled to the unit (e.g. GFLOP).
 */
export function rate(label: string, stats: Stats, perCall: number, unit: string): Figure {
  return { label, value: perCall / (stats.median / 1000), unit, higherIsBetter: true, stats, measured: true };
}

/** A latency figure: the median call time in ms or µs. */
export function latency(label: string, stats: Stats, unit: 'ms' | 'µs' = 'ms'): Figure {
  const value = unit === 'ms' ? stats.median : stats.median * 1000;
  return { label, value, unit, higherIsBetter: false, stats, measured: true };
}

/** A count or size, not a time (tensors alive, heap growth). */
export function amount(label: string, value: number, unit: string): Figure {
  return { label, value, unit, higherIsBetter: false, measured: true, comparable: false };
}
