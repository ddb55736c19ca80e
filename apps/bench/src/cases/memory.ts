import { memory } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import { startBackend, threadNote } from '../backend.js';
import type { BackendChoice } from '../backend.js';
import { amount } from '../figure.js';
import type { RowSpec } from '../types.js';
import type { CaseContext, CaseOutput } from './context.js';
import { CHAPTER_MLP, buildMlp, readAndFree } from './mlp-models.js';

const MiB = 2 ** 20;
const HEAP_LIMIT_MIB = 1;

interface Snapshot {
  readonly tensors: number;
  readonly bytes: number;
  readonly heap: number | undefined;
}

function snapshot(): Snapshot {
  // Two collections: the first can leave finalizer-held objects for the second.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = memory();
  return { tensors: m.numTensors, bytes: m.numBytes, heap: gc === undefined ? undefined : process.memoryUsage().heapUsed };
}

/** Tensors, tensor bytes and JS heap growth over `calls` forward calls after a warm-up. */
function growth(calls: number, forward: () => void): { tensors: number; bytes: number; heapMiB: number | undefined } {
  // Warm-up first: JIT code, kernel caches and lazily built weights are not leaks.
  for (let i = 0; i < 200; i++) forward();
  const before = snapshot();
  for (let i = 0; i < calls; i++) forward();
  const after = snapshot();
  return {
    tensors: after.tensors - before.tensors,
    bytes: after.bytes - before.bytes,
    heapMiB: before.heap === undefined || after.heap === undefined ? undefined : (after.heap - before.heap) / MiB,
  };
}

function noteOf(parts: readonly (string | undefined)[]): { note?: string } {
  const text = parts.filter((p): p is string => p !== undefined).join('; ');
  return text === '' ? {} : { note: text };
}

/**
 * Memory after 10,000 forward calls of the chapter MLP (`apply`, result read
 * and disposed, as a user's loop does): live tensors and heap must not grow.
 * tfjs-layers `predict` on the same weights runs the same loop as reference.
 */
export async function run(ctx: CaseContext): Promise<CaseOutput> {
  const choice: BackendChoice = ctx.variant === 'wasm' ? { name: 'wasm', threads: 2 } : { name: 'cpu' };
  const backend = await startBackend(choice);
  const calls = ctx.quick ? 300 : 10_000;
  const m = await buildMlp(CHAPTER_MLP);
  const ours = growth(calls, () => readAndFree(m.ours.apply(m.x)));
  const ref = growth(calls, () => readAndFree(m.layersModel.predict(m.x) as Tensor));
  m.dispose();
  const label = `${calls.toLocaleString('en-US')} calls on ${choice.name}`;
  const thread = threadNote(choice, backend);
  const rows: RowSpec[] = [
    {
      case: ctx.name,
      name: `chapter MLP apply × ${label}: live tensors Δ`,
      ours: amount('Lamina apply', ours.tensors, 'tensors'),
      reference: amount('tfjs-layers predict', ref.tensors, 'tensors'),
      target: { text: '= 0', maxValue: 0, timing: false },
      ...noteOf([
        ours.bytes !== 0 || ref.bytes !== 0 ? `tensor bytes Δ: Lamina ${ours.bytes}, tfjs-layers ${ref.bytes}` : undefined,
        thread,
      ]),
    },
  ];
  if (ours.heapMiB === undefined || ref.heapMiB === undefined) {
    rows.push({ case: ctx.name, name: `chapter MLP apply × ${label}: heap Δ`, ours: null, reference: null, note: 'heap not measured: run the case with node --expose-gc' });
  } else {
    rows.push({
      case: ctx.name,
      name: `chapter MLP apply × ${label}: JS heap Δ after gc`,
      ours: amount('Lamina apply', ours.heapMiB, 'MiB'),
      reference: amount('tfjs-layers predict', ref.heapMiB, 'MiB'),
      target: { text: `≤ ${HEAP_LIMIT_MIB} MiB`, maxValue: HEAP_LIMIT_MIB, timing: false },
    });
  }
  return { rows, backend };
}
