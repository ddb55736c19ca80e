import { startBackend, threadNote } from '../backend.js';
import type { BackendChoice } from '../backend.js';
import { latency, rate } from '../figure.js';
import { fastBudget, measure, pick, slowBudget } from '../measure.js';
import type { Figure, RowSpec, Stats } from '../types.js';
import type { CaseContext, CaseOutput } from './context.js';
import { CHAPTER_MLP, LARGE_MLP, buildMlp, readAndFree } from './mlp-models.js';
import type { MlpSpec } from './mlp-models.js';
import { DENSE_KERNEL, tfjs } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';

const WITHIN = 1.15;

/**
 * The chapter MLP's per-call latency (small) or a large MLP's throughput
 * (large), Lamina against the same math in tfjs-core fused ops (a) and
 * tfjs-layers `predict` with the same weights (b). Every call reads its
 * output back to the host, as a user's code would.
 */
export async function run(ctx: CaseContext): Promise<CaseOutput> {
  const [size, backendName] = ctx.variant.split('-');
  const choice: BackendChoice = backendName === 'wasm' ? { name: 'wasm', threads: 2 } : { name: 'cpu' };
  const backend = await startBackend(choice);
  const large = size === 'large';
  // Quick runs shrink the large batch: the harness is exercised, the numbers are not meaningful.
  const spec: MlpSpec = large ? { ...LARGE_MLP, batch: ctx.quick ? 32 : LARGE_MLP.batch } : CHAPTER_MLP;
  const m = await buildMlp(spec);
  const slow = large && choice.name === 'cpu';
  // Where the backend adds Lamina's dense kernel, one more contender runs
  // Lamina with it unregistered for the contender's whole phase, i.e. on
  // tfjs's own kernels only, to show how much of the difference is the kernel
  // and how much the framework.
  const denseKernel = tfjs.getKernel(DENSE_KERNEL, tfjs.getBackend());
  const onTfjsKernels = {
    run: () => readAndFree(m.ours.apply(m.x)),
    before: () => tfjs.unregisterKernel(DENSE_KERNEL, denseKernel!.backendName),
    after: () => tfjs.registerKernel(denseKernel!),
  };
  const stats = measure(
    {
      apply: () => readAndFree(m.ours.apply(m.x)),
      predict: () => readAndFree(m.ours.predict(m.x)),
      fused: () => readAndFree(m.fused()),
      layers: () => readAndFree(m.layersModel.predict(m.x) as Tensor),
      ...(denseKernel === undefined ? {} : { sameKernels: onTfjsKernels }),
    },
    // On cpu one large call takes ~5 s, so a warm-up call would change nothing measurable:
    // two timed calls per contender keep the whole run short.
    slow ? slowBudget(ctx.quick, 2, 0) : fastBudget(ctx.quick),
  );
  m.dispose();
  const figure = (label: string, s: Stats): Figure =>
    large ? rate(label, s, spec.batch / 1000, 'k samples/s') : latency(label, s, 'µs');
  const title = large ? `large MLP b${spec.batch} 784→1024→10` : 'chapter MLP b2 20→256→10';
  const notes = [threadNote(choice, backend), m.maxDiff > 1e-3 ? `outputs differ by up to ${m.maxDiff}` : undefined]
    .filter((s): s is string => s !== undefined)
    .join('; ');
  const note = notes === '' ? {} : { note: notes };
  const rows: RowSpec[] = [
    {
      case: ctx.name,
      name: `${title} ${choice.name}: apply vs tfjs-core fused ops`,
      ours: figure('Lamina apply', pick(stats, 'apply')),
      reference: figure('tfjs-core fused', pick(stats, 'fused')),
      target: { text: `within ${WITHIN}×`, minSpeedup: 1 / WITHIN },
      ...note,
    },
    {
      case: ctx.name,
      name: `${title} ${choice.name}: predict vs tfjs-layers predict`,
      ours: figure('Lamina predict', pick(stats, 'predict')),
      reference: figure('tfjs-layers predict', pick(stats, 'layers')),
      target: { text: '≥ 2×', minSpeedup: 2 },
    },
  ];
  if (denseKernel !== undefined) {
    rows.push({
      case: ctx.name,
      name: `${title} ${choice.name}: apply on tfjs's kernels only vs tfjs-layers predict`,
      ours: figure('Lamina apply, tfjs kernels', pick(stats, 'sameKernels')),
      reference: figure('tfjs-layers predict', pick(stats, 'layers')),
    });
  }
  return { rows, backend };
}
