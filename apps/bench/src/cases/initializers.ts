import { tfjs } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import * as tfl from '@tensorflow/tfjs-layers';
import { startBackend } from '../backend.js';
import { rate } from '../figure.js';
import { measure, pick, slowBudget } from '../measure.js';
import { loadInitializers } from '../optional.js';
import type { Initializer } from '../optional.js';
import type { RowSpec } from '../types.js';
import type { CaseContext, CaseOutput } from './context.js';

interface Contender {
  readonly title: string;
  readonly ours: Initializer;
  readonly core: { readonly label: string; readonly make: (shape: number[]) => Tensor };
  readonly layers: { readonly label: string; readonly make: (shape: number[]) => Tensor };
  readonly target?: number;
}

/**
 * The three contenders of a variant. Each draws the distribution Keras's
 * default for that initializer draws, so the work is the same: N(0, 0.05),
 * U(-0.05, 0.05), and glorot's truncated normal with stddev sqrt(2 / (fanIn + fanOut)) (tfjs-core
 * gets that stddev directly; the 0.8796 correction Keras applies only rescales it).
 */
async function contenders(variant: string, fans: number): Promise<Contender> {
  const init = await loadInitializers();
  const glorotStd = Math.sqrt(2 / fans);
  switch (variant) {
    case 'normal':
      return {
        title: 'randomNormal()',
        ours: init.randomNormal(),
        core: { label: 'tfjs-core randomNormal', make: (s) => tfjs.randomNormal(s, 0, 0.05) },
        layers: { label: 'tfjs-layers randomNormal', make: (s) => tfl.initializers.randomNormal({}).apply(s) },
        target: 2.5,
      };
    case 'truncated':
      return {
        title: 'glorotNormal()',
        ours: init.glorotNormal(),
        core: { label: 'tfjs-core truncatedNormal', make: (s) => tfjs.truncatedNormal(s, 0, glorotStd) },
        layers: { label: 'tfjs-layers glorotNormal', make: (s) => tfl.initializers.glorotNormal({}).apply(s) },
      };
    case 'uniform':
      return {
        title: 'randomUniform()',
        ours: init.randomUniform(),
        core: { label: 'tfjs-core randomUniform', make: (s) => tfjs.randomUniform(s, -0.05, 0.05) },
        layers: { label: 'tfjs-layers randomUniform', make: (s) => tfl.initializers.randomUniform({}).apply(s) },
      };
    default:
      throw new Error(`initializers: unknown variant '${variant}'`);
  }
}

/**
 * Fills a float32 tensor of n×n samples with each initializer, in M samples/s,
 * on the cpu backend (all three generate on the host and hand the buffer to
 * the backend, so the backend hardly matters).
 */
export async function run(ctx: CaseContext): Promise<CaseOutput> {
  const backend = await startBackend({ name: 'cpu' });
  const n = ctx.quick ? 256 : 4096;
  const shape = [n, n];
  const c = await contenders(ctx.variant, 2 * n);
  const stats = measure(
    {
      ours: () => c.ours(shape).dispose(),
      core: () => c.core.make(shape).dispose(),
      layers: () => c.layers.make(shape).dispose(),
    },
    slowBudget(ctx.quick),
  );
  const mega = (n * n) / 1e6;
  const ours = rate(`Lamina ${c.title}`, pick(stats, 'ours'), mega, 'M samples/s');
  const core = rate(c.core.label, pick(stats, 'core'), mega, 'M samples/s');
  const layers = rate(c.layers.label, pick(stats, 'layers'), mega, 'M samples/s');
  const rows: RowSpec[] = [
    {
      case: ctx.name,
      name: `${c.title} ${n}² vs tfjs-core`,
      ours,
      reference: core,
      ...(c.target === undefined ? {} : { target: { text: `≥ ${c.target}×`, minSpeedup: c.target } }),
    },
    { case: ctx.name, name: `${c.title} ${n}² vs tfjs-layers`, ours, reference: layers },
  ];
  return { rows, backend };
}
