import { DENSE_KERNEL, tfjs, type Tensor } from '@lamina/core-tensor';
import type { FusedActivation } from './activations.js';

type Attrs = { transposeA: false; transposeB: false; activation: FusedActivation };
const ATTRS: Record<FusedActivation, Attrs> = {
  linear: { transposeA: false, transposeB: false, activation: 'linear' },
  relu: { transposeA: false, transposeB: false, activation: 'relu' },
  sigmoid: { transposeA: false, transposeB: false, activation: 'sigmoid' },
  elu: { transposeA: false, transposeB: false, activation: 'elu' },
};

const DENSE_ATTRS: Record<FusedActivation, { activation: FusedActivation }> = {
  linear: { activation: 'linear' },
  relu: { activation: 'relu' },
  sigmoid: { activation: 'sigmoid' },
  elu: { activation: 'elu' },
};

/**
 * Whether the fused kernel may be called directly: only when no gradient is
 * being recorded, because a kernel run through `engine.runKernel` has no
 * tape entry. (tfjs's own `fused.matMul` makes the same choice.)
 *
 * @example
 * ```ts
 * import { grad, sum, tensor, type Tensor } from '@lamina/core-tensor';
 * import { canCallKernel } from './dense-kernel.js';
 * console.log(canCallKernel()); // → true
 * grad((x: Tensor) => {
 *   console.log(canCallKernel()); // → false  (a gradient is being recorded)
 *   return sum(x);
 * })(tensor([1, 2]));
 * ```
 */
export function canCallKernel(): boolean {
  return (tfjs.engine().state as { gradientDepth: number }).gradientDepth === 0;
}

/**
 * `activation(a · kernel + bias)` for a rank-2 float32 `a`. When the current
 * backend provides Lamina's `DENSE_KERNEL` (the cpu and wasm backends do),
 * that one kernel runs; otherwise the backend's `_FusedMatMul` kernel itself. The
 * `fused.matMul` op around the same kernel spends most of a small layer's
 * time on argument conversion, checks and four reshape ops; here the
 * batch-matmul views are made once per call and nothing else runs.
 *
 * @example
 * ```ts
 * import { tensor } from '@lamina/core-tensor';
 * import { denseKernel } from './dense-kernel.js';
 * const x = tensor([[1, 2]]); // [batch, inputDim]
 * const kernel = tensor([[1, -1], [1, -1]]);
 * console.log(denseKernel(x, kernel, tensor([0.5, 0.5]), 'relu').arraySync()); // → [ [ 3.5, 0 ] ]
 * ```
 */
export function denseKernel(a: Tensor, kernel: Tensor, bias: Tensor | undefined, activation: FusedActivation): Tensor {
  const engine = tfjs.engine();
  if (tfjs.getKernel(DENSE_KERNEL, engine.backendName) !== undefined) {
    const inputs = bias === undefined ? { x: a, kernel } : { x: a, kernel, bias };
    return engine.runKernel(DENSE_KERNEL, inputs, DENSE_ATTRS[activation]) as Tensor;
  }
  const m = a.shape[0] as number;
  const k = a.shape[1] as number;
  const n = kernel.shape[1] as number;
  const a3 = engine.runKernel('Reshape', { x: a }, { shape: [1, m, k] }) as Tensor;
  const b3 = engine.runKernel('Reshape', { x: kernel }, { shape: [1, k, n] }) as Tensor;
  const inputs = bias === undefined ? { a: a3, b: b3 } : { a: a3, b: b3, bias };
  const y3 = engine.runKernel('_FusedMatMul', inputs, ATTRS[activation]) as Tensor;
  const y = engine.runKernel('Reshape', { x: y3 }, { shape: [m, n] }) as Tensor;
  // The views share data with their sources; disposing them frees no values.
  a3.dispose();
  b3.dispose();
  y3.dispose();
  return y;
}
