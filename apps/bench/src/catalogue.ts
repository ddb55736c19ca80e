/**
 * Every case the CLI knows. Each case runs in its own child process (a fresh
 * tfjs engine and, for wasm, a fresh thread pool), so the list carries only
 * metadata: the parent never loads the packages a case measures.
 */
export interface CaseInfo {
  readonly name: string;
  readonly summary: string;
  /** Module under src/cases/ that runs it, and the argument it is given. */
  readonly module: 'matmul' | 'initializers' | 'mlp' | 'repr' | 'memory';
  readonly variant: string;
}

export const CASES: readonly CaseInfo[] = [
  { name: 'matmul-cpu', module: 'matmul', variant: 'cpu', summary: 'float32 matMul 256²/512²/1024², GFLOP/s, cpu backend' },
  { name: 'matmul-wasm-1', module: 'matmul', variant: 'wasm-1', summary: 'float32 matMul, GFLOP/s, wasm with 1 thread' },
  { name: 'matmul-wasm-2', module: 'matmul', variant: 'wasm-2', summary: 'float32 matMul, GFLOP/s, wasm with 2 threads' },
  { name: 'init-normal', module: 'initializers', variant: 'normal', summary: 'randomNormal() 4096×4096, M samples/s vs tfjs-core and tfjs-layers' },
  { name: 'init-truncated', module: 'initializers', variant: 'truncated', summary: 'glorotNormal() (truncated normal) 4096×4096 vs tfjs-core and tfjs-layers' },
  { name: 'init-uniform', module: 'initializers', variant: 'uniform', summary: 'randomUniform() 4096×4096 vs tfjs-core and tfjs-layers' },
  { name: 'mlp-small-cpu', module: 'mlp', variant: 'small-cpu', summary: 'chapter MLP (batch 2, 20→256 relu→10) latency on cpu vs tfjs-core fused ops and tfjs-layers predict' },
  { name: 'mlp-small-wasm', module: 'mlp', variant: 'small-wasm', summary: 'chapter MLP latency on wasm (2 threads)' },
  { name: 'mlp-large-cpu', module: 'mlp', variant: 'large-cpu', summary: 'large MLP (batch 1024, 784→1024 relu→10) throughput on cpu' },
  { name: 'mlp-large-wasm', module: 'mlp', variant: 'large-wasm', summary: 'large MLP throughput on wasm (2 threads)' },
  { name: 'repr-4096', module: 'repr', variant: '4096', summary: 'repr of a 4096×4096 float32 tensor vs numpy repr and tfjs toString()' },
  { name: 'repr-1000', module: 'repr', variant: '1000', summary: 'repr of a 1000×1000 float32 tensor vs numpy repr and tfjs toString()' },
  { name: 'memory-cpu', module: 'memory', variant: 'cpu', summary: 'tensors and heap after 10,000 chapter-MLP forward calls on cpu (must not grow)' },
  { name: 'memory-wasm', module: 'memory', variant: 'wasm', summary: 'tensors and heap after 10,000 forward calls on wasm (must not grow)' },
];

/** Looks a case up by its exact name. */
export function findCase(name: string): CaseInfo | undefined {
  return CASES.find((c) => c.name === name);
}

/**
 * Cases selected by filter terms: a term selects the case it names exactly,
 * otherwise every case whose name contains it. Returns the terms that
 * selected nothing so the CLI can reject them.
 */
export function selectCases(terms: readonly string[]): { cases: CaseInfo[]; unmatched: string[] } {
  if (terms.length === 0) return { cases: [...CASES], unmatched: [] };
  const chosen = new Set<CaseInfo>();
  const unmatched: string[] = [];
  for (const term of terms) {
    const exact = findCase(term);
    const hits = exact !== undefined ? [exact] : CASES.filter((c) => c.name.includes(term));
    if (hits.length === 0) unmatched.push(term);
    for (const hit of hits) chosen.add(hit);
  }
  // Keep catalogue order so that references (cpu, wasm-1) run before what refers to them.
  return { cases: CASES.filter((c) => chosen.has(c)), unmatched };
}
