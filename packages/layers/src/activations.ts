import { InvalidArgumentError, formatValue, tfjs } from '@lamina/core-tensor';
import type { Tensor } from '@lamina/core-tensor';

/**
 * An activation: a built-in name or a function of one tensor.
 *
 * @example
 * ```ts
 * import { Dense, type ActivationIdentifier } from '@lamina/layers';
 * import type { Tensor } from '@lamina/core-tensor';
 * const square: ActivationIdentifier = (x: Tensor) => x.square();
 * new Dense(4, { activation: square });
 * ```
 */
export type ActivationIdentifier = ActivationName | ((x: Tensor) => Tensor);

/**
 * Names of the built-in activations (Keras's spellings).
 *
 * @example
 * ```ts
 * import type { ActivationName } from '@lamina/layers';
 * const name: ActivationName = 'gelu';
 * ```
 */
export type ActivationName =
  | 'linear'
  | 'relu'
  | 'sigmoid'
  | 'tanh'
  | 'softmax'
  | 'elu'
  | 'selu'
  | 'softplus'
  | 'gelu'
  | 'swish';

/** Fused-kernel activations of TensorFlow.js that match Keras's definitions. */
export type FusedActivation = 'linear' | 'relu' | 'sigmoid' | 'elu';

/**
 * A resolved activation: its function, and the fused kernel form when one exists.
 *
 * @example
 * ```ts
 * import { getActivation } from '@lamina/layers';
 * const { name, fused } = getActivation('elu');
 * console.log(name, fused); // → elu elu
 * ```
 */
export interface Activation {
  /** Name for `getConfig`/`summary`: the built-in name, or the function's own. */
  readonly name: string;
  readonly fn: (x: Tensor) => Tensor;
  /** Set when `tfjs.fused.matMul` computes exactly this activation. */
  readonly fused: FusedActivation | undefined;
  readonly builtin: boolean;
}

const SQRT1_2 = Math.SQRT1_2;

// Keras 3 `gelu(x, approximate=False)`: x · Φ(x) = 0.5 x (1 + erf(x / √2)).
const gelu = (x: Tensor): Tensor =>
  tfjs.tidy(() => tfjs.mul(tfjs.mul(x, 0.5), tfjs.add(tfjs.erf(tfjs.mul(x, SQRT1_2)), 1)));

const BUILTINS: Record<ActivationName, Omit<Activation, 'name' | 'builtin'>> = {
  linear: { fn: (x) => x, fused: 'linear' },
  relu: { fn: (x) => tfjs.relu(x), fused: 'relu' },
  sigmoid: { fn: (x) => tfjs.sigmoid(x), fused: 'sigmoid' },
  tanh: { fn: (x) => tfjs.tanh(x), fused: undefined },
  softmax: { fn: (x) => tfjs.softmax(x), fused: undefined },
  elu: { fn: (x) => tfjs.elu(x), fused: 'elu' },
  selu: { fn: (x) => tfjs.selu(x), fused: undefined },
  softplus: { fn: (x) => tfjs.softplus(x), fused: undefined },
  gelu: { fn: gelu, fused: undefined },
  swish: { fn: (x) => tfjs.tidy(() => tfjs.mul(x, tfjs.sigmoid(x))), fused: undefined },
};

/**
 * The names `Dense` accepts for `activation`, in the order of the API contract.
 *
 * @example
 * ```ts
 * import { ACTIVATION_NAMES } from '@lamina/layers';
 * console.log(ACTIVATION_NAMES.includes('swish')); // → true
 * ```
 */
export const ACTIVATION_NAMES = Object.freeze(Object.keys(BUILTINS) as ActivationName[]);

/**
 * Resolves an activation identifier; `undefined` or `null` mean `linear` (as
 * Keras's `None`). An unknown name throws an error listing the valid ones.
 *
 * @example
 * ```ts
 * import { getActivation } from '@lamina/layers';
 * console.log(getActivation('relu').fused); // → relu
 * ```
 */
export function getActivation(id: ActivationIdentifier | null | undefined, where = 'getActivation'): Activation {
  if (id === undefined || id === null) return { name: 'linear', builtin: true, ...BUILTINS.linear };
  if (typeof id === 'function') return { name: id.name || 'custom', fn: id, fused: undefined, builtin: false };
  if (typeof id === 'string' && Object.hasOwn(BUILTINS, id)) {
    return { name: id, builtin: true, ...BUILTINS[id as ActivationName] };
  }
  throw new InvalidArgumentError(
    `${where}: unknown activation ${formatValue(id)}. Valid names: ${ACTIVATION_NAMES.join(', ')}; or pass a function (x: Tensor) => Tensor.`,
  );
}
