import { tfjs } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';
import * as tfl from '@tensorflow/tfjs-layers';
import { loadLayers } from '../optional.js';
import type { SequentialLike } from '../optional.js';

/** An MLP input → hidden (relu) → output, applied to a batch. */
export interface MlpSpec {
  readonly batch: number;
  readonly input: number;
  readonly hidden: number;
  readonly output: number;
  /** The chapter's net starts with Flatten (a no-op on rank-2 input); tfjs-layers rejects it on rank 2. */
  readonly flatten: boolean;
}

export const CHAPTER_MLP: MlpSpec = { batch: 2, input: 20, hidden: 256, output: 10, flatten: true };
export const LARGE_MLP: MlpSpec = { batch: 1024, input: 784, hidden: 1024, output: 10, flatten: false };

/** The same network three ways, with the same weights. */
export interface MlpContenders {
  readonly x: Tensor;
  readonly ours: SequentialLike;
  /** The same math written directly with tfjs-core fused matMul (bias and relu fused). */
  readonly fused: () => Tensor;
  readonly layersModel: tfl.Sequential;
  /** Largest |difference| between ours and each reference on `x` (they must agree). */
  readonly maxDiff: number;
  dispose(): void;
}

function maxAbsDiff(a: Tensor, b: Tensor): number {
  const d = tfjs.tidy(() => tfjs.max(tfjs.abs(tfjs.sub(a, b))));
  const v = d.dataSync()[0] ?? Number.NaN;
  d.dispose();
  return v;
}

/**
 * Builds Lamina's Sequential (lazily built by its first call), then copies
 * its weights into the tfjs-core and tfjs-layers versions.
 */
export async function buildMlp(spec: MlpSpec): Promise<MlpContenders> {
  const { Sequential, Dense, Flatten } = await loadLayers();
  const x = tfjs.randomUniform([spec.batch, spec.input], 0, 1, 'float32', 7);
  const ours = new Sequential();
  if (spec.flatten) ours.add(new Flatten());
  ours.add(new Dense(spec.hidden, { activation: 'relu' }));
  ours.add(new Dense(spec.output));
  const y0 = ours.apply(x);
  const [w1, b1, w2, b2] = ours.getWeights().map((nd) => tfjs.tensor(nd.data, [...nd.shape], nd.dtype));
  if (w1 === undefined || b1 === undefined || w2 === undefined || b2 === undefined) {
    throw new Error('layers: expected 4 weights (kernel, bias, kernel, bias) from the MLP');
  }
  const fused = (): Tensor =>
    tfjs.tidy(() => {
      const h = tfjs.fused.matMul({ a: x, b: w1, bias: b1, activation: 'relu' });
      return tfjs.fused.matMul({ a: h, b: w2, bias: b2 });
    });
  const layersModel = tfl.sequential({
    layers: [
      tfl.layers.dense({ inputShape: [spec.input], units: spec.hidden, activation: 'relu' }),
      tfl.layers.dense({ units: spec.output }),
    ],
  });
  layersModel.setWeights([w1, b1, w2, b2]);
  const yf = fused();
  const yl = layersModel.predict(x) as Tensor;
  const maxDiff = Math.max(maxAbsDiff(y0, yf), maxAbsDiff(y0, yl));
  tfjs.dispose([y0, yf, yl]);
  return {
    x,
    ours,
    fused,
    layersModel,
    maxDiff,
    dispose() {
      ours.dispose();
      layersModel.dispose();
      tfjs.dispose([x, w1, b1, w2, b2]);
    },
  };
}

/** One forward call as a user makes it: run, read the result to the host, free it. */
export function readAndFree(y: Tensor): void {
  y.dataSync();
  y.dispose();
}
