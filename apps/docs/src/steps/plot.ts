import type { Tensor } from '@lamina/core-tensor';
import { histogram } from '@lamina/inspect';
import type { Density } from '../lib/density.js';
import type { HistogramPlot } from './types.js';

/** Bins per histogram: about 5k draws per initializer, so ~170 per bin near the mode. */
export const HISTOGRAM_BINS = 30;

/**
 * The drawn values of `weights` binned by `@lamina/inspect`'s `histogram`,
 * paired with the density they should follow.
 *
 * @example
 * ```ts
 * plotOf('randomNormal', net.weights[0], normalDensity(0, 0.01));
 * ```
 */
export function plotOf(title: string, weights: Tensor, density: Density): HistogramPlot {
  const { edges, counts } = histogram(weights, { bins: HISTOGRAM_BINS });
  return { title, edges: Array.from(edges), counts: Array.from(counts), density };
}
