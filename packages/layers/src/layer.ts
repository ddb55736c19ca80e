import { DisposedError, InvalidArgumentError, Tensor, formatValue, tidy, toNDArray, variable } from '@lamina/core-tensor';
import type { NDArray, Variable } from '@lamina/core-tensor';
import { InputShapeError, LayerStateError } from './errors.js';
import { checkShapeArgument } from './shape.js';
import type { Shape } from './shape.js';
import { draw } from './initializer.js';
import type { Initializer } from './initializer.js';
import { toSnakeCase, uniqueName, variableName, withNameScope } from './naming.js';
import { reinitializeVariables } from './reinitialize.js';
import type { ReinitializeOptions, WeightSpec } from './reinitialize.js';
import { assignWeights } from './set-weights.js';
import type { WeightValue } from './set-weights.js';

/**
 * Options every layer takes.
 *
 * @example
 * ```ts
 * import { Flatten, type LayerOptions } from '@lamina/layers';
 * const options: LayerOptions = { name: 'flat', trainable: false };
 * console.log(new Flatten(options).name); // → flat
 * ```
 */
export interface LayerOptions {
  /** Layer name; by default the next of Keras's per-kind counters (`dense`, `dense_1`, …). */
  name?: string;
  /** `false` puts the layer's variables in `nonTrainableWeights`. */
  trainable?: boolean;
}

/**
 * Base class of every layer and of `Sequential`: a name, lazily created
 * variables, parameter access (`weights`, `getWeights`, `setWeights`),
 * in-place re-initialization and `dispose`. Subclasses implement `build`'s
 * work (`buildWeights`), `call`, `computeOutputShape` and `inputShapeProblem`.
 *
 * @example
 * ```ts
 * import { Dense } from '@lamina/layers';
 * import { ones } from '@lamina/core-tensor';
 * const layer = new Dense(3);
 * layer.apply(ones([2, 4])); // the first call builds the weights
 * console.log(layer.weights.map((w) => w.name)); // → [ 'dense/kernel:0', 'dense/bias:0' ]
 * ```
 */
export abstract class Layer {
  /** Keras's class name, used for default names, `summary` and configs. */
  static className = 'Layer';
  /** The layer's name, fixed at construction. */
  readonly name: string;
  private isTrainable: boolean;
  private isBuilt = false;
  private isDisposed = false;
  private builtFor: Shape | undefined;
  /** Variables this layer created itself (not those it shares). */
  protected readonly ownVariables: Variable[] = [];

  constructor(options: LayerOptions = {}) {
    const { name, trainable } = options;
    if (name !== undefined && (typeof name !== 'string' || !/^[A-Za-z0-9_.\-]+$/.test(name))) {
      throw new InvalidArgumentError(
        `${this.className}: name must be a non-empty string of letters, digits, '_', '.' or '-'. Received: name=${formatValue(name)}`,
      );
    }
    if (trainable !== undefined && typeof trainable !== 'boolean') {
      throw new InvalidArgumentError(`${this.className}: trainable must be a boolean. Received: trainable=${formatValue(trainable)}`);
    }
    this.isTrainable = trainable ?? true;
    this.name = name ?? uniqueName(toSnakeCase(this.className));
  }

  /** Keras's class name of this layer (`Dense`, `Sequential`, …). */
  get className(): string {
    const ctor = this.constructor as typeof Layer;
    return Object.hasOwn(ctor, 'className') ? ctor.className : ctor.name;
  }

  /** `Dense 'dense_1'`: how errors name this layer. */
  get label(): string {
    return `${this.className} '${this.name}'`;
  }

  /** Whether the variables exist (after `build` or the first `apply`). */
  get built(): boolean {
    return this.isBuilt;
  }

  /** Whether `dispose()` was called. */
  get disposed(): boolean {
    return this.isDisposed;
  }

  /** The input shape the layer was built for, batch size `null`. */
  get buildInputShape(): Shape | undefined {
    return this.builtFor;
  }

  /**
   * Whether gradients flow into this layer's variables; `false` moves them to
   * `nonTrainableWeights`. As in Keras 3 the flag is set on the variables, so a
   * variable shared with another layer is frozen there too (it is the same variable).
   */
  get trainable(): boolean {
    return this.isTrainable;
  }

  set trainable(value: boolean) {
    if (typeof value !== 'boolean') {
      throw new InvalidArgumentError(`${this.label}: trainable must be a boolean. Received: trainable=${formatValue(value)}`);
    }
    // As in Keras 3: the flag is set on the variables too, and on every sublayer.
    this.isTrainable = value;
    for (const child of this.children()) child.trainable = value;
    for (const v of this.weights) v.trainable = value;
  }

  /** All variables, kernel before bias, each shared variable once. */
  abstract get weights(): Variable[];

  /** The variables gradients are taken for (`[]` when `trainable` is false). */
  get trainableWeights(): Variable[] {
    return this.isTrainable ? this.weights.filter((v) => v.trainable) : [];
  }

  /** The variables training leaves alone. */
  get nonTrainableWeights(): Variable[] {
    return this.isTrainable ? this.weights.filter((v) => !v.trainable) : this.weights;
  }

  /** Sublayers (a model's layers, each once). */
  children(): Layer[] {
    return [];
  }

  /** Each variable with its kind and the initializer `reinitialize` draws it from. */
  abstract weightSpecs(): WeightSpec[];

  /** Why an input of this shape cannot be fed to the layer, or `undefined` when it can. */
  abstract inputShapeProblem(inputShape: Shape, pendingInput?: Shape): string | undefined;

  /** The output shape for an input shape (no tensors are made). */
  abstract computeOutputShape(inputShape: Shape): Shape;

  /** The forward computation, without checks; `apply` is the checked entry point. */
  abstract call(x: Tensor): Tensor;

  /** Creates the variables for `inputShape`; runs inside the layer's name scope. */
  protected abstract buildWeights(inputShape: Shape): void;

  /**
   * Creates the variables for an input shape (batch size may be `null`). A
   * built layer only checks that the shape fits.
   */
  build(inputShape: Shape): void {
    this.assertUsable('build');
    checkShapeArgument(inputShape, `${this.label}: build`);
    const problem = this.inputShapeProblem(inputShape);
    if (problem !== undefined) throw new InputShapeError(`${this.label}: ${problem}`);
    if (this.isBuilt) return;
    try {
      withNameScope(this.name, () => this.buildWeights(inputShape));
    } catch (error) {
      this.unbuild(); // a failed build (e.g. a bad initializer) leaves no variable behind
      throw error;
    }
    this.builtFor = Object.freeze([null, ...inputShape.slice(1)]);
    this.isBuilt = true;
  }

  /** Marks the layer built without `buildWeights`: for layers whose variables already exist (`share`). */
  protected markBuilt(inputShape: Shape): void {
    this.builtFor = Object.freeze([null, ...inputShape.slice(1)]);
    this.isBuilt = true;
  }

  /** Runs the layer on `x`, building it on the first call. */
  apply(x: Tensor): Tensor {
    this.assertUsable('apply');
    if (!(x instanceof Tensor)) {
      throw new InvalidArgumentError(`${this.label}: apply expects a Tensor. Received: ${formatValue(x)}`);
    }
    if (!this.isBuilt) {
      this.build(x.shape);
    } else {
      const problem = this.inputShapeProblem(x.shape);
      if (problem !== undefined) throw new InputShapeError(`${this.label}: ${problem}`);
    }
    return tidy(() => this.call(x));
  }

  /** Host copies (`NDArray`s) of `weights`, in the same order. */
  getWeights(): NDArray[] {
    this.assertUsable('getWeights');
    return this.weights.map((v) => toNDArray(v));
  }

  /**
   * Assigns new values to `weights` (same order): NDArrays, Tensors or nested
   * arrays. Every value is checked (count, shape, dtype) before any is
   * assigned, so a bad list changes nothing.
   */
  setWeights(values: readonly WeightValue[]): void {
    this.assertUsable('setWeights');
    if (!this.isBuilt && Array.isArray(values) && values.length > 0) {
      throw new LayerStateError(`${this.label}: setWeights needs a built layer. ${this.buildHint()}`);
    }
    assignWeights(this.label, this.weights, values);
  }

  /** Number of scalars in `weights` (shared variables once). */
  countParams(): number {
    this.assertUsable('countParams');
    if (!this.isBuilt) {
      throw new LayerStateError(`${this.label}: countParams needs a built layer. ${this.buildHint()}`);
    }
    return this.weights.reduce((n, v) => n + v.size, 0);
  }

  /**
   * Redraws the variables in place (same `Variable` objects, new values), with
   * their own initializers or this call's overrides; see `ReinitializeOptions`.
   */
  reinitialize(options: ReinitializeOptions = {}): void {
    this.assertUsable('reinitialize');
    if (!this.isBuilt) {
      throw new LayerStateError(`${this.label}: reinitialize needs a built layer. ${this.buildHint()}`);
    }
    reinitializeVariables(this.label, this.weightSpecs(), options);
  }

  /** The constructor options that recreate this layer (Keras's `get_config`). */
  getConfig(): Record<string, unknown> {
    return { name: this.name, trainable: this.isTrainable };
  }

  /** Frees every variable in `weights` once; the layer cannot be used afterwards. */
  dispose(): void {
    if (this.isDisposed) return;
    for (const v of new Set(this.weights)) v.dispose();
    this.markDisposed();
  }

  /** Marks this layer (and sublayers) unusable without freeing anything more. */
  protected markDisposed(): void {
    this.isDisposed = true;
    for (const child of this.children()) child.markDisposed();
  }

  /** Undoes a build that a model could not finish: frees the variables this layer created. */
  unbuild(): void {
    for (const v of this.ownVariables.splice(0)) v.dispose();
    this.isBuilt = false;
    this.builtFor = undefined;
  }

  /** Creates a variable named `<scopes>/<kind>:0` from an initializer, checking its result. */
  protected addWeight(kind: string, shape: readonly number[], init: Initializer): Variable {
    const name = variableName(kind);
    const value = draw(init, shape, 'float32', name, this.label);
    const v = variable(value, this.isTrainable, name);
    value.dispose();
    this.ownVariables.push(v);
    return v;
  }

  /** Throws `DisposedError` if the layer, or a variable it shares, was freed. */
  assertUsable(what: string): void {
    this.assertNotDisposed(what);
    const v = this.disposedVariable();
    if (v !== undefined) {
      throw new DisposedError(
        `${this.label}: ${what} after variable '${v.name}' was disposed (by disposing a layer or model that shares it).`,
      );
    }
  }

  /** A variable of this layer that was freed elsewhere, if any (checked on every call, so kept cheap). */
  protected disposedVariable(): Variable | undefined {
    return this.weights.find((v) => v.isDisposed);
  }

  /** Throws `DisposedError` if `dispose()` was called on this layer or a model holding it. */
  protected assertNotDisposed(what: string): void {
    if (this.isDisposed) {
      throw new DisposedError(`${this.label}: ${what} after dispose(); its variables were freed. Create a new layer instead.`);
    }
  }

  /** How to build this layer, for error messages. */
  protected buildHint(): string {
    return `Build it first: call ${this.name}.apply(x) on an input, or ${this.name}.build([null, inputDim]).`;
  }
}
