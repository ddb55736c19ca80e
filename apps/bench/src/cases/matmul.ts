import { matMul, randomUniform } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import { backendLabel, startBackend, threadNote } from '../backend.js';
import type { BackendChoice } from '../backend.js';
import { rate } from '../figure.js';
import { fastBudget, measure, pick, slowBudget } from '../measure.js';
import type { RowSpec } from '../types.js';
import type { CaseContext, CaseOutput } from './context.js';

const CHOICES: Readonly<Record<string, BackendChoice>> = {
  cpu: { name: 'cpu' },
  'wasm-1': { name: 'wasm', threads: 1 },
  'wasm-2': { name: 'wasm', threads: 2 },
};

/** Which configuration each one is compared with, and the target at 1024². */
const REFERENCE: Readonly<Record<string, { ref: string; minSpeedup?: number }[]>> = {
  cpu: [],
  'wasm-1': [{ ref: 'cpu' }],
  'wasm-2': [{ ref: 'wasm-1', minSpeedup: 1.7 }, { ref: 'cpu', minSpeedup: 50 }],
};

/** Row key of one configuration and size, shared across processes. */
export function matmulKey(variant: string, n: number): string {
  return `matmul/${variant}/${n}`;
}

/**
 * float32 matMul of two n×n matrices, GFLOP/s = 2n³ / time. Ops on cpu and
 * wasm run synchronously, so disposing the product is enough to time the
 * kernel; the result is not downloaded.
 */
export async function run(ctx: CaseContext): Promise<CaseOutput> {
  const choice = CHOICES[ctx.variant];
  if (choice === undefined) throw new Error(`matmul: unknown variant '${ctx.variant}'`);
  const backend = await startBackend(choice);
  const note = threadNote(choice, backend);
  const label = backendLabel(choice);
  const sizes = ctx.quick ? [256] : [256, 512, 1024];
  const rows: RowSpec[] = [];
  for (const n of sizes) {
    const a: Tensor = randomUniform([n, n], -1, 1, 'float32', 1);
    const b: Tensor = randomUniform([n, n], -1, 1, 'float32', 2);
    // The JS cpu backend takes seconds per 1024² product: a few calls only.
    const slow = choice.name === 'cpu' && n >= 512;
    const budget = slow ? slowBudget(ctx.quick, n >= 1024 ? 3 : 4) : fastBudget(ctx.quick);
    const stats = measure({ matMul: () => matMul(a, b).dispose() }, budget);
    a.dispose();
    b.dispose();
    const ours = rate(`Lamina ${label}`, pick(stats, 'matMul'), (2 * n ** 3) / 1e9, 'GFLOP/s');
    const refs = REFERENCE[ctx.variant] ?? [];
    const key = matmulKey(ctx.variant, n);
    if (refs.length === 0) rows.push({ case: ctx.name, name: `matMul ${n}² ${label}`, key, ours, reference: null, ...(note === undefined ? {} : { note }) });
    refs.forEach((r, i) => {
      const target = n === 1024 && r.minSpeedup !== undefined ? { text: `≥ ${r.minSpeedup}×`, minSpeedup: r.minSpeedup } : undefined;
      rows.push({
        case: ctx.name,
        name: `matMul ${n}² ${label} vs ${backendLabel(CHOICES[r.ref]!)}`,
        ...(i === 0 ? { key } : {}),
        ours,
        reference: null,
        referenceKey: matmulKey(r.ref, n),
        ...(target === undefined ? {} : { target }),
        ...(note === undefined ? {} : { note }),
      });
    });
  }
  return { rows, backend };
}
