import { tfjs } from '@lamina/core-tensor';
import { startBackend } from '../backend.js';
import { latency } from '../figure.js';
import { fastBudget, measure, pick } from '../measure.js';
import { loadInspect } from '../optional.js';
import type { RowSpec } from '../types.js';
import type { CaseContext, CaseOutput } from './context.js';
import { numpyReprFigure } from './numpy-reference.js';

const TARGET_MS_4096 = 5;

/**
 * `repr` of an n×n float32 tensor on the cpu backend. numpy's repr of the
 * same-sized array (python3, same run) is the reference with the target; tfjs
 * `toString()` is a second reference: it downloads and formats every value,
 * so it takes seconds at 4096² and gets only one timed call there.
 */
export async function run(ctx: CaseContext): Promise<CaseOutput> {
  const backend = await startBackend({ name: 'cpu' });
  const { repr } = await loadInspect();
  const full = Number(ctx.variant);
  const n = ctx.quick ? Math.round(full / 20) : full;
  const t = tfjs.randomNormal([n, n], 0, 1, 'float32', 3);
  const ours = latency('Lamina repr', pick(measure({ repr: () => repr(t) }, fastBudget(ctx.quick)), 'repr'));
  // toString() formats all n² values: ~0.5 s at 1000², ~8 s at 4096², so one call
  // (no warm-up) at 4096² keeps the run short; the gap is orders of magnitude anyway.
  const toStringBudget =
    n > 1000
      ? { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 }
      : n === 1000
        ? { iterations: 2, time: 0, warmupIterations: 1, warmupTime: 0 }
        : fastBudget(ctx.quick);
  const tfjsFigure = latency('tfjs toString()', pick(measure({ toString: () => t.toString() }, toStringBudget), 'toString'));
  t.dispose();
  const numpy = numpyReprFigure(n);
  const target = full === 4096 ? { target: { text: `< ${TARGET_MS_4096} ms`, maxValue: TARGET_MS_4096 } } : {};
  const rows: RowSpec[] = [
    { case: ctx.name, name: `repr ${n}×${n} float32 vs numpy`, ours, reference: numpy.figure, ...target, ...(numpy.note === undefined ? {} : { note: numpy.note }) },
    { case: ctx.name, name: `repr ${n}×${n} float32 vs tfjs toString()`, ours, reference: tfjsFigure },
  ];
  return { rows, backend };
}
