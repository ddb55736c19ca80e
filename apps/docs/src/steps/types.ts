import type { Tensor } from '@lamina/core-tensor';
import type { Sequential } from '@lamina/layers';
import type { Density } from '../lib/density.js';

/** One histogram the page draws: drawn weights against the theoretical density. */
export interface HistogramPlot {
  readonly title: string;
  /** Bin edges, `counts.length + 1` of them (from `@lamina/inspect`'s `histogram`). */
  readonly edges: readonly number[];
  readonly counts: readonly number[];
  readonly density: Density;
}

/** What running a step produced: the printed text, and plots for the page. */
export interface StepResult {
  readonly output: string;
  readonly histograms?: readonly HistogramPlot[];
}

/**
 * What the chapter keeps between cells (`X` and the current `net`), plus
 * everything to free when the chapter is run again on another backend.
 */
export interface Session {
  X: Tensor | undefined;
  net: Sequential | undefined;
  /** The network of the "Your own initializer" cell, which the next cell edits. */
  custom: Sequential | undefined;
  /** Registers models or tensors to dispose at the end of the run. */
  own<T extends { dispose(): void }>(x: T): T;
  /** Frees everything registered with `own`, each object once. */
  dispose(): void;
}

/** One cell of the chapter, shared by the terminal walkthrough and the web page. */
export interface Step {
  /** Stable id: the page's element id and the test's handle. */
  readonly id: string;
  /** Chapter section, e.g. "Parameter access". */
  readonly section: string;
  readonly title: string;
  /** One or two sentences of prose shown above the code. */
  readonly prose: string;
  /** The TypeScript the cell shows; `run` does exactly this. */
  readonly code: string;
  run(session: Session): StepResult | Promise<StepResult>;
}
