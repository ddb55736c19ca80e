import { InvalidArgumentError, Tensor, formatValue, tidy } from '@lamina/core-tensor';
import type { Variable } from '@lamina/core-tensor';
import { InputShapeError, LayerStateError } from './errors.js';
import { Layer } from './layer.js';
import type { LayerOptions } from './layer.js';
import type { Shape } from './shape.js';
import { withNameScope } from './naming.js';
import type { WeightSpec } from './reinitialize.js';
import { summarize } from './summary.js';

/**
 * Options of `Sequential`.
 *
 * @example
 * ```ts
 * import { Sequential, type SequentialOptions } from '@lamina/layers';
 * const options: SequentialOptions = { name: 'mlp' };
 * console.log(new Sequential([], options).name); // → mlp
 * ```
 */
export type SequentialOptions = LayerOptions;

function checkLayer(layer: unknown, where: string): asserts layer is Layer {
  if (!(layer instanceof Layer)) {
    throw new InvalidArgumentError(`${where}: expected a Layer (Dense, Flatten, Sequential, …). Received: ${formatValue(layer)}`);
  }
}

// Keras: a model's layers need distinct names, except that one instance may repeat.
function checkName(stack: readonly Layer[], layer: Layer, where: string): void {
  if (stack.some((l) => l.name === layer.name && l !== layer)) {
    throw new InvalidArgumentError(
      `${where}: all layers of a model need distinct names, and '${layer.name}' is already the name of another layer in it. Pass a different name, e.g. { name: '${layer.name}_2' }.`,
    );
  }
}

const sameShape = (a: Shape, b: Shape | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((d, i) => i === 0 || d === b[i]);

/**
 * A stack of layers, each fed the previous one's output. It builds lazily on
 * its first call, inside its name scope, so its first Dense's variables are
 * `sequential/dense/kernel:0` and `sequential/dense/bias:0`. A layer added more
 * than once shares its variables between its uses.
 *
 * @example
 * ```ts
 * import { Dense, Flatten, Sequential } from '@lamina/layers';
 * import { randomUniform } from '@lamina/core-tensor';
 * const net = new Sequential();
 * net.add(new Flatten());
 * net.add(new Dense(256, { activation: 'relu' }));
 * net.add(new Dense(10));
 * console.log(net.apply(randomUniform([2, 20])).shape); // → [ 2, 10 ]
 * console.log(net.summary());
 * ```
 */
export class Sequential extends Layer {
  static override className = 'Sequential';
  private readonly stack: Layer[] = [];
  private builtHere: Layer[] = [];
  private checkedShape: Shape | undefined;

  constructor(layers?: readonly Layer[], options: SequentialOptions = {}) {
    if (layers !== undefined && layers !== null) {
      if (!Array.isArray(layers)) {
        throw new InvalidArgumentError(`Sequential: layers must be an array of layers. Received: layers=${formatValue(layers)}`);
      }
      layers.forEach((l: unknown, i) => checkLayer(l, `Sequential: layers[${i}]`));
      layers.forEach((l, i) => checkName(layers.slice(0, i), l, 'Sequential'));
    }
    super(options);
    for (const l of layers ?? []) this.stack.push(l);
  }

  /** The layers in call order; a layer added twice is listed twice. */
  get layers(): Layer[] {
    return [...this.stack];
  }

  /** Appends a layer. On a built model the new layer is built at once (and rejected if its input does not fit). */
  add(layer: Layer): void {
    this.assertUsable('add');
    checkLayer(layer, `${this.label}: add`);
    if (layer === this) throw new InvalidArgumentError(`${this.label}: add: a model cannot contain itself.`);
    checkName(this.stack, layer, `${this.label}: add`);
    this.stack.push(layer);
    this.checkedShape = undefined;
    const input = this.buildInputShape;
    if (this.built && input !== undefined) {
      try {
        const problem = this.inputShapeProblem(input);
        if (problem !== undefined) throw new InputShapeError(`${this.label}: add: ${problem}`);
        withNameScope(this.name, () => this.buildLayers(input));
      } catch (error) {
        this.stack.pop();
        throw error;
      }
    }
  }

  override get weights(): Variable[] {
    const seen = new Set<Variable>();
    for (const layer of this.stack) for (const v of layer.weights) seen.add(v);
    return [...seen];
  }

  override children(): Layer[] {
    return [...new Set(this.stack)];
  }

  override weightSpecs(): WeightSpec[] {
    const seen = new Map<Variable, WeightSpec>();
    for (const layer of this.stack) for (const s of layer.weightSpecs()) if (!seen.has(s.variable)) seen.set(s.variable, s);
    return [...seen.values()];
  }

  override inputShapeProblem(inputShape: Shape): string | undefined {
    if (this.stack.length === 0) return 'the model has no layers; add one with add(layer) first';
    // Dry run of the shapes: layers not built yet are checked against the
    // input of their first use, so a repeated layer must get the same input.
    const pending = new Map<Layer, Shape>();
    let shape = inputShape;
    for (const layer of this.stack) {
      const problem = layer.inputShapeProblem(shape, layer.built ? undefined : pending.get(layer));
      if (problem !== undefined) return `${layer.label}: ${problem}`;
      if (!layer.built && !pending.has(layer)) pending.set(layer, shape);
      shape = layer.computeOutputShape(shape);
    }
    return undefined;
  }

  override computeOutputShape(inputShape: Shape): Shape {
    return this.stack.reduce((shape, layer) => layer.computeOutputShape(shape), inputShape);
  }

  protected override buildWeights(inputShape: Shape): void {
    this.buildLayers(inputShape);
  }

  private buildLayers(inputShape: Shape): void {
    const built: Layer[] = [];
    try {
      let shape = inputShape;
      for (const layer of this.stack) {
        if (!layer.built) {
          layer.build(shape);
          built.push(layer);
        }
        shape = layer.computeOutputShape(shape);
      }
    } catch (error) {
      for (const layer of built) layer.unbuild();
      throw error;
    }
    this.builtHere.push(...built);
  }

  override unbuild(): void {
    for (const layer of this.builtHere.splice(0)) layer.unbuild();
    super.unbuild();
  }

  override apply(x: Tensor): Tensor {
    this.assertUsable('apply');
    if (!(x instanceof Tensor)) {
      throw new InvalidArgumentError(`${this.label}: apply expects a Tensor. Received: ${formatValue(x)}`);
    }
    if (this.stack.length === 0) {
      throw new LayerStateError(`${this.label}: the model has no layers; add one with add(layer) before calling it.`);
    }
    if (!this.built) {
      this.build(x.shape);
    } else if (!sameShape(x.shape, this.checkedShape)) {
      const problem = this.inputShapeProblem(x.shape);
      if (problem !== undefined) throw new InputShapeError(`${this.label}: ${problem}`);
    }
    this.checkedShape = x.shape;
    const stack = this.stack;
    return tidy(() => {
      let y = x;
      for (const layer of stack) y = layer.call(y);
      return y;
    });
  }

  /** Runs the model on a batch; the same as `apply` (no batch splitting). */
  predict(x: Tensor): Tensor {
    return this.apply(x);
  }

  override call(x: Tensor): Tensor {
    let y = x;
    for (const layer of this.stack) y = layer.call(y);
    return y;
  }

  override assertUsable(what: string): void {
    this.assertNotDisposed(what);
    for (const layer of this.stack) layer.assertUsable(what);
  }

  /** A Keras-style table of layers, output shapes and parameter counts. */
  summary(): string {
    this.assertUsable('summary');
    if (!this.built || this.buildInputShape === undefined) {
      throw new LayerStateError(
        `${this.label}: summary needs a built model. Build it first: call ${this.name}.apply(x) on a batch, or ${this.name}.build([null, inputDim]).`,
      );
    }
    return summarize(this, this.stack, this.buildInputShape);
  }

  override getConfig(): Record<string, unknown> {
    return {
      name: this.name,
      trainable: this.trainable,
      layers: this.stack.map((l) => ({ className: l.className, config: l.getConfig() })),
    };
  }
}
