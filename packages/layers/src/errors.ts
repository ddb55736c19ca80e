import { InvalidArgumentError, LaminaError } from '@lamina/core-tensor';

/**
 * A layer or model was used in a state that does not allow the call: not built
 * yet (`countParams`, `reinitialize`, `summary`, sharing an unbuilt layer) or
 * empty. The message says how to get to the right state.
 *
 * @example
 * ```ts
 * import { Dense, LayerStateError } from '@lamina/layers';
 * try { new Dense(4).reinitialize(); } catch (e) { console.log(e instanceof LayerStateError); } // → true
 * ```
 */
export class LayerStateError extends LaminaError {
  override name = 'LayerStateError';
}

/**
 * An input's shape does not fit a layer: wrong rank, or a last dimension other
 * than the one the layer was built for. The message names the layer, the
 * expected and the received shapes.
 *
 * @example
 * ```ts
 * import { Dense, InputShapeError } from '@lamina/layers';
 * import { ones } from '@lamina/core-tensor';
 * const d = new Dense(2);
 * d.apply(ones([1, 3])).dispose();
 * try { d.apply(ones([1, 4])); } catch (e) { console.log(e instanceof InputShapeError); } // → true
 * ```
 */
export class InputShapeError extends InvalidArgumentError {
  override name = 'InputShapeError';
}
