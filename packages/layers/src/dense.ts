import { InvalidArgumentError, formatValue, tfjs } from '@lamina/core-tensor';
import type { Tensor, Variable } from '@lamina/core-tensor';
import { getActivation } from './activations.js';
import { canCallKernel, denseKernel } from './dense-kernel.js';
import type { Activation, ActivationIdentifier } from './activations.js';
import { LayerStateError } from './errors.js';
import { formatShape } from './shape.js';
import { initializerConfig, resolveInitializer } from './initializer.js';
import type { Initializer, InitializerIdentifier } from './initializer.js';
import { Layer } from './layer.js';
import type { LayerOptions } from './layer.js';
import type { Shape } from './shape.js';
import type { WeightSpec } from './reinitialize.js';

/**
 * Options of `Dense` (Keras's arguments, camelCase).
 *
 * @example
 * ```ts
 * import { Dense, type DenseOptions } from '@lamina/layers';
 * const options: DenseOptions = { activation: 'relu', kernelInitializer: 'heNormal', useBias: false };
 * new Dense(64, options);
 * ```
 */
export interface DenseOptions extends LayerOptions {
  /** A built-in name (`'relu'`, …) or a function; default `linear`. */
  activation?: ActivationIdentifier | null;
  /** Whether the layer adds a bias vector; default `true` (or the shared layer's). */
  useBias?: boolean;
  /** Default `'glorotUniform'`, as Keras (tfjs-layers uses glorotNormal). */
  kernelInitializer?: InitializerIdentifier;
  /** Default `'zeros'`. */
  biasInitializer?: InitializerIdentifier;
  /** A built `Dense` whose kernel and bias this layer uses (Gluon's `params=shared.params`). */
  share?: Dense;
}

interface Checked {
  readonly activation: Activation;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  readonly share: Dense | undefined;
}

// Everything is validated before the base constructor takes a name from the
// counters, so a rejected Dense leaves no trace.
function check(units: unknown, options: DenseOptions): Checked {
  if (typeof units !== 'number' || !Number.isInteger(units) || units <= 0) {
    throw new InvalidArgumentError(`Dense: units must be a positive integer. Received: units=${formatValue(units)}`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(`Dense: options must be an object. Received: ${formatValue(options)}`);
  }
  const { share } = options;
  if (share !== undefined) checkShare(units, share, options.useBias);
  const useBias = options.useBias ?? share?.useBias ?? true;
  if (typeof useBias !== 'boolean') {
    throw new InvalidArgumentError(`Dense: useBias must be a boolean. Received: useBias=${formatValue(useBias)}`);
  }
  return {
    activation: getActivation(options.activation, 'Dense'),
    useBias,
    kernelInitializer: resolveInitializer(options.kernelInitializer ?? 'glorotUniform', 'Dense', 'kernelInitializer'),
    biasInitializer: resolveInitializer(options.biasInitializer ?? 'zeros', 'Dense', 'biasInitializer'),
    share,
  };
}

function checkShare(units: number, share: unknown, useBias: unknown): asserts share is Dense {
  if (!(share instanceof Dense)) {
    throw new InvalidArgumentError(`Dense: share must be a Dense layer. Received: share=${formatValue(share)}`);
  }
  share.assertUsable('share');
  if (!share.built) {
    throw new LayerStateError(
      `Dense: share must be a built layer, and ${share.label} is not built yet, so it has no variables to share. ` +
        `Build it first: call ${share.name}.apply(x), add it to a model and call the model, or ${share.name}.build([null, inputDim]).`,
    );
  }
  if (share.units !== units) {
    throw new InvalidArgumentError(
      `Dense: units must equal the shared layer's units. Received: units=${units}, while ${share.label} has units=${share.units}`,
    );
  }
  if (useBias !== undefined && useBias !== share.useBias) {
    throw new InvalidArgumentError(
      `Dense: useBias must match the shared layer's. Received: useBias=${formatValue(useBias)}, while ${share.label} has useBias=${share.useBias}`,
    );
  }
}

/**
 * A densely connected layer, `activation(x · kernel + bias)`, applied to the
 * last axis of inputs of rank ≥ 2. Variables are created on the first call,
 * named `<model>/<layer>/kernel:0` and `…/bias:0`.
 *
 * @example
 * ```ts
 * import { Dense } from '@lamina/layers';
 * import { randomNormal } from '@lamina/initializers';
 * import { ones } from '@lamina/core-tensor';
 * const hidden = new Dense(256, { activation: 'relu', kernelInitializer: randomNormal({ stddev: 0.01 }) });
 * console.log(hidden.apply(ones([2, 20])).shape, hidden.kernel.name); // → [ 2, 256 ] dense/kernel:0
 * const tied = new Dense(256, { share: hidden });
 * console.log(tied.kernel === hidden.kernel); // → true  (same variables)
 * ```
 */
export class Dense extends Layer {
  static override className = 'Dense';
  /** Output size. */
  readonly units: number;
  /** The resolved activation. */
  readonly activation: Activation;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  /** The layer whose variables this one uses, if any. */
  readonly share: Dense | undefined;
  private kernelVar: Variable | undefined;
  private biasVar: Variable | undefined;

  constructor(units: number, options: DenseOptions = {}) {
    const checked = check(units, options);
    super(options);
    this.units = units;
    ({
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      biasInitializer: this.biasInitializer,
      share: this.share,
    } = checked);
    if (this.share !== undefined) {
      // The variables exist already, so the layer is usable (kernel, weights) at once.
      this.kernelVar = this.share.kernel;
      this.biasVar = this.share.bias ?? undefined;
      this.markBuilt([null, this.kernelVar.shape[0] as number]);
    }
  }

  /** The kernel variable, shape `[inputDim, units]`. */
  get kernel(): Variable {
    if (this.kernelVar === undefined) {
      throw new LayerStateError(`${this.label}: kernel does not exist before the layer is built. ${this.buildHint()}`);
    }
    return this.kernelVar;
  }

  /** The bias variable, shape `[units]`; `null` when `useBias` is false. */
  get bias(): Variable | null {
    if (!this.built) {
      throw new LayerStateError(`${this.label}: bias does not exist before the layer is built. ${this.buildHint()}`);
    }
    return this.biasVar ?? null;
  }

  override get weights(): Variable[] {
    if (this.kernelVar === undefined) return [];
    return this.biasVar === undefined ? [this.kernelVar] : [this.kernelVar, this.biasVar];
  }

  protected override disposedVariable(): Variable | undefined {
    if (this.kernelVar?.isDisposed === true) return this.kernelVar;
    return this.biasVar?.isDisposed === true ? this.biasVar : undefined;
  }

  override weightSpecs(): WeightSpec[] {
    if (this.share !== undefined) return this.share.weightSpecs();
    const specs: WeightSpec[] = [];
    if (this.kernelVar !== undefined) specs.push({ variable: this.kernelVar, kind: 'kernel', initializer: this.kernelInitializer });
    if (this.biasVar !== undefined) specs.push({ variable: this.biasVar, kind: 'bias', initializer: this.biasInitializer });
    return specs;
  }

  override inputShapeProblem(inputShape: Shape, pendingInput?: Shape): string | undefined {
    const rank = inputShape.length;
    const last = inputShape[rank - 1];
    const expected = this.kernelVar?.shape[0] ?? this.share?.kernel.shape[0] ?? pendingInput?.[pendingInput.length - 1];
    if (rank >= 2 && last !== null && last !== undefined && (expected === undefined || expected === null || last === expected)) {
      return undefined;
    }
    const want = expected === undefined || expected === null ? 'a known last dimension' : `last dimension ${expected}`;
    const built = this.buildInputShape === undefined ? '' : `, built for input shape ${formatShape(this.buildInputShape)}`;
    const shared = this.share === undefined ? '' : ` (the kernel of ${this.share.label})`;
    return `expected an input of rank >= 2 with ${want}${shared}${built}. Received: input shape ${formatShape(inputShape)}`;
  }

  override computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape.slice(0, -1), this.units];
  }

  protected override buildWeights(inputShape: Shape): void {
    const inputDim = inputShape[inputShape.length - 1] as number;
    this.kernelVar = this.addWeight('kernel', [inputDim, this.units], this.kernelInitializer);
    if (this.useBias) this.biasVar = this.addWeight('bias', [this.units], this.biasInitializer);
  }

  override unbuild(): void {
    super.unbuild();
    this.kernelVar = undefined;
    this.biasVar = undefined;
  }

  override call(x: Tensor): Tensor {
    const kernel = this.kernelVar as Variable;
    const rank = x.rank;
    let a = rank === 2 ? x : tfjs.reshape(x, [-1, x.shape[rank - 1] as number]);
    if (a.dtype !== 'float32') a = tfjs.cast(a, 'float32');
    const fused = this.activation.fused;
    const bias = this.biasVar;
    // Inference calls the backend's fused kernel directly (dense-kernel.ts).
    // While gradients are recorded the ops run instead, so that the tape sees
    // them (tfjs's fused op itself falls back to separate ops there).
    let y: Tensor;
    if (canCallKernel()) {
      y = fused === undefined
        ? this.activation.fn(denseKernel(a, kernel, bias, 'linear'))
        : denseKernel(a, kernel, bias, fused);
    } else if (fused === undefined) {
      const z = bias === undefined ? tfjs.matMul(a, kernel) : tfjs.fused.matMul({ a, b: kernel, bias });
      y = this.activation.fn(z);
    } else if (fused === 'linear') {
      y = bias === undefined ? tfjs.matMul(a, kernel) : tfjs.fused.matMul({ a, b: kernel, bias });
    } else {
      y = bias === undefined
        ? tfjs.fused.matMul({ a, b: kernel, activation: fused })
        : tfjs.fused.matMul({ a, b: kernel, bias, activation: fused });
    }
    if (rank !== 2) y = tfjs.reshape(y, [...x.shape.slice(0, -1), this.units]);
    return y;
  }

  override getConfig(): Record<string, unknown> {
    return {
      ...super.getConfig(),
      units: this.units,
      activation: this.activation.builtin ? this.activation.name : this.activation.fn,
      useBias: this.useBias,
      kernelInitializer: initializerConfig(this.kernelInitializer),
      biasInitializer: initializerConfig(this.biasInitializer),
    };
  }
}
