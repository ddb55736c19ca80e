import { tfjs } from '@lamina/core-tensor';
import type { Tensor, Variable } from '@lamina/core-tensor';
import { formatShape } from './shape.js';
import { Layer } from './layer.js';
import type { LayerOptions } from './layer.js';
import type { Shape } from './shape.js';
import type { WeightSpec } from './reinitialize.js';

/**
 * Keeps the batch axis and flattens the rest: `(None, 4, 5)` → `(None, 20)`.
 * As in Keras, a rank-2 input passes through unchanged and a rank-1 input
 * becomes `(None, 1)` (tfjs-layers' Flatten rejects inputs of rank < 3).
 *
 * @example
 * ```ts
 * import { Flatten } from '@lamina/layers';
 * import { ones } from '@lamina/core-tensor';
 * console.log(new Flatten().apply(ones([2, 4, 5])).shape); // → [ 2, 20 ]
 * ```
 */
export class Flatten extends Layer {
  static override className = 'Flatten';

  constructor(options: LayerOptions = {}) {
    super(options);
  }

  override get weights(): Variable[] {
    return [];
  }

  override weightSpecs(): WeightSpec[] {
    return [];
  }

  override inputShapeProblem(inputShape: Shape): string | undefined {
    if (inputShape.length >= 1) return undefined;
    return `expected an input of rank >= 1 (a batch axis). Received: input shape ${formatShape(inputShape)}`;
  }

  override computeOutputShape(inputShape: Shape): Shape {
    let size: number | null = 1;
    for (const d of inputShape.slice(1)) size = d === null || size === null ? null : size * d;
    return [inputShape[0] ?? null, size];
  }

  protected override buildWeights(): void {
    // Flatten has no variables.
  }

  override call(x: Tensor): Tensor {
    const batch = x.shape[0] as number;
    let size = 1;
    for (let i = 1; i < x.rank; i += 1) size *= x.shape[i] as number;
    // reshape makes a new tensor object over the same data, so a rank-2 input
    // "passes through" without the caller's disposing of the output freeing it.
    return tfjs.reshape(x, [batch, size]);
  }
}
