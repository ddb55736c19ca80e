import type { NDArrayDType } from '@lamina/core-tensor';
import { formatPositional, formatScientific } from './format-float.js';

/**
 * numpy's `repr` of a scalar, which is what TensorFlow prints after `numpy=`
 * for a 0-d tensor (`tensor.numpy()` of a 0-d tensor is a numpy scalar).
 *
 * - numpy ≥ 2 (`legacy: false`): `np.float32(1.0)`, `np.int32(4)`, `np.True_`;
 *   float32 switches to scientific notation outside [1e-4, 1e6).
 * - `legacy: '2.1'` reproduces the TensorFlow 2 / numpy 1.x books instead of
 *   numpy 2.1 itself: `1.0`, `4`, `True`, scientific outside [1e-4, 1e16).
 *   Those books are what the legacy mode exists for, and numpy 2.1 arrays print
 *   exactly as numpy 1.x arrays did; only scalars differ.
 */
export function scalarRepr(dtype: NDArrayDType, value: number, legacy: boolean): string {
  if (dtype === 'bool') {
    const text = value !== 0 ? 'True' : 'False';
    return legacy ? text : `np.${text}_`;
  }
  if (dtype === 'int32') return legacy ? String(value) : `np.int32(${value})`;
  let text: string;
  const abs = Math.abs(value);
  if (Number.isNaN(value)) {
    text = 'nan';
  } else if (!Number.isFinite(value)) {
    text = value < 0 ? '-inf' : 'inf';
  } else if (abs === 0 || (abs >= 1e-4 && abs < (legacy ? 1e16 : 1e6))) {
    text = formatPositional(value, {
      precision: -1, minDigits: -1, unique: true, fractional: false, trim: '0', sign: false, padLeft: -1, padRight: -1,
    });
  } else {
    text = formatScientific(value, {
      precision: -1, minDigits: -1, unique: true, trim: '-', sign: false, padLeft: -1, expDigits: -1,
    });
  }
  return legacy ? text : `np.float32(${text})`;
}
