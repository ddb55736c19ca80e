import type { NDArrayDType } from '@lamina/core-tensor';
import { floatFormatter } from './float-formatter.js';
import { formatArray } from './format-array.js';
import type { EdgeView } from './format-array.js';
import type { PrintOptions, SignMode } from './options.js';

/** Host data of the printed items, with its dtype. */
export type HostData = Float32Array | Int32Array | Uint8Array;

/** Python's tuple repr of a shape: `()`, `(5,)`, `(2, 3)`. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]!},)` : `(${shape.join(', ')})`;
}

/** numpy's `IntegerFormat`: right-aligned to the widest printed value. */
function intFormatter(data: Int32Array, sign: SignMode): (x: number) => string {
  let width = 0;
  let s = sign;
  if (data.length > 0) {
    let max = -Infinity;
    let min = Infinity;
    for (const x of data) {
      if (x > max) max = x;
      if (x < min) min = x;
    }
    if (s === ' ' && min < 0) s = '-';
    let maxLen = String(max).length;
    if (max >= 0 && s !== '-') maxLen += 1;
    width = Math.max(maxLen, String(min).length);
  }
  return (x) => (x < 0 ? String(x) : s === '-' ? String(x) : s + String(x)).padStart(width, ' ');
}

function elementFormatter(dtype: NDArrayDType, view: EdgeView<HostData>, o: PrintOptions): (offset: number) => string {
  const data = view.data;
  if (dtype === 'bool') {
    // numpy pads True to the width of False, except in 0-d arrays.
    const t = view.shape.length === 0 ? 'True' : ' True';
    return (i) => (data[i] !== 0 ? t : 'False');
  }
  if (dtype === 'int32') {
    const f = intFormatter(data as Int32Array, o.sign);
    return (i) => f(data[i]!);
  }
  const f = floatFormatter(data, {
    precision: o.precision,
    floatmode: o.floatmode,
    suppress: o.suppress,
    sign: o.sign,
    legacy: o.legacy === '2.1',
  });
  return (i) => f(data[i]!);
}

/**
 * numpy's `array_repr` for float32, int32 and bool arrays, from the printed
 * items only (numpy, too, sizes columns from the summarized data).
 */
export function arrayRepr(dtype: NDArrayDType, view: EdgeView<HostData>, o: PrintOptions): string {
  const prefix = 'array(';
  const size = view.shape.reduce((p, d) => p * d, 1);
  // The closing ')' counts against the line width (numpy's `suffix`).
  const body =
    size === 0
      ? '[]'
      : formatArray(view, elementFormatter(dtype, view, o), {
          lineWidth: o.linewidth - 1,
          nextLinePrefix: ' '.repeat(prefix.length + 1),
          separator: ', ',
          edgeItems: o.edgeitems,
        });
  const extras: string[] = [];
  const oneDimEmpty = view.shape.length === 1 && view.shape[0] === 0;
  if ((size === 0 && !oneDimEmpty) || (o.legacy === false && size > o.threshold)) {
    extras.push(`shape=${shapeText(view.shape)}`);
  }
  // numpy's default int is int64 and float is float64, so both dtypes here are named.
  if (dtype !== 'bool' || size === 0) extras.push(`dtype=${dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const extra = `${extras.join(', ')})`;
  const lastLine = head.length - (head.lastIndexOf('\n') + 1);
  const spacer = lastLine + extra.length + 1 > o.linewidth ? `\n${' '.repeat(prefix.length)}` : ' ';
  return head + spacer + extra;
}
