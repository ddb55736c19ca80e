/** Latency statistics of one measured function, in milliseconds per call. */
export interface Stats {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  /** Median absolute deviation (unscaled), in ms. */
  readonly mad: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly samples: number;
}

/**
 * One figure in the table: a value in a unit, with the latency statistics it
 * was derived from (absent for counts such as tensors after 10,000 calls).
 */
export interface Figure {
  /** Who produced it: 'Lamina apply', 'tfjs-core fused', 'numpy 2.4 (python3)', ... */
  readonly label: string;
  readonly value: number;
  /** 'GFLOP/s', 'M samples/s', 'ms', 'µs', 'k samples/s', 'tensors', 'MiB' */
  readonly unit: string;
  /** Whether a larger value is better (throughput) or worse (latency, growth). */
  readonly higherIsBetter: boolean;
  readonly stats?: Stats;
  /** Set when the figure is a published constant rather than measured in this run. */
  readonly measured?: boolean;
  /** False for amounts (tensor counts, heap growth) whose quotient means nothing. */
  readonly comparable?: boolean;
}

/** What a row is checked against; `met` is filled in by the parent. */
export interface TargetSpec {
  readonly text: string;
  /** ours must be at least this many times better than the reference. */
  readonly minSpeedup?: number;
  /** ours must be at most this value (in the figure's unit). */
  readonly maxValue?: number;
  /** False for targets on counts (tensors, heap), which --quick still evaluates. */
  readonly timing?: boolean;
}

/** A row as a case produces it, before the parent fills cross-process references. */
export interface RowSpec {
  /** The case (child process) that produced the row. */
  readonly case: string;
  /** Row label, e.g. 'matMul 1024² wasm ×2 vs wasm ×1'. */
  readonly name: string;
  /** Key other rows can use to refer to this row's `ours` figure. */
  readonly key?: string;
  readonly ours: Figure | null;
  readonly reference: Figure | null;
  /** Fill `reference` from the row with this key (possibly from another process). */
  readonly referenceKey?: string;
  readonly target?: TargetSpec;
  readonly note?: string;
}

/** A finished row of the table. */
export interface Row {
  readonly case: string;
  readonly name: string;
  readonly ours: Figure | null;
  readonly reference: Figure | null;
  /** How many times better ours is than the reference (>1: ours is better). */
  readonly ratio: number | null;
  readonly target: { readonly text: string; readonly met: boolean | null } | null;
  readonly note?: string;
}

/** What a case runner reports back to the parent. */
export interface CaseResult {
  readonly case: string;
  readonly status: 'ok' | 'skipped' | 'failed';
  /** Why a case was skipped or failed. */
  readonly reason?: string;
  /** Backend the case ran on, as `getBackend()` reported it. */
  readonly backend?: { readonly name: string; readonly threads: number; readonly simd: boolean };
  readonly rows: readonly RowSpec[];
  readonly seconds: number;
}
