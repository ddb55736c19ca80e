import type { RowSpec } from '../types.js';

/** What every case module receives. */
export interface CaseContext {
  /** Case name, e.g. 'matmul-wasm-2'; rows carry it. */
  readonly name: string;
  /** Variant from the catalogue, e.g. 'wasm-2'. */
  readonly variant: string;
  readonly quick: boolean;
}

/** What a case module returns; the runner adds the timing and backend info. */
export interface CaseOutput {
  readonly rows: RowSpec[];
  readonly backend?: { readonly name: string; readonly threads: number; readonly simd: boolean };
}

/** Every module under src/cases/ exports `run` with this signature. */
export type CaseModule = { run(ctx: CaseContext): Promise<CaseOutput> };
